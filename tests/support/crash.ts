// Shared by the SIGKILL tests: builds the writer child once and kills it at random moments.
import { spawn } from 'node:child_process';
import { resolve } from 'node:path';
import { build } from 'vite';

let built: Promise<unknown> | null = null;

/** Builds tests/fixtures/store-writer.ts into a plain Node script (once per test process). */
export function buildWriter(): Promise<unknown> {
  built ??= build({
    configFile: false,
    logLevel: 'silent',
    build: {
      ssr: resolve('tests/fixtures/store-writer.ts'),
      outDir: `out/test-fixtures/${process.pid}`,
      emptyOutDir: true,
      target: 'node20',
      rolldownOptions: { output: { format: 'esm', entryFileNames: 'store-writer.mjs' } },
    },
  });
  return built;
}

/** Runs the writer and kills it a random 0–`window` ms after its first line (or after start, with `fromStart`). */
export function runAndKill(
  dataDir: string,
  mode: 'edit' | 'move' | 'start' = 'edit',
  window = 40,
  fromStart = false,
): Promise<{ lastCommitted: number; stderr: string; code: number | null }> {
  return new Promise((resolvePromise) => {
    const child = spawn(process.execPath, [resolve(`out/test-fixtures/${process.pid}/store-writer.mjs`), dataDir, mode], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    let stderr = '';
    let scheduled = false;
    const schedule = () => {
      if (scheduled) return;
      scheduled = true;
      setTimeout(() => child.kill('SIGKILL'), Math.random() * window);
    };
    if (fromStart) schedule();
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
