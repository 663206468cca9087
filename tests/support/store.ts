// A real store in a temporary folder, plus a log of which partition files were written, in order.
import * as fs from 'node:fs';
import { mkdtempSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join, relative } from 'node:path';
import { createServices } from '../../src-main/services/create-services';
import type { WriteFs } from '../../src-main/store/durable-write';
import type { PlanStoreOptions } from '../../src-main/store/plan-store';

export function tempDataDir(): string {
  return mkdtempSync(join(tmpdir(), 'kanalplan-test-'));
}

/** The real file system, noting each partition file renamed into place in the data folder. */
export function loggingFs(dataDir: string, writes: string[], base: WriteFs = fs): WriteFs {
  return {
    ...base,
    renameSync: (from, to) => {
      base.renameSync(from, to);
      if (dirname(String(to)) === dataDir && String(to).endsWith('.json')) writes.push(basename(String(to), '.json'));
    },
  };
}

export function openServices(dataDir: string, options: PlanStoreOptions = {}, writes: string[] = []) {
  const base = options.fs ?? fs;
  return createServices(dataDir, { version: 'test', runtime: 'browser-harness' }, { ...options, fs: loggingFs(dataDir, writes, base) });
}

/** Every file below a folder with its bytes, to prove that something did not change. */
export function snapshotFiles(dir: string): Map<string, string> {
  const files = new Map<string, string>();
  const walk = (folder: string): void => {
    for (const name of readdirSync(folder)) {
      const path = join(folder, name);
      if (statSync(path).isDirectory()) walk(path);
      else files.set(relative(dir, path), readFileSync(path, 'base64'));
    }
  };
  walk(dir);
  return files;
}
