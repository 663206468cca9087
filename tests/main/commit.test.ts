// One step across several files (commit.ts): a journal left after the commit point is finished at
// the next start and told; one that does not read as a journal is dropped without harm; a rename
// that fails after the commit point is finished by the retries, never leaving a mix.
import * as nodeFs from 'node:fs';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { WriteFs } from '../../src-main/store/durable-write';
import { interruptedFlush } from '../support/interrupted';
import { openServices, tempDataDir } from '../support/store';
import { planWith } from '../support/plans';

const SEED = [
  { type: 'item.create', id: 'a', title: 'A' },
  { type: 'item.create', id: 'b', title: 'B', date: '2026-03-01' },
] as const;
const CROSS = [
  { type: 'item.schedule', id: 'a', date: '2026-05-01' },
  { type: 'item.unschedule', id: 'b' },
] as const;

/** A folder holding A in the backlog and B in 2026, saved and closed. */
function seededFolder(): string {
  const dir = tempDataDir();
  const services = openServices(dir);
  for (const command of SEED) services.plan.apply(command);
  services.store.close();
  return dir;
}

const where = (dir: string) =>
  Object.fromEntries(openServices(dir).plan.current().plan.items.map((item) => [item.id, item.date?.slice(0, 4) ?? 'backlog']));

describe('a step interrupted after its commit point', () => {
  it('is finished at the next start, which says so, and leaves no journal or temp file', () => {
    const clock = () => new Date('2026-11-24T09:30:00.000Z');
    const dir = interruptedFlush([...SEED], [...CROSS], clock);
    expect(existsSync(join(dir, 'journal.json'))).toBe(true);
    const { plan, notices } = openServices(dir).plan.current();
    expect(Object.fromEntries(plan.items.map((item) => [item.id, item.date]))).toEqual({ a: '2026-05-01', b: null });
    expect(notices).toMatchObject([{ kind: 'journal-replayed', reason: 'flush', stepStartedAt: '2026-11-24T09:30:00.000Z' }]);
    expect(readdirSync(dir).filter((name) => name.includes('.tmp-') || name === 'journal.json')).toEqual([]);
    expect(openServices(dir).plan.current().notices, 'told once').toEqual([]);
  });

  it.each([
    ['not JSON', '{"format":"kanalplan-jour'],
    ['a file outside the data folder', JSON.stringify({ format: 'kanalplan-journal', op: 'flush', createdAt: '', renames: [{ from: '../x.json.tmp-1', to: '../x.json' }], removes: [] })],
    ['a removal of a file that is no partition', JSON.stringify({ format: 'kanalplan-journal', op: 'flush', createdAt: '', renames: [], removes: ['notices.json'] })],
  ])('that does not read as a journal (%s) is dropped, and nothing else is touched', (_name, text) => {
    const dir = seededFolder();
    writeFileSync(join(dir, 'notices.json'), '[]');
    writeFileSync(join(dir, 'journal.json'), text);
    const partitions = () => ['backlog.json', 'items-2026.json', 'settings.json', 'notices.json'].map((file) => readFileSync(join(dir, file), 'utf8'));
    const before = partitions();
    expect(where(dir)).toEqual({ a: 'backlog', b: '2026' });
    expect(existsSync(join(dir, 'journal.json'))).toBe(false);
    expect(partitions()).toEqual(before);
  });
});

/** The real file system, but renaming into `file` fails with EACCES while `failing` says so. */
function renameFails(file: string): { fs: WriteFs; heal: () => void } {
  let failing = true;
  const fs: WriteFs = {
    ...nodeFs,
    renameSync: (from, to) => {
      if (failing && String(to).endsWith(`/${file}`)) throw Object.assign(new Error('EACCES: simulated'), { code: 'EACCES', path: String(to) });
      nodeFs.renameSync(from, to);
    },
  };
  return { fs, heal: () => (failing = false) };
}

describe('a rename that fails after the commit point', () => {
  it('of a flush: the step stands in memory, is reported, and the retry finishes it whole', () => {
    const dir = seededFolder();
    const { fs, heal } = renameFails('backlog.json');
    const services = openServices(dir, { fs, retryDelayMs: 60_000 });
    for (const command of CROSS) services.plan.apply(command);
    expect(services.store.flush()).toMatchObject({ status: 'failing', problem: 'no-permission', file: 'backlog.json' });
    heal();
    expect(services.store.flush()).toEqual({ status: 'saved' });
    expect(where(dir)).toEqual({ a: '2026', b: 'backlog' });
    expect(existsSync(join(dir, 'journal.json'))).toBe(false);
  });

  it('of an import: the imported plan stands, and is wholly on disk once the retry finishes it', () => {
    const dir = seededFolder();
    const { fs, heal } = renameFails('items-2027.json');
    const services = openServices(dir, { fs, retryDelayMs: 60_000 });
    const imported = planWith({ type: 'item.create', id: 'x', title: 'X', date: '2027-01-01' });
    const { plan } = services.plan.replacePlan({ ...imported, settings: { ...imported.settings, organisationName: 'Ny' } });
    expect(plan.items.map((item) => item.id)).toEqual(['x']);
    expect(services.store.saveState()).toMatchObject({ status: 'failing', file: 'items-2027.json' });
    heal();
    expect(services.store.flush()).toEqual({ status: 'saved' });
    const reopened = openServices(dir).plan.current().plan;
    expect(reopened.settings.organisationName).toBe('Ny');
    expect(reopened.items.map((item) => item.id)).toEqual(['x']);
  });
});
