import { describe, expect, it } from 'vitest';
import { backupsToKeep } from '../../src-main/store/backups';
import type { BackupInfo } from '../../src-shared/ipc/store-types';

const at = (createdAt: string): BackupInfo => ({ id: createdAt, createdAt, files: [], itemCount: 0, sizeBytes: 0 });

describe('backup retention', () => {
  const now = new Date(2026, 10, 24, 15, 0); // local time, as the user sees days
  const local = (day: number, hour: number) => new Date(2026, 10, day, hour).toISOString();

  it('keeps the newest three of today and the newest one of each of the fourteen days before', () => {
    const backups = [
      ...[8, 9, 10, 11, 12].map((hour) => at(local(24, hour))),
      at(local(23, 9)),
      at(local(23, 17)),
      at(local(11, 12)),
      at(local(9, 12)),
      at(local(1, 12)),
    ];
    const keep = backupsToKeep(backups, now);
    expect([...keep].sort()).toEqual([local(24, 10), local(24, 11), local(24, 12), local(23, 17), local(11, 12)].sort());
  });

  it('keeps every backup dated after now (a clock that was wrong, or is), without counting it among those of today', () => {
    const tomorrow = local(25, 9);
    const nextYear = new Date(2027, 10, 24, 9).toISOString();
    const laterToday = local(24, 18);
    const backups = [at(tomorrow), at(nextYear), at(laterToday), ...[8, 9, 10, 11].map((hour) => at(local(24, hour)))];
    const keep = backupsToKeep(backups, now);
    expect([...keep].sort()).toEqual([tomorrow, nextYear, laterToday, local(24, 9), local(24, 10), local(24, 11)].sort());
  });

  it('keeps the newest snapshot taken before a restore or an import, however old, so the last one can be undone', () => {
    const beforeImport = { ...at(local(2, 9)), reason: 'before-import' as const };
    const olderBeforeRestore = { ...at(local(1, 9)), reason: 'before-restore' as const };
    const backups = [beforeImport, olderBeforeRestore, ...[8, 9, 10].map((hour) => at(local(24, hour)))];
    const keep = backupsToKeep(backups, now);
    expect([...keep].sort()).toEqual([local(2, 9), local(24, 8), local(24, 9), local(24, 10)].sort());
  });

  it('keeps everything when there is little', () => {
    const backups = [at(local(24, 8)), at(local(20, 8))];
    expect(backupsToKeep(backups, now).size).toBe(2);
  });
});
