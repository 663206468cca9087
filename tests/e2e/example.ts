// What many end-to-end tests share: the example plan loaded from the welcome screen, and an axe
// scan that reports the serious problems only.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from '@playwright/test';
import type { PlanCommand } from '../../src-shared/plan/commands';
import type { AxeResults, RunOptions } from 'axe-core';
import type { LoadedPlan } from '../../src-shared/ipc/contract';
import { expect } from './harness';
import { wallClockInstant } from '../support/app-clock';

export async function loadExample(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Ladda exempelplan' }).click();
  await expect(page.getByText('Välkommen till Kanalplan')).toHaveCount(0);
  await expect(page.locator('.kanban-card-slot').first()).toBeVisible();
}

/**
 * A Tuesday morning of week 48 (2026-11-23 – 29), as the fixture's `now`. The example plan is dated
 * relative to today: on this day it is the same plan whatever day the test runs, with published
 * posts earlier in the week and approved ones later.
 */
export const EXAMPLE_TUESDAY_NOW = '2026-11-24T09:00';
export const EXAMPLE_TUESDAY = wallClockInstant(EXAMPLE_TUESDAY_NOW);

/** The example plan, in a test that runs on EXAMPLE_TUESDAY_NOW (main's clock and the page's). */
export async function loadExampleOnTuesday(page: Page): Promise<void> {
  // Said here rather than as a wrong plan later: the test must set `test.use({ now: EXAMPLE_TUESDAY_NOW })`.
  expect(await page.evaluate(() => new Date().toLocaleDateString('sv-SE'))).toBe(EXAMPLE_TUESDAY_NOW.slice(0, 10));
  await loadExample(page);
}

/** The plan as main holds it, through the same bridge the page uses. */
export async function planInMain(page: Page): Promise<LoadedPlan['plan']> {
  const response = await page.evaluate(() =>
    fetch('./ipc/plan:load', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: 'null' }).then((r) =>
      r.json(),
    ),
  );
  return (response as { value: LoadedPlan }).value.plan;
}

// axe-core itself, minified, put into the page once. @axe-core/playwright's AxeBuilder, used
// before, sent the 1.3 MB unminified source into the page two or three times per scan, ran the
// finish in a new page and gathered every passing node too: 5–15 s a scan here, where axe's own
// run takes about 1 s.
const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
// Every rule axe runs by default, as AxeBuilder ran them; only the violations are reported in full
// (the passes are not looked at here).
const RUN_OPTIONS: RunOptions = { reporter: 'no-passes' };

interface Context {
  include: string[];
  exclude: string[];
}
type AxeWindow = Window & { axe?: { run: (context: Context, options: RunOptions) => Promise<AxeResults> } };

/**
 * The serious and critical axe findings on the page, or only within the elements `include`
 * selects. axe is put into each frame once per document, not once per scan.
 */
export async function seriousViolations(page: Page, include: string[] = []): Promise<string[]> {
  for (const frame of page.frames()) {
    if (await frame.evaluate(() => !(window as AxeWindow).axe)) await frame.evaluate(AXE_SOURCE);
  }
  // As AxeBuilder put it: the whole document when nothing is included.
  const context: Context = { include, exclude: [] };
  const results = await page.evaluate(({ context, options }) => (window as AxeWindow).axe!.run(context, options), {
    context,
    options: RUN_OPTIONS,
  });
  return results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => `${violation.id}: ${violation.help} (${violation.nodes.map((node) => node.target.join(' ')).join(', ')})`);
}

/** Applies a command in main, as another window would: the page sees it after a reload. */
export async function applyInMain(page: Page, command: PlanCommand): Promise<void> {
  await page.evaluate(
    (body) => fetch('./ipc/plan:apply', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body }),
    JSON.stringify({ command }),
  );
}
