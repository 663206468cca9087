// A start on a full disk opens the plan (issue 16 item 8) instead of refusing to: the alert says
// nothing can be saved, a copy can be saved elsewhere, nothing is written into the folder, and
// once space is freed the store saves by itself. On a real full disk too, where even the folder's
// lock cannot be written at first (needs root and mount(8), as CI has; elsewhere it is skipped).
import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createHandlers } from '../../src-main/services/handlers';
import { lockDataFolder } from '../../src-main/store/folder-lock';
import { faultyFs } from '../support/faulty-fs';
import { openServices, snapshotFiles, tempDataDir } from '../support/store';

function savedPlan(dir = tempDataDir()): string {
  const services = openServices(dir);
  services.plan.apply({ type: 'item.create', id: 'a', title: 'Sparad före' });
  services.store.close();
  return dir;
}

describe('a start on a full disk', () => {
  it('opens the plan with the alert, lets a copy be saved, writes nothing, and saves by itself once there is space', async () => {
    const dir = savedPlan();
    const disk = faultyFs();
    disk.fail('ENOSPC');
    const before = snapshotFiles(dir);
    const services = openServices(dir, { fs: disk.fs, retryDelayMs: 20 });
    expect(services.plan.current().plan.items.map((item) => item.title)).toEqual(['Sparad före']);
    expect(services.store.saveState()).toMatchObject({ status: 'failing', problem: 'disk-full', file: '' });
    services.plan.apply({ type: 'item.update', id: 'a', patch: { title: 'Ändrad på full disk' } });
    const copy = await createHandlers(services)['store:save-copy'](null);
    expect(readFileSync(copy!.path, 'utf8')).toContain('Ändrad på full disk');
    await expect.poll(() => services.store.saveState().status).toBe('failing');
    expect(new Map([...snapshotFiles(dir)].filter(([file]) => !file.startsWith('export')))).toEqual(before);

    disk.fail(null);
    await expect.poll(() => services.store.saveState(), { timeout: 10_000 }).toEqual({ status: 'saved' });
    expect(readFileSync(join(dir, 'backlog.json'), 'utf8')).toContain('Ändrad på full disk');
  });
});

const mounted: string[] = [];
afterAll(() => {
  for (const dir of mounted) spawnSync('umount', [dir]);
});

/** A small tmpfs holding a saved plan, then filled to the last byte; null where none can be mounted. */
function fullDisk(): { dir: string; free: () => void } | null {
  if (process.getuid?.() !== 0) return null;
  const dir = tempDataDir();
  if (spawnSync('mount', ['-t', 'tmpfs', '-o', 'size=256k', 'tmpfs', dir]).status !== 0) return null;
  mounted.push(dir);
  savedPlan(dir);
  rmSync(join(dir, 'backups'), { recursive: true, force: true });
  const filler = join(dir, 'fyllnad');
  spawnSync('dd', ['if=/dev/zero', `of=${filler}`, 'bs=4k', 'count=1000']);
  return { dir, free: () => rmSync(filler) };
}

const disk = fullDisk();

describe('a start on a real full disk', () => {
  it.skipIf(disk === null)('takes its lock once there is space, and saves what was changed meanwhile', async () => {
    const { dir, free } = disk!;
    expect(() => writeFileSync(join(dir, 'prov'), 'x'.repeat(8192))).toThrow(/ENOSPC/);
    const lock = lockDataFolder(dir);
    expect(lock.state(), 'no room even for the owner file of the lock').toBe('unavailable');
    const services = openServices(dir, { lock, retryDelayMs: 20 });
    expect(services.plan.current().plan.items.map((item) => item.title)).toEqual(['Sparad före']);
    expect(services.store.saveState()).toMatchObject({ status: 'failing', problem: 'disk-full' });
    services.plan.apply({ type: 'item.update', id: 'a', patch: { title: 'Ändrad på full disk' } });
    free();
    await expect.poll(() => services.store.saveState(), { timeout: 10_000 }).toEqual({ status: 'saved' });
    expect(lock.state()).toBe('held');
    expect(readFileSync(join(dir, 'backlog.json'), 'utf8')).toContain('Ändrad på full disk');
    lock.release();
  });
});
