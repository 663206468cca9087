// (a) A child writes in a loop and is killed with SIGKILL at random moments, 200 times: every
// partition file always parses and equals one committed version, and no committed write is lost.
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { build } from 'vite';
import { beforeAll, describe, expect, it } from 'vitest';
import { applyCommand } from '../../src-shared/commands';
import { emptyPlan } from '../../src-shared/plan';
import { partitionDoc } from '../../src-main/store/partitions';
import { crashTestCommands, CRASH_CLOCK } from '../fixtures/crash-versions';
import { tempDataDir } from '../support/store';

const KILLS = 200;
const LANES = 4; // children running side by side, each in its own data folder
const writer = resolve('out/test-fixtures/store-writer.mjs');

beforeAll(async () => {
  await build({
    configFile: false,
    logLevel: 'silent',
    build: {
      ssr: resolve('tests/fixtures/store-writer.ts'),
      outDir: 'out/test-fixtures',
      emptyOutDir: true,
      target: 'node20',
      rolldownOptions: { output: { format: 'esm', entryFileNames: 'store-writer.mjs' } },
    },
  });
}, 60_000);

/** What the files hold once `version` is committed. */
function committed(version: number) {
  let plan = emptyPlan();
  const existing = new Set<string>();
  for (const command of crashTestCommands(version, existing)) plan = applyCommand(plan, command, CRASH_CLOCK);
  return { backlog: partitionDoc(plan, 'backlog'), 'items-2026': partitionDoc(plan, 'items-2026') };
}

function runAndKill(dataDir: string): Promise<{ lastCommitted: number; stderr: string; code: number | null }> {
  return new Promise((resolvePromise) => {
    const child = spawn(process.execPath, [writer, dataDir], { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let stderr = '';
    let scheduled = false;
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      if (!scheduled) {
        scheduled = true;
        setTimeout(() => child.kill('SIGKILL'), Math.random() * 40);
      }
    });
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('exit', (code) => {
      const lines = out.trim().split('\n').filter(Boolean);
      resolvePromise({ lastCommitted: Number(lines.at(-1) ?? 0), stderr, code });
    });
  });
}

describe('the store under SIGKILL', () => {
  it(`always leaves files that parse and equal a committed version (${KILLS} kills)`, async () => {
    await Promise.all(Array.from({ length: LANES }, () => killRepeatedly(tempDataDir(), KILLS / LANES)));
  }, 240_000);
});

async function killRepeatedly(dataDir: string, kills: number): Promise<void> {
  for (let kill = 0; kill < kills; kill += 1) {
    const { lastCommitted, stderr, code } = await runAndKill(dataDir);
    // The writer exits 3 if it found a file it could not read at start: that is a failure.
    expect(code, stderr).toBeNull();
    expect(lastCommitted).toBeGreaterThan(0);
    for (const partition of ['backlog', 'items-2026'] as const) {
      const stored = JSON.parse(readFileSync(join(dataDir, `${partition}.json`), 'utf8'));
      const version = Number(/^v(\d+)$/.exec(stored.items[0]?.title ?? '')?.[1]);
      expect([lastCommitted, lastCommitted + 1], `${partition} after kill ${kill}`).toContain(version);
      expect(stored).toEqual(committed(version)[partition]);
    }
  }
}
