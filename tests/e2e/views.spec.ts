// The example plan in every main view: screenshots to look at, and an accessibility scan.
import type { Page } from '@playwright/test';
import { test, expect } from './harness';
import { screenshot } from './screenshots';
import { loadExample, seriousViolations } from './example';

// The day these tests run on (main's clock and the page's): the example plan is dated from today,
// and the month view's drag needs a chip in this month. days.spec.ts covers the days themselves.
test.use({ now: '2026-12-02T10:00' });

test('an empty plan explains itself and loads the example plan', async ({ page, harness }) => {
  await expect(page.getByRole('button', { name: 'Ladda exempelplan' })).toBeVisible();
  await screenshot(page, 'first-start');
  await loadExample(page);
  for (const status of ['idea', 'draft', 'review', 'approved', 'published']) {
    await expect(page.locator(`[data-status="${status}"] .kanban-card-slot`).first()).toBeVisible();
  }
  await harness.stop();
  const backlog = harness.readJson('backlog.json') as { items: unknown[] };
  expect(backlog.items.length).toBeGreaterThan(0);
});

// One test per view and size: an axe scan takes several seconds on a busy two-core machine, so
// four of them in one test left too little of its time for the rest.
const OPEN_VIEW: Record<string, (page: Page) => Promise<void>> = {
  kanban: async () => undefined,
  week: async (page) => {
    await page.getByRole('button', { name: 'Kalender' }).click();
    await expect(page.getByRole('grid', { name: /^Vecka \d+/ })).toBeVisible();
  },
  month: async (page) => {
    await page.getByRole('button', { name: 'Kalender' }).click();
    await page.getByRole('button', { name: 'Månad', exact: true }).click();
    await expect(page.locator('.month-grid')).toBeVisible();
  },
  editor: async (page) => {
    await page.locator('[data-status="review"] .kanban-card-slot').first().click();
    await expect(page.getByRole('complementary', { name: 'Inlägg' })).toBeVisible();
  },
};

for (const viewport of [
  { width: 1280, height: 800 },
  { width: 1920, height: 1080 },
]) {
  for (const [view, open] of Object.entries(OPEN_VIEW)) {
    test(`the ${view} view with the example plan at ${viewport.width}×${viewport.height}`, async ({ page }) => {
      await page.setViewportSize(viewport);
      await loadExample(page);
      await open(page);
      await screenshot(page, `${view}${viewport.width === 1280 ? '' : `-${viewport.width}`}`);
      expect(await seriousViolations(page)).toEqual([]);
    });
  }
}

test('keyboard shortcuts switch views and Ctrl+N starts a new item', async ({ page }) => {
  await page.keyboard.press('Control+2');
  await expect(page.getByRole('button', { name: 'Kalender' })).toHaveAttribute('aria-current', 'page');
  await page.keyboard.press('Control+3');
  await expect(page.getByRole('heading', { level: 1, name: 'Styrelsevy' })).toBeVisible();
  await page.keyboard.press('Control+1');
  await expect(page.getByRole('button', { name: 'Kanban' })).toHaveAttribute('aria-current', 'page');
  await page.keyboard.press('Control+n');
  const title = page.getByRole('complementary', { name: 'Inlägg' }).getByRole('textbox', { name: 'Titel' });
  await expect(title).toBeFocused();
  await title.fill('Från tangentbordet');
  await expect(page.locator('[data-status="idea"]').getByRole('button', { name: 'Från tangentbordet' })).toBeVisible();
});

// One test per view, as above: two axe scans in one test left too little of its time on a busy machine.
test('the dark theme follows the system: the editor', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await loadExample(page);
  await page.locator('[data-status="approved"] .kanban-card-slot').first().click();
  await expect(page.getByRole('complementary', { name: 'Inlägg' })).toBeVisible();
  await screenshot(page, 'editor-dark');
  expect(await seriousViolations(page)).toEqual([]);
});

test('the dark theme follows the system: the week', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await loadExample(page);
  await page.getByRole('button', { name: 'Kalender' }).click();
  await expect(page.getByRole('grid', { name: /^Vecka \d+/ })).toBeVisible();
  await screenshot(page, 'week-dark');
  expect(await seriousViolations(page)).toEqual([]);
});

test('a post dragged to another day in the month view keeps its time', async ({ page }) => {
  await loadExample(page);
  await page.getByRole('button', { name: 'Kalender' }).click();
  await page.getByRole('button', { name: 'Månad', exact: true }).click();
  const chip = page.locator('.month-cell .entry-chip').first();
  const label = (await chip.getAttribute('aria-label')) as string;
  const [time] = label.split(' · ');
  // The chip has a time, and the chip found on the new day below carries the same one.
  expect(time).toMatch(/^\d\d:\d\d$/);
  const from = await chip.locator('xpath=ancestor::*[@data-date][1]').getAttribute('data-date');
  // A day in the chip's own week: it is on screen, as the lower weeks of a full month may not be.
  const target = chip
    .locator('xpath=ancestor::*[@role="row"][1]')
    .locator(`.month-cell[data-date]:not([data-date="${from}"])`)
    .last();
  const to = await target.getAttribute('data-date');
  const a = (await chip.boundingBox())!;
  const b = (await target.boundingBox())!;
  await page.mouse.move(a.x + a.width / 2, a.y + a.height / 2);
  await page.mouse.down();
  await page.mouse.move(a.x + a.width / 2 + 10, a.y + a.height / 2, { steps: 5 });
  await page.mouse.move(b.x + b.width / 2, b.y + b.height / 2, { steps: 15 });
  await page.mouse.up();
  await expect(page.locator(`.month-cell[data-date="${to}"] .entry-chip[aria-label="${label}"]`)).toBeVisible();
});
