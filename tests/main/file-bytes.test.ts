// Partition files are read into one reused buffer, and backup copies compared a chunk at a time.
import { renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FileReader, sameBytes, sameStamp, stampOfPath } from '../../src-main/store/file-bytes';
import { tempDataDir } from '../support/store';

const MB = 1024 * 1024;

function file(dir: string, name: string, bytes: Buffer): string {
  const path = join(dir, name);
  writeFileSync(path, bytes);
  return path;
}

describe('reading files into one reused buffer', () => {
  it('gives each file its own bytes exactly, smaller after larger and larger after smaller', () => {
    const dir = tempDataDir();
    const reader = new FileReader();
    const sizes = [10, 3 * MB + 7, 5, 0, 7 * MB + 1];
    const files = sizes.map((size, n) => file(dir, `f${n}`, Buffer.alloc(size, 97 + n)));
    files.forEach((path, n) => {
      const { bytes, stamp } = reader.read(path);
      expect(bytes.equals(Buffer.alloc(sizes[n]!, 97 + n)), `file ${n}`).toBe(true);
      expect(sameStamp(stamp, stampOfPath(path))).toBe(true);
    });
  });

  it('throws for a file that cannot be read, as readFileSync does', () => {
    expect(() => new FileReader().read(join(tempDataDir(), 'saknas'))).toThrow(/ENOENT/);
  });
});

describe('comparing two files a chunk at a time', () => {
  it('finds a difference in the last byte past the first chunk, and a difference in length', () => {
    const dir = tempDataDir();
    const bytes = Buffer.alloc(2 * MB + 3, 120);
    const a = file(dir, 'a', bytes);
    expect(sameBytes(a, file(dir, 'b', Buffer.from(bytes)))).toBe(true);
    const changed = Buffer.from(bytes);
    changed[changed.length - 1] = 121;
    expect(sameBytes(a, file(dir, 'c', changed))).toBe(false);
    expect(sameBytes(a, file(dir, 'd', bytes.subarray(0, MB)))).toBe(false);
    expect(sameBytes(file(dir, 'e', Buffer.alloc(MB, 1)), file(dir, 'f', Buffer.alloc(MB + 1, 1)))).toBe(false);
  });

  it('tells a file replaced by a rename at the same size, and one rewritten in place to another size', () => {
    const dir = tempDataDir();
    const path = file(dir, 'a', Buffer.from('{"x":1}'));
    const before = stampOfPath(path);
    renameSync(file(dir, 'b', Buffer.from('{"x":2}')), path);
    expect(sameStamp(before, stampOfPath(path))).toBe(false);
    const replaced = stampOfPath(path);
    writeFileSync(path, Buffer.from('{"x":22}'));
    expect(sameStamp(replaced, stampOfPath(path))).toBe(false);
    expect(sameStamp(stampOfPath(path), stampOfPath(path))).toBe(true);
  });
});
