// An import or a restore on a nearly full disk (issue 16 item 3): the first new file fits, the
// next does not, and nothing fits after it, so a rollback would fail too. The folder must keep
// the old plan exactly (never the imported settings with the old posts), and the message says
// what happened in plain words, not the system's "internal: …ENOSPC…".
import * as nodeFs from 'node:fs';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { toAppError } from '../../src-shared/ipc/errors';
import { say } from '../../src-shared/i18n/messages';
import type { WriteFs } from '../../src-main/store/durable-write';
import { planWith } from '../support/plans';
import { openServices, tempDataDir } from '../support/store';

/** Files in the data folder (not its backups) take `fits` more new files, then none: ENOSPC. */
function nearlyFull(dir: string): { fs: WriteFs; fill: (fits: number) => void } {
  let left = Number.POSITIVE_INFINITY;
  const fs: WriteFs = {
    ...nodeFs,
    openSync: ((path: string, ...rest: [string, number]) => {
      if (String(path).startsWith(join(dir, '')) && !String(path).startsWith(join(dir, 'backups')) && rest[0] === 'wx') {
        if (left <= 0) throw Object.assign(new Error('ENOSPC: simulated'), { code: 'ENOSPC' });
        left -= 1;
      }
      return nodeFs.openSync(path, ...rest);
    }) as typeof nodeFs.openSync,
  };
  return { fs, fill: (fits) => (left = fits) };
}

const partitions = (dir: string) =>
  ['settings.json', 'backlog.json', 'items-2026.json'].map((file) => readFileSync(join(dir, file), 'utf8'));

function folderWithPlan() {
  const dir = tempDataDir();
  const disk = nearlyFull(dir);
  const services = openServices(dir, { fs: disk.fs, retryDelayMs: 60_000 });
  services.plan.apply({ type: 'item.create', id: 'gammal', title: 'Gammal', date: '2026-01-10' });
  services.plan.apply({ type: 'item.create', id: 'kvar', title: 'Kvar' });
  services.store.flush();
  const backup = services.store.backupByHand()!;
  services.plan.apply({ type: 'item.create', id: 'efter', title: 'Efter kopian', date: '2026-02-02' });
  services.store.flush();
  return { dir, disk, services, backup };
}

const imported = () => {
  const plan = planWith(
    { type: 'item.create', id: 'ny', title: 'Importerad', date: '2026-06-01' },
    { type: 'item.create', id: 'ny2', title: 'Importerad 2' },
  );
  return { ...plan, settings: { ...plan.settings, organisationName: 'Importerad organisation' } };
};

describe('on a nearly full disk, where a rollback would fail too', () => {
  it.each([
    ['an import', (s: ReturnType<typeof folderWithPlan>) => s.services.plan.replacePlan(imported()), /ingenting importerades/],
    ['a restore', (s: ReturnType<typeof folderWithPlan>) => s.services.plan.restoreBackup(s.backup.id), /ingenting återställdes/],
  ])('%s leaves the old plan whole and says so plainly', (_name, act, nothingDone) => {
    const setup = folderWithPlan();
    const before = partitions(setup.dir);
    const plan = setup.services.plan.current().plan;
    setup.disk.fill(1);
    let thrown: unknown;
    try {
      act(setup);
    } catch (error) {
      thrown = error;
    }
    const error = toAppError(thrown);
    expect(error.code).toBe('store-failed');
    const words = say('sv', error.message);
    expect(words).toMatch(/^Planen kunde inte skrivas: disken är full\. Planen är som den var, /);
    expect(words).toMatch(nothingDone);
    expect(words).not.toMatch(/ENOSPC|internal|\.json/);
    expect(partitions(setup.dir)).toEqual(before);
    expect(setup.services.plan.current().plan).toBe(plan);
    const reopened = openServices(setup.dir).plan.current().plan;
    expect(reopened.settings.organisationName).toBe(plan.settings.organisationName);
    expect(reopened.items.map((item) => item.id).sort()).toEqual(['efter', 'gammal', 'kvar']);
  });
});
