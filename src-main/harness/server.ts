// The browser harness: the built renderer plus the IPC contract over a loopback-only HTTP bridge,
// served by the same services and a real store. A development and test tool, never packaged.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { readFileSync, existsSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, normalize, resolve, sep } from 'node:path';
import { dispatch } from '../ipc/dispatch';
import { createHandlers, type Services } from '../services/handlers';
import { savePlanCopy } from '../services/plan-copy';
import { describeStartupError } from '../store/startup-error';
import { lockDataFolder, type FolderLock } from '../store/folder-lock';
import { createServices } from '../services/create-services';
import { fixedExportFolder } from '../services/export-folder';
import { translate, type Message } from '../../src-shared/i18n/messages';
import { message } from '../../src-shared/ipc/errors';
import type { Language } from '../../src-shared/plan/model';
import { MAX_IMPORT_ARCHIVE_BASE64, MAX_IMPORT_BYTES } from '../../src-shared/ipc/contract';
import { MAX_MEDIA_BYTES } from '../../src-shared/media/rules';
import { mimeTypeOf } from '../app-protocol';
import { MEDIA_PATH_PREFIX, mediaAnswer } from '../media/media-serve';
import { scheduleMediaGarbage } from '../media/media-garbage';
import { testClock, testRetryDelayMs, TestSettingError } from './test-settings';
import type { Clock } from '../clock';
import { fromOwnPage, streamEvents } from './event-stream';
import { answerChunks } from './answer-bytes';

const HOST = '127.0.0.1';
/**
 * The largest call: a plan file main would still read (MAX_IMPORT_BYTES) as a JSON string, where
 * a quote, a backslash or a line break takes two bytes, and a little for the rest of the call.
 * Smaller, and the harness refused plans the app imports (a 25 MB plan met a 20 MB cap). The
 * largest image and the whole-plan ZIP come as base64.
 */
const MAX_BODY_BYTES =
  Math.max(2 * MAX_IMPORT_BYTES, Math.ceil((MAX_MEDIA_BYTES * 4) / 3), MAX_IMPORT_ARCHIVE_BASE64) + 64 * 1024;

/** A development tool's words, from the one catalogue: in the plan's language once it is open, Swedish before. */
let languageNow = (): Language => 'sv';
const words = (key: string, values?: Message['values']) => translate(languageNow(), `harness.${key}`, values);

function main(): void {
  const port = Number(process.env.PORT ?? 5199);
  const dataDir = resolve(process.env.KANALPLAN_DATA_DIR ?? join(process.cwd(), '.kanalplan-data'));
  const exportDir = resolve(process.env.KANALPLAN_EXPORT_DIR ?? join(dataDir, 'export'));
  const rendererDir = resolve(import.meta.dirname, '../renderer');
  if (!existsSync(join(rendererDir, 'index.html'))) {
    console.error(words('notBuilt', { folder: rendererDir }));
    process.exit(1);
  }
  const { clock, retryDelayMs } = testSettingsOrExit();
  let services: Services;
  let lock: FolderLock;
  try {
    // Before anything in the folder is read: a second harness on it must touch nothing.
    lock = lockDataFolder(dataDir);
    services = createServices(
      dataDir,
      { version: process.env.npm_package_version ?? 'dev', runtime: 'browser-harness', exportDir },
      // Answers reuse each item's bytes as read: the harness's JSON stands in for Electron's IPC.
      { clock, lock, keepReadBytes: true, retryDelayMs },
      fixedExportFolder(exportDir),
    );
  } catch (error) {
    // A plain message and a non-zero exit, never a stack trace (DESIGN §6).
    console.error(describeStartupError(error));
    process.exit(1);
  }
  languageNow = () => services.plan.current().plan.settings.language;
  // Only while the folder is ours and every change is on disk: a full disk or a lost lock waits.
  scheduleMediaGarbage(dataDir, () => services.plan.current().plan, services.clock, () => lock.state() === 'held' && services.store.saveState().status === 'saved');
  const handlers = createHandlers(services);
  // Filled in once listening: with PORT=0 the system picks a free port (used by the tests).
  const origins = new Set<string>();

  const server = createServer((request, response) => {
    // Loopback only, and only pages served from here: refuse other hosts (DNS rebinding) and origins.
    const host = request.headers.host ?? '';
    if (!origins.has(`http://${host}`)) return send(response, 403, 'text/plain; charset=utf-8', words('wrongHost'));
    let url: URL;
    let pathname: string;
    try {
      url = new URL(request.url ?? '/', `http://${host}`);
      pathname = decodeURIComponent(url.pathname);
    } catch {
      return send(response, 400, 'text/plain; charset=utf-8', words('badAddress'));
    }
    if (pathname === '/events') {
      // The same checks as a call: loopback host (above), and only the app's own page may listen.
      if (request.method !== 'GET' || !fromOwnPage(request, origins)) {
        return send(response, 403, 'text/plain; charset=utf-8', words('eventsRefused'));
      }
      return streamEvents(services, request, response);
    }
    if (pathname.startsWith('/ipc/')) {
      if (request.method !== 'POST' || !origins.has(request.headers.origin ?? '')) {
        return send(response, 403, 'text/plain; charset=utf-8', words('postOnly'));
      }
      void handleIpc(request, response, pathname.slice('/ipc/'.length));
      return;
    }
    if (pathname.startsWith(MEDIA_PATH_PREFIX)) {
      // As app://kanalplan/media/ in Electron: only media/'s files, by their stored names.
      void mediaAnswer(dataDir, pathname.slice(MEDIA_PATH_PREFIX.length)).then((answer) =>
        send(response, answer.status, answer.type, Buffer.from(answer.body)),
      );
      return;
    }
    serveStatic(rendererDir, pathname, response);
  });

  async function handleIpc(request: IncomingMessage, response: ServerResponse, channel: string): Promise<void> {
    let body: string;
    try {
      body = await readBody(request);
    } catch {
      return send(response, 413, 'text/plain; charset=utf-8', words('tooLarge'));
    }
    let input: unknown = null;
    try {
      input = body.length > 0 ? JSON.parse(body) : null;
    } catch {
      return send(
        response,
        400,
        'application/json',
        JSON.stringify({ ok: false, error: { code: 'invalid-input', message: message('harness.notJson') } }),
      );
    }
    const result = await dispatch(handlers, channel, input);
    send(response, 200, 'application/json', answerChunks(result));
  }

  const shutdown = (): void => {
    server.close();
    const saved = closeStore(services, exportDir);
    lock.release();
    process.exit(saved ? 0 : 1);
  };
  process.on('SIGINT', shutdown);
  process.on('SIGTERM', shutdown);

  server.listen(port, HOST, () => {
    const { port: actual } = server.address() as AddressInfo;
    origins.add(`http://${HOST}:${actual}`).add(`http://localhost:${actual}`);
    console.log(words('running', { url: `http://${HOST}:${actual}` }));
    console.log(words('dataFolder', { folder: dataDir }));
    console.log(words('exportFolder', { folder: exportDir }));
  });
}

/** The tests' clock and retry delay if they set them (a plain message and an exit if they cannot be read), else the app's. */
function testSettingsOrExit(): { clock: Clock; retryDelayMs: number | undefined } {
  try {
    return { clock: testClock(process.env), retryDelayMs: testRetryDelayMs(process.env) };
  } catch (error) {
    if (!(error instanceof TestSettingError)) throw error;
    console.error(error.message);
    process.exit(1);
  }
}

/**
 * Flushes on quit. Changes that cannot be written are not dropped in silence: they go to a copy
 * where exports go (or the temp folder), and the message says where. False if anything was unsaved.
 */
function closeStore(services: Services, exportDir: string): boolean {
  const state = services.store.close();
  if (state.status === 'saved') return true;
  for (const folder of [exportDir, tmpdir()]) {
    try {
      const path = savePlanCopy(services.plan.current().plan, folder, services.clock());
      console.error(words('copySaved', { path }));
      return false;
    } catch {
      // Try the next folder.
    }
  }
  console.error(words('noCopy'));
  return false;
}

/** The body as text; a body over the limit is read to its end (so the client gets the 413) and dropped. */
function readBody(request: IncomingMessage): Promise<string> {
  return new Promise((resolvePromise, reject) => {
    const chunks: Buffer[] = [];
    let size = Number(request.headers['content-length'] ?? 0);
    let tooLarge = size > MAX_BODY_BYTES;
    size = 0;
    request.on('data', (chunk: Buffer) => {
      size += chunk.length;
      tooLarge ||= size > MAX_BODY_BYTES;
      if (!tooLarge) chunks.push(chunk);
    });
    request.on('end', () =>
      tooLarge ? reject(new Error(words('tooLarge'))) : resolvePromise(Buffer.concat(chunks).toString('utf8')),
    );
    request.on('error', reject);
  });
}

function serveStatic(root: string, pathname: string, response: ServerResponse): void {
  const relative = normalize(pathname === '/' ? '/index.html' : pathname);
  const file = resolve(root, `.${relative}`);
  if (!file.startsWith(root + sep) || !existsSync(file) || !statSync(file).isFile()) {
    return send(response, 404, 'text/plain; charset=utf-8', words('notFound'));
  }
  send(response, 200, mimeTypeOf(file), readFileSync(file));
}

/** `body` in pieces is written piece by piece (answerChunks), as one write. */
function send(response: ServerResponse, status: number, type: string, body: string | Buffer | readonly Buffer[]): void {
  const pieces = typeof body === 'string' || Buffer.isBuffer(body) ? [body] : body;
  response.writeHead(status, {
    'Content-Type': type,
    // The length up front: the renderer reads a long answer another way (api.ts).
    'Content-Length': pieces.reduce((sum, piece) => sum + Buffer.byteLength(piece), 0),
    'Cache-Control': 'no-store',
    'X-Content-Type-Options': 'nosniff',
  });
  response.cork();
  for (const piece of pieces) response.write(piece);
  response.end();
}

main();
