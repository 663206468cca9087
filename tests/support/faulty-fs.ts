// A file system that fails the way disks fail in the field (STYLE habit 9): a short write with
// no error (a full disk, as atomically ignores), ENOSPC, or EACCES. Switchable at any moment.
import * as fs from 'node:fs';
import type { WriteFs } from '../../src-main/store/durable-write';

export type Fault = 'short-write' | 'ENOSPC' | 'EACCES' | null;

export function faultyFs(): { fs: WriteFs; fail: (fault: Fault) => void } {
  let fault: Fault = null;
  const errno = (code: string) => Object.assign(new Error(`${code}: simulated`), { code });
  const faulty: WriteFs = {
    ...fs,
    openSync: ((...args: Parameters<typeof fs.openSync>) => {
      if (fault === 'EACCES') throw errno('EACCES');
      return fs.openSync(...args);
    }),
    writeSync: ((fd: number, buffer: Uint8Array, offset?: number, length?: number) => {
      if (fault === 'ENOSPC') throw errno('ENOSPC');
      const start = offset ?? 0;
      const wanted = length ?? buffer.length - start;
      // Half of what was asked, and the count of it: what write(2) does on a nearly full disk.
      const count = fault === 'short-write' ? Math.floor(wanted / 2) : wanted;
      return fs.writeSync(fd, buffer, start, count);
    }) as typeof fs.writeSync,
  };
  return { fs: faulty, fail: (next) => (fault = next) };
}
