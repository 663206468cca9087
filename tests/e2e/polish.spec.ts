// Issue 10 by keyboard alone: one scheduling model (a chip drags the whole post; a channel with
// its own time drags alone; a lane the post lacks adds its channel), the announcements' words,
// undo and redo said aloud, and a post made from an empty cell.
import type { Locator, Page } from '@playwright/test';
import { test, expect, reloadApp } from './harness';
import { liftByKeyboard } from './keyboard-drag';
import { applyInMain } from './example';
import { typeInField } from './date-fields';
import { screenshot } from './screenshots';

// The day these tests run on (main's clock and the page's): they use today, not a particular day.
// days.spec.ts runs what depends on the day itself on the days that break date code.
test.use({ now: '2026-12-02T10:00' });

/** Today, and the day beside it in this week (tomorrow on a Monday, else yesterday), with the arrow key to get there. */
async function days(page: Page) {
  const today = await page.evaluate(() => new Date().toLocaleDateString('sv-SE'));
  const isMonday = await page.evaluate(() => new Date().getDay() === 1);
  const shifted = new Date(`${today}T12:00`);
  shifted.setDate(shifted.getDate() + (isMonday ? 1 : -1));
  const target = shifted.toLocaleDateString('sv-SE');
  const inWords = (day: string) =>
    new Date(`${day}T12:00`).toLocaleDateString('sv-SE', { weekday: 'long', day: 'numeric', month: 'long' });
  return { today, target, key: isMonday ? 'ArrowRight' : 'ArrowLeft', todayWords: inWords(today), targetWords: inWords(target) };
}

const cell = (page: Page, channel: string, day: string) =>
  page.locator(`.week-cell[data-channel="${channel}"][data-date="${day}"]`);
const live = (page: Page) => page.locator('[id^="DndLiveRegion"]');

/** Picks a chip up with Space, moves it one day with the arrow key, and drops it, each step awaited. */
async function keyboardDrag(page: Page, chip: Locator, key: string, over: string, dropped: string) {
  await liftByKeyboard(page, chip);
  await page.keyboard.press(key);
  await expect(live(page)).toContainText(over);
  await page.keyboard.press('Space');
  await expect(live(page)).toContainText(dropped);
}

async function seedThreeChannels(page: Page, today: string) {
  await expect(page.getByRole('button', { name: 'Ladda exempelplan' })).toBeVisible();
  await applyInMain(page, {
    type: 'item.create',
    id: 'three',
    title: 'Tre kanaler',
    date: today,
    time: '10:00',
    channels: ['website', 'x', 'instagram'],
  });
  await reloadApp(page);
  await page.keyboard.press('Control+2');
  await expect(page.getByRole('grid', { name: /^Vecka \d+/ })).toBeVisible();
}

test('a chip dragged by keyboard moves the whole post, said in words, and undo and redo are announced', async ({
  page,
  harness,
}) => {
  const { today, target, key, todayWords, targetWords } = await days(page);
  await seedThreeChannels(page, today);
  const chip = cell(page, 'instagram', today).getByRole('button', { name: /^10:00 · Tre kanaler · Instagram · Idé$/ });
  await liftByKeyboard(page, chip);
  await expect(live(page)).toContainText(`Plockade upp ”Tre kanaler”, Instagram, ${todayWords}. Hela inlägget flyttas.`);
  await page.keyboard.press(key);
  await expect(live(page)).toContainText(`”Tre kanaler” över ${targetWords}, Instagram.`);
  await page.keyboard.press('Space');
  await expect(live(page)).toContainText(`”Tre kanaler” flyttades till ${targetWords}.`);

  for (const [channel, label] of [
    ['website', 'Hemsida'],
    ['x', 'X \\(Twitter\\)'],
    ['instagram', 'Instagram'],
  ]) {
    await expect(
      cell(page, channel as string, target).getByRole('button', { name: new RegExp(`^10:00 · Tre kanaler · ${label}`) }),
    ).toBeVisible();
  }
  await expect(page.locator(`.week-cell[data-date="${today}"]`).getByRole('button', { name: /Tre kanaler/ })).toHaveCount(0);

  const history = page.getByTestId('history-announcer');
  await page.keyboard.press('Control+z');
  await expect(history).toHaveText('Ångrade: flytt av ”Tre kanaler”');
  await expect(cell(page, 'x', today).getByRole('button', { name: /Tre kanaler/ })).toBeVisible();
  await page.keyboard.press('Control+Shift+z');
  await expect(history).toHaveText('Gjorde om: flytt av ”Tre kanaler”');
  await expect(cell(page, 'x', target).getByRole('button', { name: /Tre kanaler/ })).toBeVisible();

  await harness.stop();
  const stored = harness.readJson(`items-${target.slice(0, 4)}.json`) as { items: Array<Record<string, unknown>> };
  expect(stored.items.find((item) => item.id === 'three')).toMatchObject({
    date: target,
    time: '10:00',
    variants: [
      { channel: 'website', date: null, time: null },
      { channel: 'x', date: null, time: null },
      { channel: 'instagram', date: null, time: null },
    ],
  });
});

test('X given its own time in its tab drags alone, and the toast says so', async ({ page, harness }) => {
  const { today, target, key, targetWords } = await days(page);
  await seedThreeChannels(page, today);
  await cell(page, 'x', today)
    .getByRole('button', { name: /Tre kanaler/ })
    .focus();
  await page.keyboard.press('Enter');
  const editor = page.getByRole('complementary', { name: 'Inlägg' });
  await editor.getByRole('tab', { name: /^X \(Twitter\)/ }).focus();
  await expect(editor.getByRole('tab', { name: /^X \(Twitter\)/ })).toHaveAttribute('aria-selected', 'true');
  await editor.getByRole('checkbox', { name: 'Egen tid för X (Twitter)' }).focus();
  await page.keyboard.press('Space');
  await typeInField(editor, 'Tid för X (Twitter)', '1430', '14:30');
  // Shown in the tab and on the chip; the other channels keep the post's time.
  await expect(editor.getByRole('tab', { name: /^X \(Twitter\).*14:30/ })).toBeVisible();
  await page.keyboard.press('Escape');
  const xChip = cell(page, 'x', today).getByRole('button', { name: /^14:30 · Tre kanaler · X \(Twitter\) · Idé · egen tid$/ });
  await expect(xChip).toBeFocused();
  await expect(cell(page, 'instagram', today).getByRole('button', { name: /^10:00 · Tre kanaler/ })).toBeVisible();

  await keyboardDrag(
    page,
    xChip,
    key,
    `över ${targetWords}, X (Twitter).`,
    `Bara X (Twitter) för ”Tre kanaler” flyttades, till ${targetWords}.`,
  );
  await expect(page.locator('.toast')).toContainText(`Bara X (Twitter) för ”Tre kanaler” flyttades, till ${targetWords}.`);
  await expect(page.locator('.toast').getByRole('button', { name: 'Ångra' })).toBeVisible();
  await expect(cell(page, 'x', target).getByRole('button', { name: /^14:30 · Tre kanaler/ })).toBeVisible();
  await expect(cell(page, 'website', today).getByRole('button', { name: /^10:00 · Tre kanaler/ })).toBeVisible();
  await expect(cell(page, 'instagram', today).getByRole('button', { name: /^10:00 · Tre kanaler/ })).toBeVisible();

  await screenshot(page, 'week-own-time');
  // The card says it too: "X (Twitter): <day> · 14:30".
  await page.keyboard.press('Control+1');
  await expect(page.locator('[data-item-id="three"]')).toContainText('X (Twitter):');
  await expect(page.locator('[data-item-id="three"]')).toContainText('14:30');
  await screenshot(page, 'card-own-time');

  await harness.stop();
  const stored = harness.readJson(`items-${today.slice(0, 4)}.json`) as { items: Array<Record<string, unknown>> };
  expect(stored.items.find((item) => item.id === 'three')).toMatchObject({
    date: today,
    time: '10:00',
    variants: [
      { channel: 'website', date: null, time: null },
      { channel: 'x', date: target, time: '14:30' },
      { channel: 'instagram', date: null, time: null },
    ],
  });
});

test('Enter on an empty cell makes a post on that day and lane and opens it', async ({ page }) => {
  await expect(page.getByRole('button', { name: 'Ladda exempelplan' })).toBeVisible();
  await page.keyboard.press('Control+2');
  const first = page.locator('.week-cell[tabindex="0"]');
  await first.focus();
  const day = (await first.getAttribute('data-date')) as string;
  await page.keyboard.press('ArrowDown');
  const xCell = cell(page, 'x', day);
  await expect(xCell).toBeFocused();
  await page.keyboard.press('Enter');
  const editor = page.getByRole('complementary', { name: 'Inlägg' });
  await expect(editor.getByRole('textbox', { name: 'Titel' })).toBeFocused();
  await page.keyboard.type('Från cellen');
  await expect(editor.getByRole('tab', { name: /^X \(Twitter\)/ })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(xCell.getByRole('button', { name: /^Från cellen · X \(Twitter\) · Idé$/ })).toBeVisible();
});

test('a post without channels dropped by keyboard on the Facebook lane gets a Facebook variant', async ({ page, harness }) => {
  await expect(page.getByRole('button', { name: 'Ladda exempelplan' })).toBeVisible();
  await applyInMain(page, { type: 'item.create', id: 'bare', title: 'Utan kanal' });
  await reloadApp(page);
  await page.keyboard.press('Control+2');
  const chip = page.getByRole('complementary', { name: /Ej schemalagt/ }).getByRole('button', { name: 'Utan kanal' });
  await liftByKeyboard(page, chip);
  await expect(live(page)).toContainText('Plockade upp ”Utan kanal” från Ej schemalagt.');
  // From the side panel, left reaches the week; then up or down to the Facebook lane.
  await page.keyboard.press('ArrowLeft');
  await expect(live(page)).toContainText('”Utan kanal” över');
  for (let step = 0; step < 5; step += 1) {
    const said = (await live(page).textContent()) ?? '';
    if (said.endsWith(', Facebook.')) break;
    const lanes = ['Hemsida', 'X (Twitter)', 'Instagram'];
    await page.keyboard.press(lanes.some((lane) => said.endsWith(`, ${lane}.`)) ? 'ArrowDown' : 'ArrowUp');
    await expect(live(page)).not.toHaveText(said);
  }
  await expect(live(page)).toContainText(', Facebook.');
  await page.keyboard.press('Space');
  await expect(live(page)).toContainText('och fick kanalen Facebook.');
  await expect(page.locator('.toast')).toContainText('och fick kanalen Facebook.');
  const placed = page
    .locator('.week-cell[data-channel="facebook"]')
    .getByRole('button', { name: /^Utan kanal · Facebook · Idé$/ });
  await expect(placed).toBeVisible();
  await expect(page.getByText('Utan kanal', { exact: true }).and(page.locator('.channel-none'))).toHaveCount(0);
  const day = (await placed.locator('xpath=ancestor::*[@data-date][1]').getAttribute('data-date')) as string;

  await harness.stop();
  const stored = harness.readJson(`items-${day.slice(0, 4)}.json`) as { items: Array<Record<string, unknown>> };
  expect(stored.items.find((item) => item.id === 'bare')).toMatchObject({ date: day, variants: [{ channel: 'facebook' }] });
});
