// The harness's IPC bridge answers only the app's own page on loopback.
import { test, expect } from './harness';

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
  expect(await own.json()).toMatchObject({ ok: true, value: { plan: { schemaVersion: 2 } } });
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

test('a call over 20 MB gets a 413 with a message, not a reset, and the harness keeps running', async ({ harness, playwright }) => {
  const request = await playwright.request.newContext();
  const big = await request.post(`${harness.url}/ipc/plan:apply`, {
    headers: { Origin: harness.url, 'Content-Type': 'application/json' },
    data: JSON.stringify({ command: { type: 'item.create', id: 'x', title: 'x'.repeat(21 * 1024 * 1024) } }),
  });
  expect(big.status()).toBe(413);
  expect(await big.text()).toBe('För stort anrop.');
  const after = await request.post(`${harness.url}/ipc/plan:load`, { headers: { Origin: harness.url }, data: null });
  expect(after.status()).toBe(200);
  await request.dispose();
});
