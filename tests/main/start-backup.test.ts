// The start backup runs just after the start, not inside it (issue #11), and still comes before
// anything the store writes: a write, a restore, an import or a backup by hand takes it first.
import * as fs from 'node:fs';
import { existsSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { WriteFs } from '../../src-main/store/durable-write';
import { createHandlers } from '../../src-main/services/handlers';
import { faultyFs } from '../support/faulty-fs';
import { planWith } from '../support/plans';
import { openServices, snapshotFiles, tempDataDir } from '../support/store';

afterEach(() => {
  vi.useRealTimers();
});

/** A data folder holding one saved item and no backups yet. */
function savedFolder(): { dir: string; bytes: string } {
  const dir = tempDataDir();
  const first = openServices(dir);
  first.plan.apply({ type: 'item.create', id: 'a', title: 'Vid start' });
  first.store.close();
  rmSync(join(dir, 'backups'), { recursive: true, force: true });
  return { dir, bytes: readFileSync(join(dir, 'backlog.json'), 'utf8') };
}

/** Snapshot folders by name, each with the files it holds. */
function backupFolders(dir: string): Map<string, string[]> {
  const root = join(dir, 'backups');
  if (!existsSync(root)) return new Map();
  return new Map(readdirSync(root).map((id) => [id, readdirSync(join(root, id)).sort()]));
}

/** The real file system, noting what the backups folder held whenever a partition file was renamed into place. */
function watchingFs(dataDir: string, seen: Map<string, string>[], base: WriteFs = fs): WriteFs {
  return {
    ...base,
    renameSync: (from, to) => {
      if (dirname(String(to)) === dataDir && /^(items-\d{4}|backlog|settings)\.json$/.test(basename(String(to)))) {
        seen.push(existsSync(join(dataDir, 'backups')) ? snapshotFiles(join(dataDir, 'backups')) : new Map());
      }
      base.renameSync(from, to);
    },
  };
}

const LATER = { startBackupDelayMs: 60_000 };

describe('the start backup, taken just after the start', () => {
  it('is not taken during the start, then runs by itself without any write', () => {
    vi.useFakeTimers();
    const { dir, bytes } = savedFolder();
    const services = openServices(dir, { startBackupDelayMs: 1000 });
    vi.advanceTimersByTime(1000);
    const [backup] = services.store.backups.list();
    expect(backup).toMatchObject({ reason: 'automatic', itemCount: 1 });
    expect(readFileSync(join(dir, 'backups', backup!.id, 'backlog.json'), 'utf8')).toBe(bytes);
  });

  it('is complete, holding the files as they were at start, before the first write replaces one', () => {
    const { dir, bytes } = savedFolder();
    const seen: Map<string, string>[] = [];
    const services = openServices(dir, { ...LATER, fs: watchingFs(dir, seen) });
    expect(backupFolders(dir).size, 'no backup taken during the start').toBe(0);

    services.plan.apply({ type: 'item.update', id: 'a', patch: { title: 'Efter start' } });
    expect(services.store.flush()).toEqual({ status: 'saved' });

    expect(seen.length).toBeGreaterThan(0);
    const atFirstWrite = seen[0]!;
    const [id] = [...backupFolders(dir).keys()];
    expect(atFirstWrite.has(join(id!, 'manifest.json')), 'the manifest was written before the data file').toBe(true);
    expect(Buffer.from(atFirstWrite.get(join(id!, 'backlog.json'))!, 'base64').toString('utf8')).toBe(bytes);
    expect(readFileSync(join(dir, 'backups', id!, 'backlog.json'), 'utf8')).toBe(bytes);
    expect(readFileSync(join(dir, 'backlog.json'), 'utf8')).toContain('Efter start');
    expect(services.store.listBackups().map((backup) => backup.id)).toEqual([id]);
  });

  it.each([
    ['a backup by hand', (services: ReturnType<typeof openServices>) => services.store.backupByHand()],
    ['an import', (services: ReturnType<typeof openServices>) => services.plan.replacePlan(planWith({ type: 'item.create', id: 'b', title: 'Importerad' }))],
  ])('is taken before %s', (_name, act) => {
    const { dir, bytes } = savedFolder();
    const services = openServices(dir, LATER);
    act(services);
    const automatic = services.store.listBackups().filter((backup) => (backup.reason ?? 'automatic') === 'automatic');
    expect(automatic).toHaveLength(1);
    expect(readFileSync(join(dir, 'backups', automatic[0]!.id, 'backlog.json'), 'utf8')).toBe(bytes);
  });
});

describe('a file changed behind the app between the start and its backup', () => {
  it('is parsed again in the copy, not trusted from the start: its items are counted anew', () => {
    const { dir } = savedFolder();
    const services = openServices(dir, LATER);
    const doc = JSON.parse(readFileSync(join(dir, 'backlog.json'), 'utf8'));
    writeFileSync(join(dir, 'backlog.json'), JSON.stringify({ ...doc, items: [doc.items[0], { ...doc.items[0], id: 'b' }] }));
    expect(services.store.listBackups()).toMatchObject([{ itemCount: 2 }]);
  });

  it('is not backed up as good when it no longer parses, and the failure is told', () => {
    const { dir } = savedFolder();
    const services = openServices(dir, LATER);
    writeFileSync(join(dir, 'backlog.json'), 'trasig');
    expect(services.store.listBackups()).toEqual([]);
    expect(services.plan.current().notices).toMatchObject([{ kind: 'backup-failed' }]);
  });
});

describe('a start backup that fails', () => {
  /** A data folder whose backups folder is a file: no snapshot can be made in it. */
  function unbackable(): string {
    const { dir } = savedFolder();
    writeFileSync(join(dir, 'backups'), 'ingen mapp');
    return dir;
  }

  it('is told by plan:load, once, when it ran by itself after the start', async () => {
    vi.useFakeTimers();
    const dir = unbackable();
    const services = openServices(dir, { startBackupDelayMs: 1000 });
    vi.advanceTimersByTime(1000);
    const handlers = createHandlers(services);
    const { notices } = await handlers['plan:load'](null);
    expect(notices).toMatchObject([{ kind: 'backup-failed', file: 'backups' }]);
    expect((await handlers['plan:load'](null)).notices).toEqual(notices);
  });

  it('is told by plan:load when plan:load comes first, and the plan is still saved', async () => {
    const dir = unbackable();
    const services = openServices(dir, LATER);
    const handlers = createHandlers(services);
    expect((await handlers['plan:load'](null)).notices).toMatchObject([{ kind: 'backup-failed' }]);
    services.plan.apply({ type: 'item.update', id: 'a', patch: { title: 'Sparad ändå' } });
    // Saved; and since backups still cannot be made, the save state goes on saying so.
    expect(services.store.flush()).toEqual({ status: 'saved', backupFailingSince: expect.any(String) });
    expect(readFileSync(join(dir, 'backlog.json'), 'utf8')).toContain('Sparad ändå');
  });

  it('does not keep the board waiting: the window’s first part comes before it, the archive’s answer after it and tells it', async () => {
    const dir = unbackable();
    const services = openServices(dir, LATER);
    const handlers = createHandlers(services);
    expect((await handlers['plan:load-recent'](null)).notices).toEqual([]);
    expect((await handlers['plan:load-archive'](null)).notices).toMatchObject([{ kind: 'backup-failed', file: 'backups' }]);
  });

  it('is told when the first write took it, before the window asked', async () => {
    const dir = unbackable();
    const services = openServices(dir, LATER);
    services.plan.apply({ type: 'item.update', id: 'a', patch: { title: 'Först' } });
    services.store.flush();
    expect((await createHandlers(services)['plan:load'](null)).notices).toMatchObject([{ kind: 'backup-failed' }]);
  });
});

describe('closing before the start backup ran', () => {
  it('takes it whole and cancels the timer: one snapshot, with its manifest', () => {
    vi.useFakeTimers();
    const { dir, bytes } = savedFolder();
    const services = openServices(dir, { startBackupDelayMs: 1000 });
    services.store.close();
    const folders = [...backupFolders(dir).entries()];
    vi.advanceTimersByTime(5000);
    expect([...backupFolders(dir).entries()], 'no second start backup once the timer is due').toEqual(folders);
    expect(folders).toHaveLength(1);
    expect(folders[0]![1]).toEqual(['backlog.json', 'manifest.json', 'settings.json']);
    expect(readFileSync(join(dir, 'backups', folders[0]![0], 'backlog.json'), 'utf8')).toBe(bytes);
  });

  it('leaves no partial backup folder when the backup fails half-way', () => {
    const { dir } = savedFolder();
    const disk = faultyFs();
    const services = openServices(dir, { ...LATER, fs: disk.fs });
    disk.fail('ENOSPC'); // the copies are made, the manifest cannot be written
    services.store.close();
    disk.fail(null);
    expect(services.plan.current().notices).toMatchObject([{ kind: 'backup-failed' }]);
  });
});
