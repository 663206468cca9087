// The whole plan in one file, written somewhere other than the data folder: the way out when the
// data folder cannot be written (a full disk, a lost permission) and the user must not lose work.
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Plan } from '../../src-shared/model';
import { writeFileDurably } from '../store/durable-write';

/** Writes `plan` as `Kanalplan-kopia-<time>.json` in `folder` (never over a file) and returns its path. */
export function savePlanCopy(plan: Plan, folder: string, now: Date): string {
  mkdirSync(folder, { recursive: true }); // the harness's export folder may not exist yet
  const stamp = now.toISOString().slice(0, 19).replace(/[:T]/g, '-');
  let path = join(folder, `Kanalplan-kopia-${stamp}.json`);
  for (let n = 2; existsSync(path); n += 1) path = join(folder, `Kanalplan-kopia-${stamp}-${n}.json`);
  writeFileDurably(path, Buffer.from(JSON.stringify(plan, null, 1), 'utf8'));
  return path;
}
