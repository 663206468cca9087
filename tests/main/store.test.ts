import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ItemsDoc } from '../../src-main/store/partitions';
import { openServices, snapshotFiles, tempDataDir } from '../support/store';
import { planWith } from '../support/plans';
import { say, type Message } from '../../src-shared/i18n/messages';

const read = (dir: string, file: string) => JSON.parse(readFileSync(join(dir, file), 'utf8'));

afterEach(() => {
  vi.useRealTimers();
});

describe('the plan store on disk', () => {
  it('splits items into a file per year, a backlog file and a settings file, and reads them back', () => {
    const dir = tempDataDir();
    const first = openServices(dir);
    first.plan.apply({ type: 'item.create', id: 'a', title: 'Utan datum' });
    first.plan.apply({ type: 'item.create', id: 'b', title: 'I år', date: '2026-12-01' });
    first.plan.apply({ type: 'item.create', id: 'c', title: 'Nästa år', date: '2027-01-15', time: '09:00' });
    first.store.close();

    expect(
      readdirSync(dir)
        .filter((f) => f.endsWith('.json'))
        .sort(),
    ).toEqual(['backlog.json', 'items-2026.json', 'items-2027.json', 'settings.json']);
    expect(read(dir, 'items-2027.json').items.map((i: { id: string }) => i.id)).toEqual(['c']);

    const second = openServices(dir);
    expect(second.plan.current().plan).toEqual(first.plan.current().plan);
  });

  it('rewrites only the partitions a change touches, batched to one write per second', () => {
    vi.useFakeTimers();
    const dir = tempDataDir();
    const writes: string[] = [];
    const services = openServices(dir, {}, writes);
    services.plan.apply({ type: 'item.create', id: 'a', title: 'A', date: '2026-05-01' });
    services.plan.apply({ type: 'item.create', id: 'b', title: 'B', date: '2027-05-01' });
    services.store.flush();
    writes.length = 0;

    for (let i = 0; i < 20; i += 1) {
      services.plan.apply({ type: 'item.update', id: 'b', patch: { title: `B${i}` } });
      vi.advanceTimersByTime(40);
    }
    expect(writes).toEqual([]);
    vi.advanceTimersByTime(1000);
    expect(writes).toEqual(['items-2027']);
    expect(read(dir, 'items-2027.json').items[0].title).toBe('B19');
  });

  it('writes a move between partitions as one step: the journal first, then both files, then no journal', () => {
    const dir = tempDataDir();
    const writes: string[] = [];
    const services = openServices(dir, {}, writes);
    services.plan.apply({ type: 'item.create', id: 'a', title: 'A' });
    services.store.flush();
    writes.length = 0;
    services.plan.apply({ type: 'item.schedule', id: 'a', date: '2026-12-24' });
    services.plan.apply({ type: 'item.schedule', id: 'a', date: '2027-01-10' });
    services.store.flush();
    expect(writes[0]).toBe('journal');
    expect(writes.slice(1).sort()).toEqual(['backlog', 'items-2026', 'items-2027']);
    expect(existsSync(join(dir, 'journal.json'))).toBe(false);
    expect(read(dir, 'items-2027.json').items.map((item: { id: string }) => item.id)).toEqual(['a']);
    expect(read(dir, 'backlog.json').items).toEqual([]);
  });

  it('refuses a restore, changing nothing, when the current state cannot be backed up first', () => {
    const dir = tempDataDir();
    const services = openServices(dir);
    services.plan.apply({ type: 'item.create', id: 'a', title: 'Nu', date: '2026-05-01' });
    services.store.flush();
    const [backup] = services.store.listBackups();
    writeFileSync(join(dir, 'items-2026.json'), 'trasig'); // damaged behind the app's back
    const before = snapshotFiles(dir);
    expect(() => services.plan.restoreBackup(backup!.id)).toThrow(/ingenting återställdes/);
    expect(snapshotFiles(dir)).toEqual(before);
  });

  it('keeps the newest copy of an item found in two partitions after an interrupted move', () => {
    const dir = tempDataDir();
    const services = openServices(dir);
    services.plan.apply({ type: 'item.create', id: 'a', title: 'Gammal' });
    services.store.close();
    const old = read(dir, 'backlog.json').items[0];
    const moved = { ...old, title: 'Ny', date: '2026-12-24', updatedAt: '2030-01-01T00:00:00.000Z' };
    writeFileSync(join(dir, 'items-2026.json'), JSON.stringify({ schemaVersion: 1, items: [moved] }));

    const reopened = openServices(dir);
    expect(reopened.plan.current().plan.items).toEqual([moved]);
    reopened.store.close();
    expect(read(dir, 'backlog.json').items).toEqual([]);
  });

  it('takes a verified backup at start and restores one after first saving the current state', () => {
    const dir = tempDataDir();
    const services = openServices(dir);
    services.plan.apply({ type: 'item.create', id: 'a', title: 'Före' });
    services.store.close();
    const reopened = openServices(dir);
    const [startBackup] = reopened.store.listBackups();
    expect(startBackup).toMatchObject({ itemCount: 1, files: ['backlog.json', 'settings.json'] });

    reopened.plan.apply({ type: 'item.update', id: 'a', patch: { title: 'Efter' } });
    const restored = reopened.plan.restoreBackup(startBackup!.id);
    expect(restored.plan.items[0]?.title).toBe('Före');
    const preRestore = reopened.store
      .listBackups()
      .map((backup) => reopened.store.backups.read(backup.id).get('backlog') as ItemsDoc)
      .find((doc) => doc.items[0]?.title === 'Efter');
    expect(preRestore, 'the state before the restore was saved as a backup').toBeDefined();
  });
});

describe('recovery from a file that cannot be read', () => {
  const damaged = [
    { name: 'truncated', bytes: (good: string) => good.slice(0, Math.floor(good.length / 2)) },
    { name: 'garbage', bytes: () => '\u0000\u00ff PK garbage \n{{{' },
    { name: 'empty', bytes: () => '' },
    { name: 'schema-invalid', bytes: (good: string) => good.replace('"status":"idea"', '"status":"done"') },
    { name: 'not an object', bytes: () => '[1,2,3]' },
  ];
  // A file from a newer version is not damage: it is left as it is (newer-version.test.ts).

  it.each(damaged)('$name: keeps the bytes, restores the newest good backup, overwrites no backup', ({ bytes }) => {
    const dir = tempDataDir();
    const services = openServices(dir);
    services.plan.apply({ type: 'item.create', id: 'a', title: 'Sparad' });
    services.store.close();
    openServices(dir).store.close(); // a start: takes a backup holding the item

    const good = readFileSync(join(dir, 'backlog.json'), 'utf8');
    const bad = bytes(good);
    writeFileSync(join(dir, 'backlog.json'), bad);
    const backupsBefore = snapshotFiles(join(dir, 'backups'));

    const recovered = openServices(dir);
    const { plan, notices } = recovered.plan.current();
    expect(plan.items.map((item) => item.title)).toEqual(['Sparad']);
    expect(notices).toHaveLength(1);
    expect(notices[0]).toMatchObject({ kind: 'restored-from-backup', file: 'backlog.json' });
    expect(notices[0]?.backupCreatedAt).toMatch(/^\d{4}-\d\d-\d\dT/);
    expect(readFileSync(join(dir, notices[0]!.keptAs), 'utf8')).toBe(bad);
    const backupsAfter = snapshotFiles(join(dir, 'backups'));
    for (const [file, content] of backupsBefore) expect(backupsAfter.get(file), file).toBe(content);
    expect(read(dir, 'backlog.json').items[0].title).toBe('Sparad');
  });

  it('gives the reason as a catalogue message, worded in either language', () => {
    const dir = tempDataDir();
    writeFileSync(join(dir, 'items-2026.json'), '{"schemaVersion":2,"items":[{"id":');
    const [notice] = openServices(dir).plan.current().notices;
    expect(typeof notice?.reason).toBe('object');
    const reason = notice!.reason as Message;
    expect(say('sv', reason)).toBe('filen går inte att tolka som JSON; den kan vara avklippt eller skadad');
    expect(say('en', reason)).toBe('the file cannot be read as JSON; it may be cut short or damaged');
  });

  it('with no backup at all, keeps the bytes and says so instead of pretending', () => {
    const dir = tempDataDir();
    writeFileSync(join(dir, 'items-2026.json'), '{"schemaVersion":1,"items":[{"id":');
    const services = openServices(dir);
    const { plan, notices } = services.plan.current();
    expect(plan.items).toEqual([]);
    expect(notices).toMatchObject([{ kind: 'no-backup-found', file: 'items-2026.json', backupCreatedAt: null }]);
    expect(existsSync(join(dir, notices[0]!.keptAs))).toBe(true);
  });

  it('skips a damaged backup copy and uses the next older good one', () => {
    const dir = tempDataDir();
    const services = openServices(dir);
    services.plan.apply({ type: 'item.create', id: 'a', title: 'Äldre' });
    services.store.close();
    openServices(dir).store.close();
    const [newest] = openServices(dir).store.listBackups();
    writeFileSync(join(dir, 'backups', newest!.id, 'backlog.json'), 'trasig');
    writeFileSync(join(dir, 'backlog.json'), 'också trasig');
    const { plan, notices } = openServices(dir).plan.current();
    expect(plan.items.map((item) => item.title)).toEqual(['Äldre']);
    expect(notices[0]?.kind).toBe('restored-from-backup');
  });
});

describe('merging partitions after an interrupted move', () => {
  it('compares updatedAt as instants, not strings, when offsets differ', async () => {
    const { mergeItems } = await import('../../src-main/store/partitions');
    const base = planWith({ type: 'item.create', id: 'a', title: 'x' }).items[0]!;
    // 10:30+02:00 is 08:30Z: older than 09:00Z, though its string sorts after it.
    const older = { ...base, title: 'äldre', updatedAt: '2026-11-24T10:30:00.000+02:00' };
    const newer = { ...base, title: 'nyare', updatedAt: '2026-11-24T09:00:00.000Z' };
    expect(mergeItems([[older], [newer]])[0]?.title).toBe('nyare');
    expect(mergeItems([[newer], [older]])[0]?.title).toBe('nyare');
  });
});

describe('a tampered backup manifest', () => {
  it.each([
    ['a path out of the data folder', ['../../evil.json']],
    ['a file that is no partition', ['passwd']],
    ['a partition name with a path', ['sub/backlog.json']],
  ])('naming %s is not trusted, listed or restored', (_name, files) => {
    const dir = tempDataDir();
    const services = openServices(dir);
    services.plan.apply({ type: 'item.create', id: 'a', title: 'A' });
    services.store.close();
    const [backup] = openServices(dir).store.listBackups();
    const manifest = join(dir, 'backups', backup!.id, 'manifest.json');
    writeFileSync(manifest, JSON.stringify({ ...JSON.parse(readFileSync(manifest, 'utf8')), files }));
    const reopened = openServices(dir);
    expect(reopened.store.listBackups().map((b) => b.id)).not.toContain(backup!.id);
    expect(() => reopened.plan.restoreBackup(backup!.id)).toThrow(/finns inte/);
  });
});
