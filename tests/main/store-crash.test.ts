// (a) A child writes in a loop and is killed with SIGKILL at random moments: every partition file
// always parses and equals one committed version, and no committed write is lost.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { applyCommand } from '../../src-shared/plan/commands';
import { emptyPlan } from '../../src-shared/plan/empty-plan';
import { partitionDoc } from '../../src-main/store/partitions';
import { crashTestCommands, CRASH_CLOCK } from '../fixtures/crash-versions';
import { buildWriter, runAndKill } from '../support/crash';
import { tempDataDir } from '../support/store';

const KILLS = 80;
const LANES = 4; // children running side by side, each in its own data folder

beforeAll(buildWriter, 60_000);

/** What the files hold once `version` is committed. */
function committed(version: number) {
  let plan = emptyPlan();
  const existing = new Set<string>();
  for (const command of crashTestCommands(version, existing)) plan = applyCommand(plan, command, CRASH_CLOCK);
  return { backlog: partitionDoc(plan, 'backlog'), 'items-2026': partitionDoc(plan, 'items-2026') };
}

describe('the store under SIGKILL', () => {
  it(`always leaves files that parse and equal a committed version (${KILLS} kills)`, async () => {
    await Promise.all(Array.from({ length: LANES }, () => killRepeatedly(tempDataDir(), KILLS / LANES)));
  }, 240_000);
});

async function killRepeatedly(dataDir: string, kills: number): Promise<void> {
  for (let kill = 0; kill < kills; kill += 1) {
    const { lastCommitted, stderr, code } = await runAndKill(dataDir);
    // The writer exits 3 if it found a file it could not read at start: that is a failure.
    expect(code, stderr).toBeNull();
    expect(lastCommitted).toBeGreaterThan(0);
    for (const partition of ['backlog', 'items-2026'] as const) {
      const stored = JSON.parse(readFileSync(join(dataDir, `${partition}.json`), 'utf8'));
      const version = Number(/^v(\d+)$/.exec(stored.items[0]?.title ?? '')?.[1]);
      expect([lastCommitted, lastCommitted + 1], `${partition} after kill ${kill}`).toContain(version);
      expect(stored).toEqual(committed(version)[partition]);
    }
  }
}
