// Reading partition files without touching more fresh memory than needed. A start at 10,000
// items mostly pays for memory it touches for the first time (page faults: on a virtual
// machine about 200 ms per 44 MB), so the bytes of each file go into one buffer reused from
// file to file, and a backup verifies its copies in small chunks instead of whole (issue #11).
import { closeSync, fstatSync, openSync, readSync, statSync, type BigIntStats } from 'node:fs';

/**
 * What tells a file's bytes apart without holding them: a replace changes the inode, a write the
 * size or ctime (all but a write within the same clock tick as the file's last change).
 */
export interface FileStamp {
  dev: bigint;
  ino: bigint;
  size: bigint;
  mtimeNs: bigint;
  ctimeNs: bigint;
}

function stampOf(stats: BigIntStats): FileStamp {
  return { dev: stats.dev, ino: stats.ino, size: stats.size, mtimeNs: stats.mtimeNs, ctimeNs: stats.ctimeNs };
}

export function stampOfPath(path: string): FileStamp {
  return stampOf(statSync(path, { bigint: true }));
}

export function sameStamp(a: FileStamp, b: FileStamp): boolean {
  return a.dev === b.dev && a.ino === b.ino && a.size === b.size && a.mtimeNs === b.mtimeNs && a.ctimeNs === b.ctimeNs;
}

/** Reads whole files into one buffer that grows as needed and is reused. */
export class FileReader {
  private buffer = Buffer.alloc(0);

  /** The last read's bytes are the caller's to keep: the next read goes into a new buffer. */
  handOver(): void {
    this.buffer = Buffer.alloc(0);
  }

  /** The file's bytes, valid only until the next read, and its stamp. Throws as readFileSync does. */
  read(path: string): { bytes: Buffer; stamp: FileStamp } {
    const fd = openSync(path, 'r');
    try {
      const stats = fstatSync(fd, { bigint: true });
      const size = Number(stats.size);
      if (this.buffer.length < size) this.buffer = Buffer.allocUnsafeSlow(Math.max(size, this.buffer.length * 2));
      const length = readAt(fd, this.buffer, size, 0);
      return { bytes: this.buffer.subarray(0, length), stamp: stampOf(stats) };
    } finally {
      closeSync(fd);
    }
  }
}

const CHUNK = 1024 * 1024;

/** Whether two files hold the same bytes, compared a chunk at a time; throws if either cannot be read. */
export function sameBytes(a: string, b: string): boolean {
  const fdA = openSync(a, 'r');
  try {
    const fdB = openSync(b, 'r');
    try {
      const chunkA = Buffer.allocUnsafeSlow(CHUNK);
      const chunkB = Buffer.allocUnsafeSlow(CHUNK);
      for (let position = 0; ; position += CHUNK) {
        const countA = readAt(fdA, chunkA, CHUNK, position);
        const countB = readAt(fdB, chunkB, CHUNK, position);
        if (countA !== countB || !chunkA.subarray(0, countA).equals(chunkB.subarray(0, countB))) return false;
        if (countA < CHUNK) return true;
      }
    } finally {
      closeSync(fdB);
    }
  } finally {
    closeSync(fdA);
  }
}

/** Reads `length` bytes from `position` into the start of `buffer`, fewer if the file ends first; returns how many. */
function readAt(fd: number, buffer: Buffer, length: number, position: number): number {
  let filled = 0;
  while (filled < length) {
    const count = readSync(fd, buffer, filled, length - filled, position + filled);
    if (count === 0) break;
    filled += count;
  }
  return filled;
}
