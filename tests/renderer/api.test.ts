// @vitest-environment happy-dom
// The browser harness's bridge sends one call at a time, as Electron's IPC does: a slow call must
// not let a later keystroke reach main first. Main's events come over one event stream.
import { describe, expect, it } from 'vitest';
import { createApi, httpBridge } from '../../src-renderer/lib/api';

describe('the HTTP bridge', () => {
  it('sends each call only after the one before it was answered, whatever the answer times', async () => {
    const reached: string[] = [];
    let open = 0;
    const fetchSlowly = (async (_url: string, init: RequestInit) => {
      open += 1;
      expect(open, 'two calls at main at once').toBe(1);
      const body = JSON.parse(init.body as string) as { n: number };
      reached.push(String(body.n));
      // The first (large) call is slowest, later ones answer fast: unordered, they would overtake.
      await new Promise((resolve) => setTimeout(resolve, body.n === 0 ? 60 : Math.random() * 10));
      open -= 1;
      return new Response(JSON.stringify({ ok: true, value: body.n }), { headers: { 'Content-Type': 'application/json' } });
    }) as unknown as typeof fetch;
    const bridge = httpBridge(fetchSlowly);
    const answers = await Promise.all(Array.from({ length: 8 }, (_, n) => bridge['plan:apply']({ n })));
    expect(reached).toEqual(['0', '1', '2', '3', '4', '5', '6', '7']);
    expect(answers.map((answer) => (answer as { value: number }).value)).toEqual([0, 1, 2, 3, 4, 5, 6, 7]);
  });

  it('goes on with the next call after one fails', async () => {
    let calls = 0;
    const failingFirst = (async () => {
      calls += 1;
      if (calls === 1) throw new Error('nätverket');
      return new Response(JSON.stringify({ ok: true, value: calls }), { headers: { 'Content-Type': 'application/json' } });
    }) as unknown as typeof fetch;
    const bridge = httpBridge(failingFirst);
    const first = bridge['plan:load'](null);
    const second = bridge['plan:load'](null);
    await expect(first).rejects.toThrow('nätverket');
    await expect(second).resolves.toEqual({ ok: true, value: 2 });
  });

  it('reads a long answer as a blob to the same value, its Swedish letters and emoji whole, and a short one by json()', async () => {
    // Over the 1 MB where the bridge reads a blob: letters of two, three and four UTF-8 bytes,
    // so a chunk of the body is bound to end inside one of them.
    const text = 'Åsa öppnar 🎉 mötet – välkommen! '.repeat(40_000);
    const answers = { long: { ok: true, value: { text } }, short: { ok: true, value: { text: 'Öppet hus 🎉' } } };
    const read: string[] = [];
    const answering = (async (url: string) => {
      const body = JSON.stringify(url.endsWith('plan:load-recent') ? answers.long : answers.short);
      const response = new Response(body, {
        headers: { 'Content-Type': 'application/json', 'Content-Length': String(new TextEncoder().encode(body).length) },
      });
      // Which way the bridge reads it: json() for a short answer, the blob for a long one.
      const [json, blob] = [response.json.bind(response), response.blob.bind(response)];
      return Object.assign(response, {
        json: () => (read.push('json'), json()),
        blob: () => (read.push('blob'), blob()),
      });
    }) as unknown as typeof fetch;
    const bridge = httpBridge(answering);
    expect(new TextEncoder().encode(JSON.stringify(answers.long)).length).toBeGreaterThan(1 << 20);
    expect(await bridge['plan:load-recent'](null)).toEqual(answers.long);
    expect(await bridge['plan:apply']({})).toEqual(answers.short);
    expect(read).toEqual(['blob', 'json']);
  });

  it("hears main's events over one stream, each by its name, until unsubscribed", () => {
    let opened = 0;
    const stream = new EventTarget();
    const openEvents = () => ((opened += 1), stream as EventSource);
    const api = createApi(httpBridge(fetch, openEvents));
    const saves: unknown[] = [];
    const commands: unknown[] = [];
    const stopSaves = api.subscribe('store:save-state', (state) => saves.push(state));
    api.subscribe('menu:command', (command) => commands.push(command));
    const send = (event: string, payload: unknown) =>
      stream.dispatchEvent(new MessageEvent(event, { data: JSON.stringify(payload) }));
    send('store:save-state', { status: 'pending' });
    send('menu:command', 'undo');
    stopSaves();
    send('store:save-state', { status: 'saved' });
    expect(saves).toEqual([{ status: 'pending' }]);
    expect(commands).toEqual(['undo']);
    expect(opened).toBe(1);
  });
});
