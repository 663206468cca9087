// The files written where exports go besides the package: the whole-plan file and its emergency
// copy are named on the user's clock, and they and the board's papers are shared files (0644)
// like the package, not private ones like the data folder's (issue 17, item 10).
import { statSync } from 'node:fs';
import { basename } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { saveExport } from '../../src-main/services/board-files';
import { fixedExportFolder } from '../../src-main/services/export-folder';
import { savePlanCopy, writePlanFile } from '../../src-main/services/plan-copy';
import { examplePlan } from '../support/plan-files';
import { tempDataDir } from '../support/store';

// 12:40:15 in Stockholm in winter is 11:40:15 UTC: the name must say 12-40-15.
const NOON = new Date('2026-12-02T11:40:15Z');
const SHARED = 0o644 & ~process.umask();

// Node reads TZ when it is set: the stamp is local, whatever the machine's zone. The worker's
// later test files get the machine's zone back.
const machineZone = process.env.TZ;
beforeAll(() => {
  process.env.TZ = 'Europe/Stockholm';
});
afterAll(() => {
  if (machineZone === undefined) delete process.env.TZ;
  else process.env.TZ = machineZone;
});

describe('files written where exports go', () => {
  it('names the plan file and its copy by the local time', () => {
    const folder = tempDataDir();
    expect(basename(writePlanFile(examplePlan(), folder, NOON))).toBe('Kanalplan-plan-2026-12-02-12-40-15.json');
    expect(basename(savePlanCopy(examplePlan(), folder, NOON))).toBe('Kanalplan-kopia-2026-12-02-12-40-15.json');
  });

  it('writes the plan file, its copy and the board HTML readable by others, like the package', async () => {
    const folder = tempDataDir();
    const saved = await saveExport(fixedExportFolder(folder), 'Styrelsevy v49', 'html', new TextEncoder().encode('<p></p>'));
    const paths = [writePlanFile(examplePlan(), folder, NOON), savePlanCopy(examplePlan(), folder, NOON), saved!.path];
    for (const path of paths) expect(statSync(path).mode & 0o777, basename(path)).toBe(SHARED);
  });
});
