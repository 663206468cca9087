// Makes a real folder read-only and writable again, the way it fails in the field. As root
// (CI), chmod changes nothing, so the folder is a small tmpfs remounted read-only; as another
// user, chmod does it. Null where neither is possible: the test then says it was skipped.
import { spawnSync } from 'node:child_process';
import { chmodSync } from 'node:fs';

export interface ReadOnlySwitch {
  makeReadOnly: () => void;
  makeWritable: () => void;
  cleanup: () => void;
}

export function readOnlySwitch(dir: string): ReadOnlySwitch | null {
  if (process.getuid?.() !== 0) {
    return {
      makeReadOnly: () => chmodSync(dir, 0o555),
      makeWritable: () => chmodSync(dir, 0o755),
      cleanup: () => chmodSync(dir, 0o755),
    };
  }
  if (spawnSync('mount', ['-t', 'tmpfs', '-o', 'size=32m', 'tmpfs', dir]).status !== 0) return null;
  const remount = (mode: 'ro' | 'rw') => {
    const result = spawnSync('mount', ['-o', `remount,${mode}`, dir], { encoding: 'utf8' });
    if (result.status !== 0) throw new Error(`mount -o remount,${mode} ${dir}: ${result.stderr}`);
  };
  return {
    makeReadOnly: () => remount('ro'),
    makeWritable: () => remount('rw'),
    cleanup: () => void spawnSync('umount', ['-l', dir]),
  };
}
