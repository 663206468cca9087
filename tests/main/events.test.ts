// Main tells instead of being asked: the services emit the save state and the notices when they
// change (once per change, whatever wrote it), and the settings when a change touches them, so
// the menu is rebuilt. The real store in a temp folder, with a disk that fails on demand.
import { renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { MainEvents } from '../../src-main/services/events';
import type { Services } from '../../src-main/services/handlers';
import { faultyFs } from '../support/faulty-fs';
import { openServices, tempDataDir } from '../support/store';

afterEach(() => vi.useRealTimers());

/** Everything the services emit, in order. */
function heard(services: Services) {
  const log: Array<[keyof MainEvents, unknown]> = [];
  for (const event of ['store:save-state', 'store:notices', 'settings:changed', 'menu:command', 'export:progress'] as const) {
    services.events.on(event, (payload) => log.push([event, payload]));
  }
  return log;
}

/** The events are sent once the step that changed the state is done. */
const afterStep = () => new Promise<void>((resolve) => queueMicrotask(resolve));

describe('the save state, told as it changes', () => {
  it('is pending after an edit, saved after the batched write, failing while the disk is full, and saved again', async () => {
    vi.useFakeTimers();
    const disk = faultyFs();
    const services = openServices(tempDataDir(), { fs: disk.fs, flushDelayMs: 1000, retryDelayMs: 60_000 });
    const log = heard(services);
    services.plan.apply({ type: 'item.create', id: 'a', title: 'Första' });
    services.plan.apply({ type: 'item.update', id: 'a', patch: { title: 'Andra' } });
    await afterStep();
    expect(log).toEqual([['store:save-state', { status: 'pending' }]]);

    await vi.advanceTimersByTimeAsync(1000);
    expect(log.at(-1)).toEqual(['store:save-state', { status: 'saved' }]);

    disk.fail('ENOSPC');
    services.plan.apply({ type: 'item.update', id: 'a', patch: { title: 'Tredje' } });
    await vi.advanceTimersByTimeAsync(1000);
    expect(log.at(-1)).toEqual([
      'store:save-state',
      expect.objectContaining({ status: 'failing', problem: 'disk-full', attempts: 1 }),
    ]);

    disk.fail(null);
    services.store.flush(); // "Försök igen"
    await afterStep();
    expect(log.map(([, payload]) => (payload as { status: string }).status)).toEqual([
      'pending',
      'saved',
      'pending',
      'failing',
      'saved',
    ]);
  });

  it('says when automatic backups start failing, and when they work again', async () => {
    const dir = tempDataDir();
    const services = openServices(dir, { backupIntervalMs: 0, clock: () => new Date('2026-12-02T10:00:00+01:00') });
    services.store.close();
    const log = heard(services);
    renameSync(join(dir, 'backups'), join(dir, 'backups-moved'));
    writeFileSync(join(dir, 'backups'), 'ingen mapp');
    services.plan.apply({ type: 'item.create', id: 'a', title: 'Ny' });
    services.store.flush();
    await afterStep();
    expect(log).toEqual([['store:save-state', { status: 'saved', backupFailingSince: '2026-12-02T09:00:00.000Z' }]]);

    rmSync(join(dir, 'backups'));
    renameSync(join(dir, 'backups-moved'), join(dir, 'backups'));
    services.plan.apply({ type: 'item.update', id: 'a', patch: { title: 'Ändrad' } });
    services.store.flush();
    await afterStep();
    // The edit and its write in one step: the window hears the outcome, not the pending between.
    expect(log.slice(1)).toEqual([['store:save-state', { status: 'saved' }]]);
  });
});

describe('the notices, told as they change', () => {
  it('tells a start backup that failed after the start, once', async () => {
    vi.useFakeTimers();
    const dir = tempDataDir();
    openServices(dir).store.close(); // a data folder with a settings file to back up
    rmSync(join(dir, 'backups'), { recursive: true });
    writeFileSync(join(dir, 'backups'), 'ingen mapp');
    const services = openServices(dir, { startBackupDelayMs: 3000 });
    const log = heard(services);
    await vi.advanceTimersByTimeAsync(3000);
    const notices = log.filter(([event]) => event === 'store:notices');
    expect(notices).toEqual([['store:notices', [expect.objectContaining({ kind: 'backup-failed' })]]]);
    expect(services.plan.current().notices).toEqual(notices[0]![1]);
  });
});

describe('the settings, told to main itself', () => {
  it('are told after a change that touches them, a restore and an import, and not after other changes', async () => {
    const services = openServices(tempDataDir());
    const log = heard(services);
    services.plan.apply({ type: 'item.create', id: 'a', title: 'Inlägg' });
    expect(log.filter(([event]) => event === 'settings:changed')).toEqual([]);
    services.plan.apply({ type: 'settings.update', patch: { language: 'en' } });
    expect(log.filter(([event]) => event === 'settings:changed').map(([, s]) => (s as { language: string }).language)).toEqual([
      'en',
    ]);

    const [backup] = (services.store.close(), services.store.listBackups());
    services.plan.restoreBackup(backup!.id);
    expect(log.filter(([event]) => event === 'settings:changed').map(([, s]) => (s as { language: string }).language)).toEqual([
      'en',
      'sv',
    ]);
  });
});

describe('an export’s progress, told to the window', () => {
  it('starts at none and ends at all the files, through the services’ own events', async () => {
    const services = openServices(tempDataDir());
    services.plan.apply({
      type: 'item.create',
      id: 'a',
      title: 'Inlägg',
      status: 'approved',
      date: '2026-11-24',
      channels: ['x'],
    });
    services.plan.apply({ type: 'variant.update', id: 'a', channel: 'x', patch: { text: 'Hej' } });
    const log = heard(services);
    const request = {
      from: '2026-11-23',
      to: '2026-11-29',
      channels: ['x'],
      statuses: ['approved' as const],
      zip: false,
      overwrite: false,
    };
    await services.exporter.write(request);
    const told = log.filter(([event]) => event === 'export:progress').map(([, progress]) => progress);
    expect(told.at(0)).toEqual({ step: 'files', done: 0, total: 4 });
    expect(told.at(-1)).toEqual({ step: 'files', done: 4, total: 4 });
  });
});
