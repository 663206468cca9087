// The real file system, except that opening a file to write fails with an errno code while one is
// set: for every file, or only for the files `which` picks by name (one partition's, say). Apart
// from faulty-fs.ts, which the store's older tests share and which fails every file alike.
import * as fs from 'node:fs';
import { basename } from 'node:path';
import type { WriteFs } from '../../src-main/store/durable-write';

export function refusingFs(): { fs: WriteFs; refuse: (code: string | null, which?: (name: string) => boolean) => void } {
  let code: string | null = null;
  let picks: (name: string) => boolean = () => true;
  const openSync = ((path: fs.PathLike, flags?: fs.OpenMode, mode?: fs.Mode) => {
    if (code !== null && flags !== 'r' && picks(basename(String(path)))) {
      throw Object.assign(new Error(`${code}: simulated`), { code });
    }
    return fs.openSync(path, flags ?? 'r', mode);
  }) as typeof fs.openSync;
  return {
    fs: { ...fs, openSync },
    refuse: (next, which = () => true) => {
      code = next;
      picks = which;
    },
  };
}
