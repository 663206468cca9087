// Playwright fixtures: every test gets its own browser harness on a free port with a fresh data
// folder (optionally pre-filled, e.g. with a corrupt file) and its own export folder. Every test
// runs on a set day (`now`, a Wednesday morning unless the test says otherwise): main's clock (the
// harness's KANALPLAN_TEST_NOW) and the page's (Playwright's clock) both start there and run on, so
// no test passes or fails by the day or the hour it runs.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { test as base, expect, type Page } from '@playwright/test';
import { readOnlySwitch, type ReadOnlySwitch } from '../support/read-only';
import { APP_TIME_ZONE, wallClockInstant } from '../support/app-clock';

export interface Harness {
  url: string;
  dataDir: string;
  exportDir: string;
  /** Reads a JSON file from the data folder, e.g. `backlog.json`. */
  readJson: (file: string) => unknown;
  /**
   * Stops the server (flushing pending writes) as quitting the app would, once the test's page has
   * sent main every change it shows: the page updates before main answers, and a test that stops
   * the server at once would otherwise race the last request.
   */
  stop: () => Promise<void>;
  /** The page whose changes `stop` waits for (set by the `page` fixture). */
  attach: (page: Page) => void;
  /** With the `switchableDataDir` option: makes the data folder read-only and back (null: not possible here). */
  readOnly: ReadOnlySwitch | null;
}

const SERVER = resolve('out/harness/server.js');

interface Options {
  initialFiles: Record<string, string>;
  switchableDataDir: boolean;
  /** Today for the test, as a wall-clock time in the app's zone (`2026-12-02T10:00`); null: the machine's. */
  now: string | null;
  /** How long main waits before it tries a failed write again on its own; null: the app's 2 s. */
  retryDelayMs: number | null;
}

/** The day a test runs on unless it sets its own. */
export const DEFAULT_NOW = '2026-12-02T10:00';

export const test = base.extend<Options & { harness: Harness }>({
  initialFiles: [{}, { option: true }],
  switchableDataDir: [false, { option: true }],
  now: [DEFAULT_NOW, { option: true }],
  retryDelayMs: [null, { option: true }],
  harness: async ({ initialFiles, switchableDataDir, now, retryDelayMs }, use) => {
    const root = mkdtempSync(join(tmpdir(), 'kanalplan-e2e-'));
    const dataDir = join(root, 'data');
    const exportDir = join(root, 'export');
    mkdirSync(dataDir);
    mkdirSync(exportDir);
    const readOnly = switchableDataDir ? readOnlySwitch(dataDir) : null;
    for (const [file, text] of Object.entries(initialFiles)) {
      mkdirSync(dirname(join(dataDir, file)), { recursive: true });
      writeFileSync(join(dataDir, file), text);
    }
    const { child, url } = await startServer(dataDir, exportDir, now === null ? null : wallClockInstant(now), retryDelayMs);
    let attached: Page | null = null;
    const stop = async () => {
      if (attached && !attached.isClosed() && child.exitCode === null && child.signalCode === null) {
        await expect(attached.locator('html[data-unsent-changes]')).toHaveCount(0);
      }
      await stopServer(child);
    };
    const attach = (page: Page) => (attached = page);
    const readJson = (file: string) => JSON.parse(readFileSync(join(dataDir, file), 'utf8'));
    await use({ url, dataDir, exportDir, readJson, stop, attach, readOnly });
    await stop();
    readOnly?.cleanup();
    rmSync(root, { recursive: true, force: true });
  },
  page: async ({ page, harness, now }, use) => {
    harness.attach(page);
    // Before the page loads, so that its first render already sees that day. Time then runs on
    // (timers fire as they would), from the same moment as main's clock.
    if (now !== null) await page.clock.install({ time: wallClockInstant(now) });
    await page.goto(harness.url);
    await appShown(page);
    await use(page);
  },
});

export { expect };

/**
 * The app's frame (or why it could not start) on screen: where a person would start. Keys are
 * listened for from the app's first render, and a key pressed before it goes nowhere (the plan,
 * asked for before that render, can make the render come later).
 */
export async function appShown(page: Page): Promise<void> {
  await page.locator('.app, .app-status[role="alert"]').first().waitFor();
}

/** Reloads the page, as a person pressing F5, and waits for the app as they would. */
export async function reloadApp(page: Page): Promise<void> {
  await page.reload();
  await appShown(page);
}

/**
 * Starts a harness; with `now`, main's clock starts there (and runs on); with `retryDelayMs`, main
 * tries a failed write again that long after it failed. Main keeps the page's time zone.
 */
export function startServer(
  dataDir: string,
  exportDir: string,
  now: Date | null = null,
  retryDelayMs: number | null = null,
): Promise<{ child: ChildProcess; url: string }> {
  const clock = now === null ? {} : { KANALPLAN_TEST_NOW: now.toISOString() };
  const retry = retryDelayMs === null ? {} : { KANALPLAN_TEST_RETRY_MS: String(retryDelayMs) };
  const child = spawn(process.execPath, [SERVER], {
    env: { ...process.env, PORT: '0', KANALPLAN_DATA_DIR: dataDir, KANALPLAN_EXPORT_DIR: exportDir, TZ: APP_TIME_ZONE, ...clock, ...retry },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  return new Promise((resolvePromise, reject) => {
    let output = '';
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /http:\/\/127\.0\.0\.1:\d+/.exec(output);
      if (match) resolvePromise({ child, url: match[0] });
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('exit', (code) => reject(new Error(`The harness exited (${code}) before listening:\n${output}`)));
  });
}

function stopServer(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolvePromise) => {
    child.once('exit', () => resolvePromise());
    child.kill('SIGTERM');
  });
}
