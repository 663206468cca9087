// (c) A start killed with SIGKILL at random moments: loading, recovering a damaged file from a
// backup, and taking the start backup. The next start must have every item.
import { cpSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildWriter, runAndKill } from '../support/crash';
import { openServices, tempDataDir } from '../support/store';

beforeAll(buildWriter, 60_000);

describe('start-up under SIGKILL: load, recovery of a damaged file, and the start backup', () => {
  it('loses nothing, whenever the start is killed', async () => {
    const template = tempDataDir();
    const first = openServices(template);
    const put = Array.from({ length: 1500 }, (_, i) => ({
      type: 'item.create' as const,
      id: `s${i}`,
      title: `Inlägg ${i} ${'text '.repeat(40)}`,
      date: i % 3 === 0 ? null : `${2026 + (i % 2)}-0${1 + (i % 9)}-1${i % 10}`,
    }));
    for (const command of put) first.plan.apply(command);
    first.store.close();
    openServices(template).store.close(); // a start: a backup holding every item
    const reopened = openServices(template);
    const expected = reopened.plan
      .current()
      .plan.items.map((item) => item.id)
      .sort();
    reopened.store.close(); // its start backup done, not running beside the child's start below
    const started = Date.now();
    await runAndKill(template, 'start', 60_000, true); // one whole start, to size the kill window
    const window = Math.max(50, Date.now() - started);

    for (let kill = 0; kill < 20; kill += 1) {
      const dataDir = tempDataDir();
      cpSync(template, dataDir, { recursive: true });
      writeFileSync(join(dataDir, 'items-2026.json'), '{"schemaVersion":1,"items":[{"id":'); // damaged
      await runAndKill(dataDir, 'start', window, true);
      const { plan, notices } = openServices(dataDir).plan.current();
      expect(plan.items.map((item) => item.id).sort(), `after kill ${kill}`).toEqual(expected);
      expect(
        notices.filter((notice) => notice.kind === 'no-backup-found'),
        `after kill ${kill}`,
      ).toEqual([]);
    }
  }, 240_000);
});
