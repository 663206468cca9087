// One process per data folder: a second lock is refused without touching the folder, and a lock
// left by a killed process goes stale instead of blocking the folder for good.
import { mkdirSync, utimesSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LOCK_NAME, lockDataFolder } from '../../src-main/store/folder-lock';
import { describeStartupError } from '../../src-main/store/startup-error';
import { openServices, snapshotFiles, tempDataDir } from '../support/store';

describe('the data folder lock', () => {
  it('refuses a second holder plainly, and the folder is untouched by the attempt', () => {
    const dir = tempDataDir();
    const release = lockDataFolder(dir);
    const services = openServices(dir);
    services.plan.apply({ type: 'item.create', id: 'a', title: 'Först' });
    services.store.close();
    const before = snapshotFiles(dir);

    let refusal: unknown;
    try {
      lockDataFolder(dir);
    } catch (error) {
      refusal = error;
    }
    expect(refusal).toMatchObject({ problem: 'data-folder-in-use' });
    expect(describeStartupError(refusal)).toMatch(/används redan av en annan Kanalplan/);
    expect(snapshotFiles(dir)).toEqual(before);

    release();
    const again = lockDataFolder(dir);
    again();
  });

  it('takes over a lock that a killed process left behind once it is stale', () => {
    const dir = tempDataDir();
    mkdirSync(join(dir, LOCK_NAME));
    const longAgo = new Date(Date.now() - 60_000);
    utimesSync(join(dir, LOCK_NAME), longAgo, longAgo);
    const release = lockDataFolder(dir, { staleMs: 5_000 });
    expect(() => lockDataFolder(dir, { staleMs: 5_000 })).toThrow();
    release();
  });
});
