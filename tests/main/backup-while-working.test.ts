// An automatic backup that fails while the user works is told through the save state (the plan
// itself still saves), tried again later rather than at every write, and forgotten once one works.
import { mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openServices, tempDataDir } from '../support/store';

describe('a backup that fails while working', () => {
  it('is told by the save state, the plan still saves, and it clears once a backup is made again', () => {
    const dir = tempDataDir();
    let now = Date.parse('2026-11-25T10:00:00.000Z');
    const services = openServices(dir, { backupIntervalMs: 60_000, clock: () => new Date(now) });
    services.plan.apply({ type: 'item.create', id: 'a', title: 'Första' });
    expect(services.store.flush()).toEqual({ status: 'saved' });

    // The backups folder turns into a file: no snapshot can be made in it.
    renameSync(join(dir, 'backups'), join(dir, 'backups-moved'));
    writeFileSync(join(dir, 'backups'), 'ingen mapp');
    now += 61_000;
    services.plan.apply({ type: 'item.update', id: 'a', patch: { title: 'Andra' } });
    expect(services.store.flush()).toEqual({ status: 'saved', backupFailingSince: '2026-11-25T10:01:01.000Z' });
    expect(readFileSync(join(dir, 'backlog.json'), 'utf8')).toContain('Andra');

    // The folder is back. The next write, a second later, does not try again at once: still told.
    rmSync(join(dir, 'backups'));
    mkdirSync(join(dir, 'backups'));
    now += 1_000;
    services.plan.apply({ type: 'item.update', id: 'a', patch: { title: 'Tredje' } });
    expect(services.store.flush()).toEqual({ status: 'saved', backupFailingSince: '2026-11-25T10:01:01.000Z' });

    // At the next try (the interval, being shorter than five minutes) it works, and is no longer told.
    now += 60_000;
    services.plan.apply({ type: 'item.update', id: 'a', patch: { title: 'Fjärde' } });
    expect(services.store.flush()).toEqual({ status: 'saved' });
    expect(services.store.listBackups().length).toBe(1);
    services.store.close();
  });
});
