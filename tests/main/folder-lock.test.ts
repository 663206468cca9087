// One process per data folder: a second lock is refused without touching the folder; a lock left
// by a killed process, or a stray file in its place, is taken at once; a holder that is paused
// keeps its lock however long; and a holder whose lock is lost learns it and writes no more.
import { mkdirSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { LOCK_NAME, lockDataFolder } from '../../src-main/store/folder-lock';
import { describeStartupError } from '../../src-main/store/startup-error';
import { buildChildren, holdLock } from '../support/crash';
import { planWith } from '../support/plans';
import { openServices, snapshotFiles, tempDataDir } from '../support/store';

beforeAll(buildChildren, 60_000);

function refusal(act: () => unknown): unknown {
  try {
    act();
  } catch (error) {
    return error;
  }
  return null;
}

const exited = (child: import('node:child_process').ChildProcess) =>
  new Promise<void>((resolve) => (child.exitCode !== null || child.signalCode !== null ? resolve() : child.once('exit', () => resolve())));

describe('the data folder lock', () => {
  it('refuses a second holder plainly, and the folder is untouched by the attempt', () => {
    const dir = tempDataDir();
    const lock = lockDataFolder(dir);
    const services = openServices(dir);
    services.plan.apply({ type: 'item.create', id: 'a', title: 'Först' });
    services.store.close();
    const before = snapshotFiles(dir);

    const refused = refusal(() => lockDataFolder(dir));
    expect(refused).toMatchObject({ problem: 'data-folder-in-use' });
    expect(describeStartupError(refused)).toMatch(/används redan av en annan Kanalplan/);
    expect(snapshotFiles(dir)).toEqual(before);

    lock.release();
    lockDataFolder(dir).release();
  });

  it('takes over a lock without a holder once it is stale, as older versions left them', () => {
    const dir = tempDataDir();
    mkdirSync(join(dir, LOCK_NAME));
    const longAgo = new Date(Date.now() - 60_000);
    utimesSync(join(dir, LOCK_NAME), longAgo, longAgo);
    const lock = lockDataFolder(dir, { staleMs: 5_000 });
    expect(() => lockDataFolder(dir, { staleMs: 5_000 })).toThrow();
    lock.release();
  });

  it('takes a stray kanalplan.lock file at once: a file is never a lock', () => {
    const dir = tempDataDir();
    writeFileSync(join(dir, LOCK_NAME), '');
    lockDataFolder(dir).release();
  });

  it('takes a lock at once whose holder was killed, instead of saying "in use" until it goes stale', async () => {
    const dir = tempDataDir();
    const { child } = await holdLock(dir, 10_000, 5_000);
    child.kill('SIGKILL');
    await exited(child);
    expect(statSync(join(dir, LOCK_NAME)).isDirectory(), 'the killed holder left its lock').toBe(true);
    lockDataFolder(dir, { staleMs: 10_000 }).release();
  });

  it('is kept by a holder paused for longer than the stale time (a closed laptop), which goes on holding it', async () => {
    const dir = tempDataDir();
    const staleMs = 2_000;
    const { child, out } = await holdLock(dir, staleMs, 1_000);
    const lockDir = join(dir, LOCK_NAME);
    child.kill('SIGSTOP');
    try {
      // Until its last refresh is older than the stale time: a judge by age alone would take it now.
      await expect.poll(() => Date.now() - statSync(lockDir).mtimeMs, { timeout: 20_000, interval: 200 }).toBeGreaterThan(staleMs + 200);
      expect(refusal(() => lockDataFolder(dir, { staleMs }))).toMatchObject({ problem: 'data-folder-in-use' });
    } finally {
      child.kill('SIGCONT');
    }
    const paused = statSync(lockDir).mtimeMs;
    await expect.poll(() => statSync(lockDir).mtimeMs, { timeout: 20_000, interval: 200 }).toBeGreaterThan(paused);
    expect(out()).toBe('locked\n');
    child.kill('SIGTERM');
    await exited(child);
    lockDataFolder(dir, { staleMs }).release();
  }, 60_000);
});

describe('a lock lost while its holder works', () => {
  function lockedStore() {
    const dir = tempDataDir();
    const lock = lockDataFolder(dir, { updateMs: 1_000 });
    const services = openServices(dir, { lock, flushDelayMs: 5, retryDelayMs: 20 });
    services.plan.apply({ type: 'item.create', id: 'a', title: 'Sparad' });
    expect(services.store.flush()).toEqual({ status: 'saved' });
    return { dir, lock, services };
  }

  /** Another holder's lock in place of ours, as after a takeover. */
  function takenOver(dir: string): void {
    rmSync(join(dir, LOCK_NAME), { recursive: true, force: true });
    mkdirSync(join(dir, LOCK_NAME));
    writeFileSync(join(dir, LOCK_NAME, 'owner.json'), JSON.stringify({ pid: 1, host: 'annan-dator', started: null, token: 'annan' }));
  }

  it('is found before the next write: nothing is written, the change stays in memory, and no retry runs', async () => {
    const { dir, services } = lockedStore();
    takenOver(dir);
    const before = readFileSync(join(dir, 'backlog.json'), 'utf8');
    services.plan.apply({ type: 'item.update', id: 'a', patch: { title: 'Osparad' } });
    await expect.poll(() => services.store.saveState()).toMatchObject({ status: 'failing', problem: 'lock-lost', file: LOCK_NAME });
    expect(services.store.flush()).toMatchObject({ problem: 'lock-lost' });
    expect(readFileSync(join(dir, 'backlog.json'), 'utf8')).toBe(before);
    expect(services.plan.current().plan.items[0]?.title).toBe('Osparad');
    expect(() => services.store.backupByHand()).toThrow(/kan ha tagit över datamappen/);
    expect(() => services.plan.replacePlan(planWith())).toThrow(/kan ha tagit över datamappen, så ingenting importerades/);
    expect(readFileSync(join(dir, 'backlog.json'), 'utf8')).toBe(before);
  });

  it('is learnt by itself within the refresh interval, with nothing to write', async () => {
    const { dir, services } = lockedStore();
    rmSync(join(dir, LOCK_NAME), { recursive: true, force: true });
    await expect.poll(() => services.store.saveState(), { timeout: 10_000 }).toMatchObject({ status: 'failing', problem: 'lock-lost' });
  });
});
