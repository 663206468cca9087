// Main's events to the page as server-sent events (GET /events): the harness's stand-in for
// Electron's webContents.send, carrying the same contract events with the same payloads.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { EVENTS, type EventName } from '../../src-shared/ipc/channels';
import type { Emitter, MainEvents } from '../services/events';
import type { Services } from '../services/handlers';

/** Streams every contract event to one page until it goes away. */
export function streamEvents(services: Services, request: IncomingMessage, response: ServerResponse): void {
  response.writeHead(200, {
    'Content-Type': 'text/event-stream; charset=utf-8',
    'Cache-Control': 'no-store',
    'X-Content-Type-Options': 'nosniff',
  });
  const write = <E extends EventName>(event: E, payload: MainEvents[E]) =>
    response.write(`event: ${event}\ndata: ${JSON.stringify(payload)}\n\n`);
  // The state as it is now: a page that connects late (or again) has missed nothing.
  write('store:save-state', services.store.saveState());
  write('store:notices', services.plan.current().notices);
  const stops = EVENTS.map((event) => listen(services.events, event, write));
  request.on('close', () => stops.forEach((stop) => stop()));
}

function listen<E extends EventName>(
  events: Emitter<MainEvents>,
  event: E,
  write: (event: E, payload: MainEvents[E]) => void,
): () => void {
  return events.on(event, (payload) => write(event, payload));
}

/**
 * Whether a GET comes from the app's own page: a browser names the origin of a cross-origin
 * request, and marks its own page's requests same-origin (Fetch Metadata).
 */
export function fromOwnPage(request: IncomingMessage, origins: ReadonlySet<string>): boolean {
  const origin = request.headers.origin;
  if (origin !== undefined && !origins.has(origin)) return false;
  return origin !== undefined || request.headers['sec-fetch-site'] === 'same-origin';
}
