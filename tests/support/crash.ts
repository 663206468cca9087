// Shared by the crash and lock tests: builds their child processes once, and runs them to be
// killed, at random moments (the soak) or at a named step (the step tests), or paused (the lock).
import { spawn, type ChildProcess } from 'node:child_process';
import { resolve } from 'node:path';
import { build } from 'vite';
import type { StepScenario } from '../fixtures/crash-steps';

let built: Promise<unknown> | null = null;
const outDir = `out/test-fixtures/${process.pid}`;

/** Builds the fixtures' children into plain Node scripts (once per test process). */
export function buildChildren(): Promise<unknown> {
  built ??= build({
    configFile: false,
    logLevel: 'silent',
    // Dependencies bundled and shaken: a child then starts in a quarter of the time it takes to
    // load all of date-fns, twitter-text and zod from node_modules, and each kill is a new child.
    ssr: { noExternal: true },
    build: {
      ssr: true,
      outDir,
      emptyOutDir: true,
      target: 'node20',
      rolldownOptions: {
        input: {
          'store-writer': resolve('tests/fixtures/store-writer.ts'),
          'store-stepper': resolve('tests/fixtures/store-stepper.ts'),
          'lock-holder': resolve('tests/fixtures/lock-holder.ts'),
        },
        output: { format: 'esm', entryFileNames: '[name].mjs' },
      },
    },
  });
  return built;
}

/** Runs the writer and kills it a random 0–`window` ms after its first line. */
export function runAndKill(dataDir: string, window = 40): Promise<{ lastCommitted: number; stderr: string; code: number | null }> {
  return new Promise((resolvePromise) => {
    const child = spawn(process.execPath, [resolve(`${outDir}/store-writer.mjs`), dataDir], { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let stderr = '';
    let scheduled = false;
    const schedule = () => {
      if (scheduled) return;
      scheduled = true;
      setTimeout(() => child.kill('SIGKILL'), Math.random() * window);
    };
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      schedule();
    });
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('exit', (code) => {
      const lines = out.trim().split('\n').filter(Boolean);
      resolvePromise({ lastCommitted: Number(lines.at(-1) ?? 0), stderr, code });
    });
  });
}

export interface StepRun {
  /** The steps passed, as `op step file`; the last one is where it was killed. */
  steps: string[];
  killed: boolean;
  done: boolean;
  stderr: string;
}

/** Runs one operation in a child that kills itself with SIGKILL at its `killAt`th step (never, with Infinity). */
export function runToStep(dataDir: string, scenario: StepScenario, killAt: number, backupId = ''): Promise<StepRun> {
  return new Promise((resolvePromise) => {
    const args = [resolve(`${outDir}/store-stepper.mjs`), dataDir, scenario, String(killAt), backupId];
    const child = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('exit', (_code, signal) => {
      const lines = out.split('\n').filter(Boolean);
      const done = lines.at(-1) === 'done';
      resolvePromise({ steps: done ? lines.slice(0, -1) : lines, killed: signal === 'SIGKILL', done, stderr });
    });
  });
}

/** A child holding `dataDir`'s lock; resolves once it has it. Its output so far is in `out()`. */
export function holdLock(dataDir: string, staleMs: number, updateMs: number): Promise<{ child: ChildProcess; out: () => string }> {
  const child = spawn(process.execPath, [resolve(`${outDir}/lock-holder.mjs`), dataDir, String(staleMs), String(updateMs)], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  return new Promise((resolvePromise, reject) => {
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      if (out.startsWith('locked\n')) resolvePromise({ child, out: () => out });
    });
    child.on('exit', (code) => reject(new Error(`lock-holder exited (${code}): ${stderr}`)));
  });
}
