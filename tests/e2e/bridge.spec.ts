// The harness's IPC bridge answers only the app's own page on loopback.
import { request as httpRequest } from 'node:http';
import { test, expect } from './harness';
import { SCHEMA_VERSION } from '../../src-shared/plan/model';
import { MAX_IMPORT_ARCHIVE_BASE64, MAX_IMPORT_BYTES } from '../../src-shared/ipc/contract';
import { MAX_MEDIA_BYTES } from '../../src-shared/media/rules';
import { emptyVariant } from '../../src-shared/plan/commands';
import { emptyPlan } from '../../src-shared/plan/empty-plan';
import { planFileText } from '../../src-main/services/plan-file';
import { NOW, planWith } from '../support/plans';

test('the bridge refuses calls from another origin or host', async ({ harness, playwright }) => {
  const request = await playwright.request.newContext();
  const foreign = await request.post(`${harness.url}/ipc/plan:load`, { headers: { Origin: 'http://evil.example' }, data: null });
  expect(foreign.status()).toBe(403);
  const rebound = await request.post(`${harness.url}/ipc/plan:load`, {
    headers: { Host: 'evil.example', Origin: 'http://evil.example' },
    data: null,
  });
  expect(rebound.status()).toBe(403);
  const own = await request.post(`${harness.url}/ipc/plan:load`, { headers: { Origin: harness.url }, data: null });
  expect(own.status()).toBe(200);
  expect(await own.json()).toMatchObject({ ok: true, value: { plan: { schemaVersion: SCHEMA_VERSION } } });
  // Its length comes first, in bytes (the renderer reads a long answer as a blob): the example
  // plan's Swedish letters make bytes and characters differ.
  expect(Number(own.headers()['content-length'])).toBe((await own.body()).length);
  expect((await own.body()).length).toBeGreaterThan((await own.text()).length);
  await request.dispose();
});

test('a malformed address gets a 400 and the harness keeps running', async ({ harness, playwright }) => {
  const request = await playwright.request.newContext();
  expect((await request.get(`${harness.url}/%E0`)).status()).toBe(400);
  expect((await request.post(`${harness.url}/ipc/%E0`, { headers: { Origin: harness.url }, data: null })).status()).toBe(400);
  expect((await request.get(`${harness.url}/../../etc/passwd`)).status()).toBe(404);
  expect((await request.get(harness.url)).status()).toBe(200);
  await request.dispose();
});

test('wrong arguments get a readable error and change nothing', async ({ harness, playwright }) => {
  const request = await playwright.request.newContext();
  const call = (channel: string, data: unknown) =>
    request.post(`${harness.url}/ipc/${channel}`, { headers: { Origin: harness.url }, data: data as object });
  const bad = await call('plan:apply', { command: { type: 'item.create', id: '../../etc', title: 42 } });
  const body = (await bad.json()) as { ok: boolean; error: { code: string; message: { key: string; values: Record<string, string> } } };
  expect(body).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
  expect(body.error.message.values.channel).toBe('plan:apply');
  const unknown = await call('fs:readFile', { path: '/etc/passwd' });
  expect(await unknown.json()).toMatchObject({ ok: false, error: { code: 'unknown-channel' } });
  const loaded = await (await call('plan:load', null)).json();
  expect(loaded.value.plan.items).toEqual([]);
  await request.dispose();
});

test('a 25 MB plan file imports through the harness: its cap carries every file main reads', async ({ harness, playwright }) => {
  const request = await playwright.request.newContext();
  const { text, items } = largePlanFile(25 * 1024 * 1024);
  expect(Buffer.byteLength(text)).toBeGreaterThan(25 * 1024 * 1024);
  const check = await request.post(`${harness.url}/ipc/plan:import-check`, {
    headers: { Origin: harness.url, 'Content-Type': 'application/json' },
    data: JSON.stringify({ text }),
  });
  expect(check.status()).toBe(200);
  expect(await check.json()).toMatchObject({ ok: true, value: { status: 'ready', summary: { items } } });
  await request.dispose();
});

test("main's events reach the app's own page as server-sent events, and no other origin or host", async ({ page, harness, playwright }) => {
  // The app's own page, as its client listens: the save state as it is now comes first.
  const first = await page.evaluate(
    () =>
      new Promise<unknown>((resolve) => {
        const events = new EventSource('./events');
        events.addEventListener('store:save-state', (event) => {
          events.close();
          resolve(JSON.parse((event as MessageEvent<string>).data));
        });
      }),
  );
  expect(first).toEqual({ status: 'saved' });

  const request = await playwright.request.newContext();
  const refused = [
    await request.get(`${harness.url}/events`, { headers: { Origin: 'http://evil.example' } }),
    await request.get(`${harness.url}/events`, { headers: { 'Sec-Fetch-Site': 'cross-site' } }),
    await request.get(`${harness.url}/events`),
    await request.get(`${harness.url}/events`, { headers: { Host: 'evil.example', 'Sec-Fetch-Site': 'same-origin' } }),
    await request.post(`${harness.url}/events`, { headers: { Origin: harness.url } }),
  ];
  expect(refused.map((response) => response.status())).toEqual([403, 403, 403, 403, 403]);
  await request.dispose();
});

test('a call larger than any plan file or image gets a 413 with a message, not a reset, and the harness keeps running', async ({
  harness,
}) => {
  // Streamed: the largest of twice the largest plan file (as JSON could at most make it), the
  // largest image and the largest whole-plan ZIP as base64, and one MB more.
  const largest = Math.max(2 * MAX_IMPORT_BYTES, Math.ceil((MAX_MEDIA_BYTES * 4) / 3), MAX_IMPORT_ARCHIVE_BASE64);
  const answer = await postStreamed(`${harness.url}/ipc/plan:apply`, harness.url, largest + 1024 * 1024);
  expect(answer).toEqual({ status: 413, body: 'För stort anrop.' });
  const after = await fetch(`${harness.url}/ipc/plan:load`, { method: 'POST', headers: { Origin: harness.url }, body: 'null' });
  expect(after.status).toBe(200);
});

/** A valid plan file of about `bytes`: long website texts, 100,000 characters each. */
function largePlanFile(bytes: number): { text: string; items: number } {
  const plan = emptyPlan();
  const text = 'Studentbostäder nu. '.repeat(5_000);
  const count = Math.ceil(bytes / text.length);
  const items = Array.from({ length: count }, (_, index) => ({
    ...planWith({ type: 'item.create', id: `stor-${index}`, title: `Inlägg ${index}`, channels: ['website'] }).items[0]!,
    variants: [{ ...emptyVariant('website'), text }],
  }));
  return { text: planFileText({ ...plan, items }, new Date(NOW)), items: count };
}

/** POSTs `size` bytes in 1 MB chunks without holding them, and reads the status and body. */
function postStreamed(url: string, origin: string, size: number): Promise<{ status: number; body: string }> {
  return new Promise((resolvePromise, reject) => {
    const call = httpRequest(url, { method: 'POST', headers: { Origin: origin, 'Content-Length': size } }, (response) => {
      let body = '';
      response.setEncoding('utf8');
      response.on('data', (chunk: string) => (body += chunk));
      response.on('end', () => resolvePromise({ status: response.statusCode ?? 0, body }));
    });
    call.on('error', reject);
    const chunk = Buffer.alloc(1024 * 1024, 0x20);
    let sent = 0;
    const pump = (): void => {
      while (sent < size) {
        const part = chunk.subarray(0, Math.min(chunk.length, size - sent));
        sent += part.length;
        if (!call.write(part)) return void call.once('drain', pump);
      }
      call.end();
    };
    pump();
  });
}
