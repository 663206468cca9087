// Dates and times typed the Swedish way, by keyboard alone: digits into the parts, the calendar
// popup with the arrow keys, and what lands in the store file.
import type { Locator, Page } from '@playwright/test';
import { test, expect, reloadApp } from './harness';
import { screenshot } from './screenshots';
import { applyInMain, planInMain, seriousViolations } from './example';

// Wednesday 2 December 2026 (main's clock and the page's): the day typed below is today, which the
// calendar popup names and marks as such. (Without a set day this test failed on that very day.)
test.use({ now: '2026-12-02T10:00' });

/** Presses Tab until `target` has focus, as a keyboard user would. */
async function tabTo(page: Page, target: Locator) {
  for (let presses = 0; presses < 40; presses += 1) {
    if (await target.evaluate((element) => element === document.activeElement)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error('Tab never reached the field');
}

interface StoredItem {
  title: string;
  date: string | null;
  time: string | null;
}

test('a new post gets a date and a time typed, and a day picked in the calendar, by keyboard alone', async ({
  page,
  harness,
}) => {
  // An axe scan takes several seconds on a busy two-core machine.
  test.slow();
  await page.setViewportSize({ width: 1280, height: 900 });
  await expect(page.getByRole('button', { name: 'Ladda exempelplan' })).toBeVisible();
  await page.keyboard.press('Control+n');
  const editor = page.getByRole('complementary', { name: 'Inlägg' });
  await expect(editor).toBeVisible();
  await page.keyboard.type('Datum med tangentbordet');

  const date = editor.getByRole('group', { name: 'Datum', exact: true });
  const time = editor.getByRole('group', { name: 'Tid', exact: true });
  await expect(date).toHaveText('åååå-mm-dd');
  await expect(time).toContainText('tt:mm');
  await tabTo(page, date.getByRole('spinbutton', { name: /^år/ }));
  await page.keyboard.type('20261202');
  await expect(date).toHaveText('2026-12-02');
  await tabTo(page, time.getByRole('spinbutton', { name: /^timme/ }));
  await page.keyboard.type('0930');
  await expect(time).toContainText('09:30');
  await screenshot(page, 'date-fields-editor');

  // Retyping the year of a set date keeps the rest of it.
  const year = date.getByRole('spinbutton', { name: /^år/ });
  await year.focus();
  await page.keyboard.type('2027');
  await expect(date).toHaveText('2027-12-02');
  await year.focus();
  await page.keyboard.type('2026');
  await expect(date).toHaveText('2026-12-02');

  // The popup: Alt+↓ opens the month, → moves a day, Enter picks it and closes the popup.
  await page.keyboard.press('Alt+ArrowDown');
  const popup = page.getByRole('dialog', { name: /^Välj datum/ });
  await expect(popup.getByRole('grid', { name: /december 2026/i })).toBeVisible();
  const picked = popup.getByRole('button', { name: /^Idag, onsdag 2 december 2026/ });
  await expect(picked).toBeFocused();
  await expect(picked).toHaveAttribute('data-today', 'true');
  await screenshot(page, 'date-fields-popup');
  expect(await seriousViolations(page, ['.date-popover', '.editor-panel'])).toEqual([]);
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('Enter');
  await expect(popup).toBeHidden();
  await expect(date).toHaveText('2026-12-03');
  await expect(editor).toBeVisible();

  // Escape in the popup closes the popup, not the editor.
  await page.keyboard.press('Alt+ArrowDown');
  await expect(popup).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(popup).toBeHidden();
  await expect(editor).toBeVisible();
  await expect(date).toHaveText('2026-12-03');

  await page.getByRole('button', { name: 'Stäng redigeraren' }).press('Enter');
  await expect(page.getByRole('button', { name: /Datum med tangentbordet/ }).first()).toBeVisible();
  await harness.stop();
  const stored = harness.readJson('items-2026.json') as { items: StoredItem[] };
  expect(stored.items.find((item) => item.title === 'Datum med tangentbordet')).toMatchObject({
    date: '2026-12-03',
    time: '09:30',
  });
});

test("the export dialog's period is typed and picked the same way, and Escape closes only the popup", async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await expect(page.getByRole('button', { name: 'Ladda exempelplan' })).toBeVisible();
  await page.keyboard.press('Control+e');
  const dialog = page.getByRole('dialog', { name: 'Exportera kanalpaket' });
  const from = dialog.getByRole('group', { name: 'Från', exact: true });
  const to = dialog.getByRole('group', { name: 'Till', exact: true });
  await expect(from.getByRole('spinbutton', { name: /^år/ })).toBeFocused();
  await page.keyboard.type('20261130');
  await expect(from).toHaveText('2026-11-30');

  await tabTo(page, to.getByRole('spinbutton', { name: /^år/ }));
  await page.keyboard.type('20261206');
  await page.keyboard.press('Enter');
  await expect(dialog.getByText('Mappnamn: Kanalplan-2026-v49')).toBeVisible();
  await page.keyboard.press('Alt+ArrowDown');
  const popup = page.getByRole('dialog', { name: /^Välj datum/ });
  await expect(popup.getByRole('button', { name: /^(Idag, )?söndag 6 december 2026/ })).toBeFocused();
  await screenshot(page, 'date-fields-export-popup');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await expect(to).toHaveText('2026-12-13');
  await expect(dialog.getByText('Mappnamn: Kanalplan-2026-11-30--2026-12-13')).toBeVisible();
  await expect(to.getByRole('spinbutton', { name: /^dag/ })).toBeFocused();

  await page.keyboard.press('Alt+ArrowDown');
  await expect(popup).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(popup).toBeHidden();
  await expect(dialog).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
});

test('a typed date and time are one undo step each, with no wrong dates on the way, in English too', async ({ page }) => {
  await expect(page.getByRole('button', { name: 'Ladda exempelplan' })).toBeVisible();
  await applyInMain(page, { type: 'settings.update', patch: { language: 'en' } });
  await applyInMain(page, { type: 'item.create', id: 'typed', title: 'Typed by hand' });
  await reloadApp(page);
  await page.getByRole('button', { name: 'Typed by hand' }).click();
  const editor = page.getByRole('complementary', { name: 'Item' });
  const date = editor.getByRole('group', { name: 'Date', exact: true });
  const time = editor.getByRole('group', { name: 'Time', exact: true });
  // en-GB: day, month, year. Each part typed is no date yet; nothing is stored until the typing ends.
  await date.getByRole('spinbutton').first().focus();
  await page.keyboard.type('1012');
  await page.keyboard.type('202');
  expect((await planInMain(page)).items.find((item) => item.id === 'typed')?.date).toBeNull();
  await page.keyboard.type('6');
  await expect(date).toHaveText('10/12/2026');
  await page.keyboard.press('Enter');
  await expect.poll(async () => (await planInMain(page)).items.find((item) => item.id === 'typed')?.date).toBe('2026-12-10');
  await time.getByRole('spinbutton').first().focus();
  await page.keyboard.type('0930');
  await page.keyboard.press('Tab');
  await expect.poll(async () => (await planInMain(page)).items.find((item) => item.id === 'typed')?.time).toBe('09:30');

  // One Ctrl+Z takes the time back, the next the date: no dates passed on the way in between.
  await page.keyboard.press('Control+z');
  await expect(time).toContainText('hh:mm');
  await expect(date).toHaveText('10/12/2026');
  await page.keyboard.press('Control+z');
  await expect(date).toHaveText('dd/mm/yyyy');
  await expect.poll(async () => (await planInMain(page)).items.find((item) => item.id === 'typed')?.date).toBeNull();
});
