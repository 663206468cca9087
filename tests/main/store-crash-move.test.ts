// (b) An item moved back and forth between the backlog and items-2026 by a child whose clock never
// advances (both copies carry the same updatedAt), killed with SIGKILL mid-move.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildWriter, runAndKill } from '../support/crash';
import { openServices, tempDataDir } from '../support/store';

beforeAll(buildWriter, 60_000);

describe('an item moving between partitions under SIGKILL, with equal clocks', () => {
  it('is found exactly once after every kill, as a committed version, in the right partition', async () => {
    const dataDir = tempDataDir();
    for (let kill = 0; kill < 30; kill += 1) {
      const { lastCommitted, stderr, code } = await runAndKill(dataDir, 'move', 15);
      expect(code, stderr).toBeNull();
      expect(lastCommitted).toBeGreaterThan(0);
      const next = openServices(dataDir); // the next start, as the app would make it
      const movers = next.plan.current().plan.items.filter((item) => item.id === 'mover');
      expect(movers, `after kill ${kill}`).toHaveLength(1);
      const version = Number(/^v(\d+)$/.exec(movers[0]!.title)?.[1]);
      expect([lastCommitted, lastCommitted + 1], `after kill ${kill}`).toContain(version);
      expect(movers[0]!.date).toBe(version % 2 === 1 ? '2026-06-01' : null);
      next.store.close();
      const inFiles = ['backlog', 'items-2026'].filter((partition) =>
        JSON.parse(readFileSync(join(dataDir, `${partition}.json`), 'utf8')).items.some(
          (item: { id: string }) => item.id === 'mover',
        ),
      );
      expect(inFiles, `after kill ${kill}`).toHaveLength(1);
    }
  }, 240_000);
});
