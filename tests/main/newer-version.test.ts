// A file from a newer Kanalplan is not damage: it is told apart, left byte for byte as it is,
// and never overwritten, while the rest of the plan works on.
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openServices, tempDataDir } from '../support/store';

function folderWithNewerBacklog() {
  const dir = tempDataDir();
  const first = openServices(dir);
  first.plan.apply({ type: 'item.create', id: 'a', title: 'Från säkerhetskopian' });
  first.plan.apply({ type: 'item.create', id: 'b', title: 'Daterad', date: '2026-12-01' });
  first.store.close();
  openServices(dir).store.close(); // a start backup holding both
  const newer = JSON.stringify({ schemaVersion: 99, items: [{ id: 'future', shape: 'unknown here' }] });
  writeFileSync(join(dir, 'backlog.json'), newer);
  return { dir, newer };
}

describe('a file from a newer version of the app', () => {
  it('is reported as such, kept byte-identical, and its content comes from the newest backup', () => {
    const { dir, newer } = folderWithNewerBacklog();
    const services = openServices(dir);
    const { plan, notices } = services.plan.current();
    expect(notices).toEqual([expect.objectContaining({ kind: 'newer-version', file: 'backlog.json', keptAs: 'backlog.json' })]);
    expect(notices[0]?.backupCreatedAt).not.toBeNull();
    expect(plan.items.map((item) => item.id).sort()).toEqual(['a', 'b']);
    expect(readdirSync(dir).some((file) => file.includes('.corrupt-'))).toBe(false);

    // Other partitions save as usual; the newer file is never written, even on quit.
    services.plan.apply({ type: 'item.update', id: 'b', patch: { title: 'Ändrad' } });
    expect(services.store.flush().status).toBe('saved');
    services.plan.apply({ type: 'item.update', id: 'a', patch: { title: 'Ändrad i backlog' } });
    expect(services.store.flush()).toMatchObject({ status: 'failing', problem: 'newer-version', file: 'backlog.json' });
    services.store.close();
    expect(readFileSync(join(dir, 'backlog.json'), 'utf8')).toBe(newer);
  });

  it('refuses a restore, which would overwrite the file, and still takes backups of the rest', () => {
    const { dir, newer } = folderWithNewerBacklog();
    const services = openServices(dir);
    const [backup] = services.store.listBackups();
    expect(backup?.files).not.toContain('backlog.json');
    expect(() => services.plan.restoreBackup(backup!.id)).toThrow(/nyare version.*ingenting återställdes/);
    expect(readFileSync(join(dir, 'backlog.json'), 'utf8')).toBe(newer);
  });
});
