import { readdirSync, readFileSync } from 'node:fs';
import { worded } from '../support/worded';
import { say } from '../../src-shared/i18n/messages';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { CHANNELS } from '../../src-shared/ipc/channels';
import { contract } from '../../src-shared/ipc/contract';
import { dispatch } from '../../src-main/ipc/dispatch';
import { createHandlers } from '../../src-main/services/handlers';
import { openServices, snapshotFiles, tempDataDir } from '../support/store';

const handled = new Map<string, (event: unknown, input: unknown) => unknown>();
vi.mock('electron', () => ({
  ipcMain: { handle: (channel: string, fn: (event: unknown, input: unknown) => unknown) => handled.set(channel, fn) },
}));

function withItem() {
  const dir = tempDataDir();
  const services = openServices(dir);
  services.plan.apply({ type: 'item.create', id: 'a', title: 'Finns' });
  services.store.flush();
  return { dir, services, handlers: createHandlers(services) };
}

describe('the IPC contract', () => {
  it('has a schema and a handler for every channel, and nothing else', () => {
    const { handlers } = withItem();
    expect(Object.keys(contract).sort()).toEqual([...CHANNELS].sort());
    expect(Object.keys(handlers).sort()).toEqual([...CHANNELS].sort());
    for (const channel of CHANNELS) {
      expect(typeof contract[channel].input.safeParse).toBe('function');
      expect(typeof handlers[channel]).toBe('function');
    }
  });

  const wrongArguments: Array<[string, unknown]> = [
    ['plan:apply', undefined],
    ['plan:apply', 'delete everything'],
    ['plan:apply', { command: { type: 'item.delete' } }],
    ['plan:apply', { command: { type: 'item.delete', id: 'a' }, extra: true }],
    ['plan:apply', { command: { type: 'item.update', id: 'a', patch: { title: 7 } } }],
    ['plan:apply', { command: { type: 'item.create', id: 'a'.repeat(65), title: 'x' } }],
    ['plan:apply', { command: { type: 'settings.update', patch: { language: 'fi' } } }],
    ['backups:restore', { id: '' }],
    ['plan:load', { sneaky: true }],
    ['plan:load-recent', { sneaky: true }],
    ['plan:load-archive', 'all'],
  ];

  it.each(wrongArguments)('%s with %j: a readable error, and nothing changes', async (channel, input) => {
    const { dir, services, handlers } = withItem();
    const planBefore = services.plan.current().plan;
    const filesBefore = snapshotFiles(dir);
    const response = await dispatch(handlers, channel, input);
    expect(response).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    if (!response.ok) expect(say('sv', response.error.message)).toMatch(new RegExp(`^Ogiltiga argument till ${channel}`));
    expect(services.plan.current().plan).toBe(planBefore);
    services.store.flush();
    expect(snapshotFiles(dir)).toEqual(filesBefore);
  });

  it('names the field and its limit as data, worded in Swedish or English, never raw schema text', async () => {
    const { handlers } = withItem();
    const response = await dispatch(handlers, 'plan:apply', {
      command: { type: 'item.update', id: 'a', patch: { notes: 'x'.repeat(100_000) } },
    });
    expect(response.ok).toBe(false);
    if (response.ok) return;
    expect(say('sv', response.error.message)).toBe('Ogiltiga argument till plan:apply:\nAnteckningar (internt): högst 50\u00a0000 tecken');
    expect(say('en', response.error.message)).toBe('Invalid arguments to plan:apply:\nNotes (internal): at most 50,000 characters');
    // Main sends keys and values, no words of either language.
    expect(JSON.stringify(response.error.message)).not.toMatch(/[åäö]|Ogiltiga|Invalid|högst|at most/);
  });

  it('keeps the message short when a huge call is wrong everywhere', async () => {
    const { handlers } = withItem();
    const items = Array.from({ length: 10_000 }, (_, i) => ({ id: `x${i}`, title: 7 }));
    const response = await dispatch(handlers, 'plan:apply', { command: { type: 'items.put', items, removeIds: [] } });
    expect(response.ok).toBe(false);
    if (!response.ok) {
      expect(say('sv', response.error.message).length).toBeLessThan(2_100);
      expect(say('sv', response.error.message)).toMatch(/och \d+ fel till/);
    }
  });

  it('turns a refused command into a readable error and keeps the plan', async () => {
    const { services, handlers } = withItem();
    const before = services.plan.current().plan;
    const response = await dispatch(handlers, 'plan:apply', { command: { type: 'item.delete', id: 'saknas' } });
    expect(worded(response)).toEqual({ ok: false, error: { code: 'item-not-found', message: 'Inlägget saknas finns inte i planen.' } });
    expect(services.plan.current().plan).toBe(before);
  });

  it('opens only http and https links, and says so plainly for anything else', async () => {
    const dir = tempDataDir();
    const opened: string[] = [];
    const services = openServices(dir);
    const handlers = createHandlers({ ...services, exports: { ...services.exports, openLink: async (url) => void opened.push(url) } });
    for (const url of ['javascript:alert(1)', 'file:///etc/passwd', 'kanalplan://x', 'data:text/html,hi', 'https://']) {
      expect(worded(await dispatch(handlers, 'app:open-link', { url }))).toEqual({
        ok: false,
        error: {
          code: 'invalid-input',
          message: 'Ogiltiga argument till app:open-link:\nLänk till inlägget: bara webbadresser som börjar med http:// eller https://',
        },
      });
    }
    expect(opened).toEqual([]);
    expect(await dispatch(handlers, 'app:open-link', { url: 'https://x.com/ssco/status/1' })).toEqual({ ok: true, value: { opened: true } });
    expect(opened).toEqual(['https://x.com/ssco/status/1']);
    // The browser harness has no system browser: the page opens the tab itself.
    expect(await dispatch(createHandlers(services), 'app:open-link', { url: 'http://ssco.se' })).toEqual({ ok: true, value: { opened: false } });
  });

  it('refuses an unknown channel', async () => {
    const { handlers } = withItem();
    expect(await dispatch(handlers, 'fs:write', {})).toMatchObject({ ok: false, error: { code: 'unknown-channel' } });
    expect(await dispatch(handlers, { toString: () => 'x' }, {})).toMatchObject({
      ok: false,
      error: { code: 'unknown-channel' },
    });
  });

  it('applies a valid command and returns what changed', async () => {
    const { dir, services, handlers } = withItem();
    const response = await dispatch(handlers, 'plan:apply', {
      command: { type: 'item.update', id: 'a', patch: { title: 'Ändrad' } },
    });
    expect(response).toMatchObject({ ok: true, value: { items: [{ id: 'a', title: 'Ändrad' }], removedIds: [] } });
    services.store.flush();
    expect(JSON.parse(readFileSync(join(dir, 'backlog.json'), 'utf8')).items[0].title).toBe('Ändrad');
  });
});

describe('settings through plan:apply', () => {
  it('returns the new settings in the delta and writes them to the settings file', async () => {
    const { dir, services, handlers } = withItem();
    const response = await dispatch(handlers, 'plan:apply', { command: { type: 'settings.update', patch: { language: 'en' } } });
    expect(response).toMatchObject({ ok: true, value: { items: [], removedIds: [], settings: { language: 'en' } } });
    services.store.flush();
    expect(readdirSync(dir).filter((file) => file.includes('settings'))).not.toEqual([]);
    expect(services.plan.current().plan.settings.language).toBe('en');
  });

  it('refuses invalid settings with a Swedish message and keeps the plan and its files', async () => {
    const { dir, services, handlers } = withItem();
    const before = services.plan.current().plan;
    const files = snapshotFiles(dir);
    const response = await dispatch(handlers, 'plan:apply', {
      command: { type: 'settings.update', patch: { websiteBaseUrl: 'www.ssco.se' } },
    });
    expect(worded(response)).toMatchObject({
      ok: false,
      error: { code: 'invalid-input', message: expect.stringMatching(/^Inställningarna sparades inte/) },
    });
    expect(services.plan.current().plan).toBe(before);
    services.store.flush();
    expect(snapshotFiles(dir)).toEqual(files);
  });
});

describe('ipcMain registration', () => {
  it('answers only the window it created, and serves every channel', async () => {
    const { registerHandlers } = await import('../../src-main/ipc/handle');
    const { handlers } = withItem();
    const ours = { id: 1 };
    registerHandlers(handlers, () => ours as never, 'file:///app/index.html');
    expect([...handled.keys()].sort()).toEqual([...CHANNELS].sort());
    const load = handled.get('plan:load')!;
    const fromUs = await load({ sender: ours, senderFrame: { url: 'file:///app/index.html' } }, null);
    expect(fromUs).toMatchObject({ ok: true });
    const fromStranger = await load({ sender: { id: 2 }, senderFrame: { url: 'file:///app/index.html' } }, null);
    expect(fromStranger).toMatchObject({ ok: false });
    const fromOtherPage = await load({ sender: ours, senderFrame: { url: 'https://evil.example/' } }, null);
    expect(fromOtherPage).toMatchObject({ ok: false });
  });
});
