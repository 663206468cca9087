// The shell never scrolls (issue 17 finding 1): only the columns, the calendar, the panels and
// the editor do. With a long post open, the wheel over the header or the empty space under a
// column scrolled the whole window, taking the header, navigation and undo out of view.
import type { Page } from '@playwright/test';
import { test, expect } from './harness';
import { loadExample } from './example';

// The example plan's debate article: its preview is far taller than the window.
const LONG_POST = 'Stockholm har inte råd att tappa sina studenter';
const VIEWS = [
  { name: 'Kanban', shortcut: 'Control+1' },
  { name: 'Kalender', shortcut: 'Control+2' },
  { name: 'Styrelsevy', shortcut: 'Control+3' },
  { name: 'Publicera', shortcut: 'Control+4' },
  { name: 'Inställningar', shortcut: 'Control+,' },
];

/** The document's height and scroll, after the wheel turned over the header and the lower left. */
async function afterWheel(page: Page) {
  const viewport = page.viewportSize()!;
  for (const [x, y] of [
    [viewport.width / 2, 20],
    [60, viewport.height - 40],
  ] as const) {
    await page.mouse.move(x, y);
    await page.mouse.wheel(0, 2000);
  }
  // Scrolling, if any, is done by the next frame.
  await page.evaluate(() => new Promise(requestAnimationFrame));
  return page.evaluate(() => ({
    height: document.documentElement.scrollHeight,
    window: window.innerHeight,
    scrolled: window.scrollY + document.documentElement.scrollTop + document.body.scrollTop,
  }));
}

for (const size of [
  { width: 1440, height: 900 },
  { width: 1024, height: 700 },
]) {
  test(`at ${size.width}×${size.height} no view scrolls the window, with the editor open or closed`, async ({ page }) => {
    await page.setViewportSize(size);
    await loadExample(page);
    for (const view of VIEWS) {
      await page.keyboard.press(view.shortcut);
      await expect(page.getByRole('button', { name: view.name, exact: true })).toHaveAttribute('aria-current', 'page');
      expect(await afterWheel(page), `${view.name}, editor closed`).toEqual({ height: size.height, window: size.height, scrolled: 0 });
    }
    // The editor belongs to the planner views: open the long post there and wheel again.
    await page.keyboard.press('Control+1');
    await page.getByRole('button', { name: LONG_POST }).first().click();
    await expect(page.getByRole('complementary', { name: 'Inlägg' })).toBeVisible();
    expect(await afterWheel(page), 'Kanban, editor open').toEqual({ height: size.height, window: size.height, scrolled: 0 });
    await page.keyboard.press('Control+2');
    await expect(page.getByRole('complementary', { name: 'Inlägg' })).toBeVisible();
    expect(await afterWheel(page), 'Kalender, editor open').toEqual({ height: size.height, window: size.height, scrolled: 0 });
    await expect(page.getByRole('button', { name: 'Ångra' })).toBeInViewport();
  });
}
