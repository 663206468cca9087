// A restore, or a backup taken by hand, must never rotate out a backup the user may go back to.
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { say } from '../../src-shared/i18n/messages';
import { DomainError } from '../../src-shared/ipc/errors';
import { openServices, snapshotFiles, tempDataDir } from '../support/store';

/** A clock the test moves by hand, so several snapshots fall on one day in a known order. */
function steppingClock(start: string) {
  let now = new Date(start).getTime();
  return { clock: () => new Date(now), step: (ms: number) => (now += ms) };
}

function openWithBackups(count: number) {
  const dir = tempDataDir();
  const time = steppingClock('2026-11-24T08:00:00.000Z');
  const services = openServices(dir, { clock: time.clock, backupIntervalMs: 0 });
  // Every flush takes an automatic snapshot (interval 0), and rotation keeps today's newest three.
  for (let n = 0; n < count; n += 1) {
    time.step(60_000);
    services.plan.apply({ type: 'item.create', id: `i${n}`, title: `Inlägg ${n}` });
    services.store.flush();
  }
  return { dir, time, services };
}

describe('backups around a restore', () => {
  it('keeps every backup that existed before a restore, whichever one is restored', () => {
    const { time, services } = openWithBackups(5);
    const before = services.store.listBackups();
    expect(before.length).toBeGreaterThanOrEqual(3);
    for (const chosen of [...before].reverse()) {
      time.step(60_000);
      services.plan.restoreBackup(chosen.id);
      const ids = new Set(services.store.listBackups().map((backup) => backup.id));
      for (const existing of before) expect(ids.has(existing.id), `${existing.id} after restoring ${chosen.id}`).toBe(true);
    }
  });

  it('offers the snapshot taken just before a restore as its undo, and that undo brings the plan back', () => {
    const { time, services } = openWithBackups(3);
    const oldest = services.store.listBackups().at(-1)!;
    const titlesBefore = services.plan
      .current()
      .plan.items.map((item) => item.title)
      .sort();
    time.step(60_000);
    const restored = services.plan.restoreBackup(oldest.id);
    expect(restored.plan.items.length).toBeLessThan(titlesBefore.length);
    expect(services.store.listBackups().find((backup) => backup.id === restored.undoId)?.reason).toBe('before-restore');
    time.step(60_000);
    const undone = services.plan.restoreBackup(restored.undoId!);
    expect(undone.plan.items.map((item) => item.title).sort()).toEqual(titlesBefore);
  });

  it('keeps the newest pre-restore snapshot through later automatic rotations', () => {
    const { time, services } = openWithBackups(3);
    time.step(60_000);
    const { undoId } = services.plan.restoreBackup(services.store.listBackups().at(-1)!.id);
    for (let n = 0; n < 6; n += 1) {
      time.step(60_000);
      services.plan.apply({ type: 'item.create', id: `later${n}`, title: 'Senare' });
      services.store.flush();
    }
    expect(services.store.listBackups().map((backup) => backup.id)).toContain(undoId);
  });

  it('takes a backup by hand without rotating any out, with its size and item count', () => {
    const { time, services } = openWithBackups(4);
    const before = services.store.listBackups().map((backup) => backup.id);
    time.step(60_000);
    services.plan.apply({ type: 'item.create', id: 'pending', title: 'Inte sparad än' });
    const made = services.store.backupByHand();
    expect(made).toMatchObject({ reason: 'manual', itemCount: 5 });
    expect(made!.sizeBytes).toBeGreaterThan(100);
    const after = services.store.listBackups().map((backup) => backup.id);
    expect(after).toEqual(expect.arrayContaining([...before, made!.id]));
  });

  it.each([
    ['cut short', (path: string) => writeFileSync(path, '{"schemaVersion":2,"items":[{"id":')],
    ['gone', (path: string) => rmSync(path)],
  ])('a backup whose copy is %s says it is the backup, leaves the plan alone and leaves the list', (_how, damage) => {
    const { dir, time, services } = openWithBackups(3);
    const chosen = services.store.listBackups().at(-1)!;
    damage(join(dir, 'backups', chosen.id, chosen.files[0]!));
    const plan = services.plan.current().plan;
    const before = snapshotFiles(dir);
    time.step(60_000);
    let told = '';
    try {
      services.plan.restoreBackup(chosen.id);
    } catch (error) {
      told = error instanceof DomainError ? say('sv', error.text) : String(error);
    }
    expect(told).toMatch(new RegExp(`^Säkerhetskopian från \\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d är skadad: filen ${chosen.files[0]} `));
    expect(told).toContain('borttagen ur listan. Planen är oförändrad');
    expect(services.plan.current().plan).toBe(plan);
    expect(services.store.listBackups().map((backup) => backup.id)).not.toContain(chosen.id);
    // Its files stay for a look; only its manifest is renamed, and nothing else changed.
    const after = snapshotFiles(dir);
    expect(after.has(join('backups', chosen.id, 'manifest.damaged.json'))).toBe(true);
    after.delete(join('backups', chosen.id, 'manifest.damaged.json'));
    before.delete(join('backups', chosen.id, 'manifest.json'));
    expect(after).toEqual(before);
  });
});
