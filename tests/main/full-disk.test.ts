// The failure from the field, on a real disk: a 64 KB tmpfs that fills up while the plan grows.
// Needs root and mount(8) (CI has both); elsewhere the test says it was skipped.
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openServices, tempDataDir } from '../support/store';

const mounted: string[] = [];

function smallDisk(): string | null {
  if (process.getuid?.() !== 0) return null;
  const dir = tempDataDir();
  const result = spawnSync('mount', ['-t', 'tmpfs', '-o', 'size=64k', 'tmpfs', dir]);
  if (result.status !== 0) return null;
  mounted.push(dir);
  return dir;
}

afterAll(() => {
  for (const dir of mounted) spawnSync('umount', [dir]);
});

const disk = smallDisk();

describe('a disk that fills up', () => {
  it.skipIf(disk === null)('never truncates a file, says so, and the next start has every saved item', () => {
    const dir = disk as string;
    const services = openServices(dir);
    let saved: string[] = [];
    let failing = false;
    for (let i = 0; i < 200 && !failing; i += 1) {
      services.plan.apply({ type: 'item.create', id: `p${i}`, title: `Inlägg ${i} ${'text '.repeat(90)}` });
      const state = services.store.flush();
      if (state.status === 'saved') saved = services.plan.current().plan.items.map((item) => item.id);
      failing = state.status === 'failing';
      if (state.status === 'failing') expect(state.problem).toMatch(/disk-full|short-write/);
    }
    expect(failing, 'the 64 KB disk never filled').toBe(true);
    for (const file of readdirSync(dir).filter((name) => name.endsWith('.json'))) {
      expect(() => JSON.parse(readFileSync(join(dir, file), 'utf8')), file).not.toThrow();
    }
    const reopened = openServices(dir).plan.current();
    expect(reopened.notices.filter((notice) => notice.kind !== 'backup-failed')).toEqual([]);
    expect(reopened.plan.items.map((item) => item.id).sort()).toEqual([...saved].sort());
  });
});
