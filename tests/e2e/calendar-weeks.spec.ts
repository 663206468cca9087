// A week switch gives the week's chips to the next week's posts (issue #20: the elements are kept
// and their words change). Each chip must then be wholly its new post's: its name, the post the
// editor opens, the post a keyboard drag moves; and going back shows the first week's posts again.
import type { Page } from '@playwright/test';
import { test, expect, reloadApp } from './harness';
import { liftByKeyboard } from './keyboard-drag';
import { applyInMain } from './example';

test.use({ now: '2026-12-02T10:00' });

const cell = (page: Page, channel: string, day: string) =>
  page.locator(`.week-cell[data-channel="${channel}"][data-date="${day}"]`);
const live = (page: Page) => page.locator('[id^="DndLiveRegion"]');

async function seed(page: Page) {
  await expect(page.getByRole('button', { name: 'Ladda exempelplan' })).toBeVisible();
  const post = (id: string, title: string, date: string, time: string) =>
    applyInMain(page, { type: 'item.create', id, title, date, time, channels: ['website'] });
  // Two posts on Monday of this week, one on Monday of the next, in the same lane.
  await post('first', 'Denna vecka först', '2026-11-30', '09:00');
  await post('second', 'Denna vecka sedan', '2026-11-30', '11:00');
  await post('next', 'Nästa vecka', '2026-12-07', '08:00');
  await reloadApp(page);
  await page.keyboard.press('Control+2');
  await expect(page.getByRole('grid', { name: /^Vecka 49/ })).toBeVisible();
}

test('after a week switch each chip is wholly the new week’s post: its name, the post it opens, the post it drags', async ({
  page,
  harness,
}) => {
  await seed(page);
  const thisMonday = cell(page, 'website', '2026-11-30');
  await expect(thisMonday.getByRole('button')).toHaveText([/Denna vecka först/, /Denna vecka sedan/]);

  await page.getByRole('button', { name: 'Nästa vecka' }).click();
  await expect(page.getByRole('grid', { name: /^Vecka 50/ })).toBeVisible();
  const nextMonday = cell(page, 'website', '2026-12-07');
  const chip = nextMonday.getByRole('button', { name: '08:00 · Nästa vecka · Hemsida · Idé', exact: true });
  await expect(nextMonday.getByRole('button')).toHaveCount(1);
  await expect(chip).toHaveAttribute('aria-roledescription', 'flyttbart inlägg');
  await expect(chip).toHaveAttribute('data-post-id', 'next');
  await expect(page.locator('.week-grid').getByRole('button', { name: /Denna vecka/ })).toHaveCount(0);

  // Enter opens this post, and Escape brings the focus back to its chip.
  await chip.focus();
  await page.keyboard.press('Enter');
  const editor = page.getByRole('complementary', { name: 'Inlägg' });
  await expect(editor.getByRole('textbox', { name: 'Titel' })).toHaveValue('Nästa vecka');
  await page.keyboard.press('Escape');
  await expect(chip).toBeFocused();

  // A keyboard drag moves this post, one day on.
  await liftByKeyboard(page, chip);
  await page.keyboard.press('ArrowRight');
  await expect(live(page)).toContainText('”Nästa vecka” över tisdag 8 december, Hemsida.');
  await page.keyboard.press('Space');
  await expect(live(page)).toContainText('”Nästa vecka” flyttades till tisdag 8 december.');
  await expect(cell(page, 'website', '2026-12-08').getByRole('button', { name: /^08:00 · Nästa vecka/ })).toBeVisible();
  await expect(nextMonday.getByRole('button')).toHaveCount(0);

  // Back again: the first week's posts, in their order, and nothing of the next week's.
  await page.getByRole('button', { name: 'Föregående vecka' }).click();
  await expect(page.getByRole('grid', { name: /^Vecka 49/ })).toBeVisible();
  await expect(thisMonday.getByRole('button')).toHaveText([/Denna vecka först/, /Denna vecka sedan/]);
  await expect(thisMonday.getByRole('button', { name: /^09:00 · Denna vecka först/ })).toHaveAttribute('data-post-id', 'first');
  await expect(thisMonday.getByRole('button', { name: /^11:00 · Denna vecka sedan/ })).toHaveAttribute('data-post-id', 'second');
  await expect(page.locator('.week-grid').getByRole('button', { name: /Nästa vecka/ })).toHaveCount(0);

  await harness.stop();
  const stored = harness.readJson('items-2026.json') as { items: Array<{ id: string; date: string | null }> };
  expect(stored.items.filter((item) => ['first', 'second', 'next'].includes(item.id))).toEqual(
    expect.arrayContaining([
      expect.objectContaining({ id: 'first', date: '2026-11-30' }),
      expect.objectContaining({ id: 'second', date: '2026-11-30' }),
      expect.objectContaining({ id: 'next', date: '2026-12-08' }),
    ]),
  );
});
