// Main's "now" comes from one clock, handed down from createServices: a test that sets it sets the
// time of every service (an edit's stamp, a backup's, a copy's name, what counts as the archive).
// The browser harness sets it from its environment, for tests only; the Electron app never reads that.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dispatch } from '../../src-main/ipc/dispatch';
import { createHandlers } from '../../src-main/services/handlers';
import { testClock } from '../../src-main/harness/test-settings';
import { openServices, tempDataDir } from '../support/store';

const WEDNESDAY = '2026-12-02T10:00:00+01:00';

describe('one clock for main', () => {
  it('stamps edits, backups and the files it writes, and splits off the archive, by the clock it was given', async () => {
    let now = WEDNESDAY;
    const services = openServices(tempDataDir(), { clock: () => new Date(now), backupIntervalMs: 0 });
    const handlers = createHandlers(services);
    services.plan.apply({ type: 'item.create', id: 'a', title: 'Nytt' });
    expect(services.plan.current().plan.items[0]).toMatchObject({ createdAt: '2026-12-02T09:00:00.000Z' });
    expect(services.store.close()).toEqual({ status: 'saved' });
    expect(services.store.listBackups().map((backup) => backup.createdAt)).toContain('2026-12-02T09:00:00.000Z');

    const copy = await dispatch(handlers, 'store:save-copy', null);
    const file = await dispatch(handlers, 'plan:export-file', null);
    const names = [copy, file].map((answer) => (answer.ok ? basename((answer.value as { path: string }).path) : answer));
    expect(names).toEqual(['Kanalplan-kopia-2026-12-02-09-00-00.json', 'Kanalplan-plan-2026-12-02-09-00-00.zip']);

    // Published on 1 November: recent on the clock's 20 November, archived on its 2 December.
    now = '2026-11-01T10:00:00+01:00';
    services.plan.apply({ type: 'item.create', id: 'old', title: 'Gammalt', status: 'published', date: '2026-11-01' });
    now = '2026-11-20T10:00:00+01:00';
    expect(services.plan.recent().archived).toBe(0);
    now = WEDNESDAY;
    expect(services.plan.recent().archived).toBe(1);
  });
});

describe("the harness's test clock", () => {
  it('is the system clock when no test sets one', () => {
    const before = Date.now();
    const now = testClock({})().getTime();
    expect(now).toBeGreaterThanOrEqual(before);
    expect(now).toBeLessThanOrEqual(Date.now());
  });

  it('starts at KANALPLAN_TEST_NOW and runs on from there', () => {
    let real = Date.parse('2030-01-01T00:00:00Z');
    const clock = testClock({ KANALPLAN_TEST_NOW: WEDNESDAY }, () => real);
    expect(clock().toISOString()).toBe('2026-12-02T09:00:00.000Z');
    real += 90_000;
    expect(clock().toISOString()).toBe('2026-12-02T09:01:30.000Z');
  });

  it('stands still with KANALPLAN_TEST_CLOCK=fixed', () => {
    let real = Date.parse('2030-01-01T00:00:00Z');
    const clock = testClock({ KANALPLAN_TEST_NOW: '2028-02-29T23:30:00Z', KANALPLAN_TEST_CLOCK: 'fixed' }, () => real);
    real += 90_000;
    expect(clock().toISOString()).toBe('2028-02-29T23:30:00.000Z');
  });

  it('refuses a time without its zone, or a mode it does not know, with a plain message', () => {
    expect(() => testClock({ KANALPLAN_TEST_NOW: '2026-12-02T10:00:00' })).toThrow(
      'KANALPLAN_TEST_NOW ska vara en tidpunkt med tidszon, som 2026-12-02T10:00:00+01:00, inte ”2026-12-02T10:00:00”.',
    );
    expect(() => testClock({ KANALPLAN_TEST_NOW: 'i morgon+01:00' })).toThrow(/inte ”i morgon\+01:00”/);
    expect(() => testClock({ KANALPLAN_TEST_NOW: WEDNESDAY, KANALPLAN_TEST_CLOCK: 'stopped' })).toThrow(
      'KANALPLAN_TEST_CLOCK ska vara running eller fixed, inte ”stopped”.',
    );
  });

  it('is read by the browser harness only: neither the Electron main process nor the preload mentions it', () => {
    expect(existsSync('out/main/index.js'), 'run "npm run build" first').toBe(true);
    const shipped = ['out/main', 'out/preload'].flatMap((folder) => readdirSync(folder).map((name) => join(folder, name)));
    // Read as a property of the environment (the catalogue's words about it may ship).
    const reads = /\.KANALPLAN_TEST_|\[["'`]KANALPLAN_TEST_/;
    for (const file of shipped) expect(readFileSync(file, 'utf8'), file).not.toMatch(reads);
    expect(readFileSync('out/harness/server.js', 'utf8')).toMatch(reads);
  });
});
