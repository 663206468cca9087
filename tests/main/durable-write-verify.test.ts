// A disk that says it wrote what it did not: write(2) returns the full count, but the bytes that
// land are fewer or other ones (a full disk the driver hides, a flaky stick). Only reading the
// written file back notices; DESIGN §6: "a write is not done until it is verified". Told through
// the store's public face alone (apply, flush, save state, the files, the next start), so it
// holds for any write path, the journal's included.
import * as fs from 'node:fs';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { WriteFs } from '../../src-main/store/durable-write';
import type { PlanCommand } from '../../src-shared/plan/commands';
import { openServices, tempDataDir } from '../support/store';

type Lie = 'drops the tail' | 'changes a byte' | null;

/** The real file system, whose writes can lie: each reports every byte written. */
function lyingFs(): { fs: WriteFs; lie: (next: Lie) => void } {
  let lie: Lie = null;
  const writeSync = ((fd: number, buffer: Uint8Array, offset?: number, length?: number) => {
    const start = offset ?? 0;
    const wanted = length ?? buffer.length - start;
    if (lie === null) return fs.writeSync(fd, buffer, start, wanted);
    const landed = Buffer.from(buffer.subarray(start, start + wanted));
    const middle = Math.floor(landed.length / 2);
    if (lie === 'changes a byte') landed[middle] = (landed[middle] ?? 0) ^ 0x20;
    fs.writeSync(fd, landed, 0, lie === 'drops the tail' ? middle : landed.length);
    return wanted;
  }) as typeof fs.writeSync;
  return { fs: { ...fs, writeSync }, lie: (next) => (lie = next) };
}

/** The data folder's own files (not the backups) with their bytes: what a failed write must leave. */
function folderFiles(dir: string): Record<string, string> {
  const files: Record<string, string> = {};
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.isFile()) files[entry.name] = readFileSync(join(dir, entry.name), 'base64');
  }
  return files;
}

const CHANGES: Array<{ name: string; command: PlanCommand; file: string }> = [
  {
    name: 'a file written before',
    command: { type: 'item.update', id: 'a', patch: { title: 'Ändrad '.repeat(100) } },
    file: 'backlog.json',
  },
  {
    name: 'a file written the first time',
    command: { type: 'item.create', id: 'b', title: 'Ny', date: '2027-03-01' },
    file: 'items-2027.json',
  },
];

describe('a write the disk lies about', () => {
  it.each(CHANGES.flatMap((change) => (['drops the tail', 'changes a byte'] as const).map((lie) => ({ ...change, lie }))))(
    '$lie, $name: fails, leaves the folder as it was, keeps the change, and saves it once the disk is well',
    ({ command, file, lie }) => {
      const dir = tempDataDir();
      const disk = lyingFs();
      const services = openServices(dir, { fs: disk.fs, flushDelayMs: 60_000 });
      services.plan.apply({ type: 'item.create', id: 'a', title: 'Sparad' });
      expect(services.store.flush()).toEqual({ status: 'saved' });
      const before = folderFiles(dir);

      disk.lie(lie);
      services.plan.apply(command);
      expect(services.store.flush()).toMatchObject({ status: 'failing' });
      expect(folderFiles(dir)).toEqual(before);
      const changed = services.plan.current().plan;

      // A start now (as after a crash) finds the last saved plan, and nothing damaged to recover.
      const restarted = openServices(dir, { flushDelayMs: 60_000 }).plan.current();
      expect(restarted.notices).toEqual([]);
      expect(restarted.plan.items.map((item) => [item.id, item.title])).toEqual([['a', 'Sparad']]);

      disk.lie(null);
      expect(services.store.flush()).toEqual({ status: 'saved' });
      const saved = JSON.parse(readFileSync(join(dir, file), 'utf8')) as { items: unknown[] };
      expect(saved.items).toEqual(changed.items.filter((item) => item.id === (command as { id: string }).id));
    },
  );
});
