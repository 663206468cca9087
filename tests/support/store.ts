// A real store in a temporary folder, with conf as electron-store would use it, plus a log of
// which partition files were written, in order.
import { mkdtempSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { createServices } from '../../src-main/services/create-services';
import type { PlanStoreOptions } from '../../src-main/store/plan-store';
import type { ConfLike, OpenConf } from '../../src-main/store/conf-files';
import { openNodeConf } from '../../src-main/store/node-conf';

export function tempDataDir(): string {
  return mkdtempSync(join(tmpdir(), 'kanalplan-test-'));
}

export function loggingConf(writes: string[]): OpenConf {
  return (options) => {
    const conf = openNodeConf(options);
    return {
      get path() {
        return conf.path;
      },
      get store() {
        return conf.store;
      },
      set store(value: Record<string, unknown>) {
        writes.push(options.configName);
        conf.store = value;
      },
    } satisfies ConfLike;
  };
}

export function openServices(dataDir: string, options: PlanStoreOptions = {}, writes: string[] = []) {
  return createServices(dataDir, loggingConf(writes), { version: 'test', runtime: 'browser-harness' }, options);
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
