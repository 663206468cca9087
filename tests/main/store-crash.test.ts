// The random-kill soak, kept short beside the kills at every named step (store-crash-steps): a
// child writes in a loop, two posts crossing between the backlog and 2026 at every version, and is
// killed with SIGKILL at random moments. Every file always parses, both files hold the same
// committed version (never one file's version with the other's), and no committed one is lost.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { applyCommand } from '../../src-shared/plan/commands';
import { emptyPlan } from '../../src-shared/plan/empty-plan';
import { partitionDoc } from '../../src-main/store/partitions';
import { crashTestCommands, CRASH_CLOCK } from '../fixtures/crash-versions';
import { buildChildren, runAndKill } from '../support/crash';
import { tempDataDir } from '../support/store';

const KILLS = 16;
const LANES = 2; // children running side by side, each in its own data folder

beforeAll(buildChildren, 60_000);

/** What the files hold once `version` is committed. */
function committed(version: number) {
  let plan = emptyPlan();
  for (const command of crashTestCommands(version, new Set())) plan = applyCommand(plan, command, CRASH_CLOCK);
  return { backlog: partitionDoc(plan, 'backlog'), 'items-2026': partitionDoc(plan, 'items-2026') };
}

describe('the store under SIGKILL at random moments', () => {
  it(`always leaves files that parse and together equal one committed version (${KILLS} kills)`, async () => {
    await Promise.all(Array.from({ length: LANES }, () => killRepeatedly(tempDataDir(), KILLS / LANES)));
  }, 240_000);
});

async function killRepeatedly(dataDir: string, kills: number): Promise<void> {
  for (let kill = 0; kill < kills; kill += 1) {
    const { lastCommitted, stderr, code } = await runAndKill(dataDir);
    // The writer exits 3 if it found a file it could not read at start: that is a failure.
    expect(code, stderr).toBeNull();
    expect(lastCommitted).toBeGreaterThan(0);
    const versions = (['backlog', 'items-2026'] as const).map((partition) => {
      const stored = JSON.parse(readFileSync(join(dataDir, `${partition}.json`), 'utf8'));
      const version = Number(/^v(\d+)$/.exec(stored.items[0]?.title ?? '')?.[1]);
      expect([lastCommitted, lastCommitted + 1], `${partition} after kill ${kill}`).toContain(version);
      expect(stored).toEqual(committed(version)[partition]);
      return version;
    });
    // A journal left by the kill is finished by the next start (the writer's own, below): until
    // then the files may still be one version apart, never afterwards.
    if (versions[0] !== versions[1]) expect(readFileSync(join(dataDir, 'journal.json'), 'utf8')).toContain('flush');
  }
}
