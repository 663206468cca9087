// The planning flow of a communications officer, end to end in Chromium through the harness.
import type { Page } from '@playwright/test';
import { test, expect, reloadApp } from './harness';
import { liftByKeyboard } from './keyboard-drag';
import { typeInField } from './date-fields';

// The day these tests run on (main's clock and the page's): they use today, not a particular day.
// days.spec.ts runs what depends on the day itself on the days that break date code.
test.use({ now: '2026-12-02T10:00' });

const X_TEXT = 'Studenter i Stockholm behöver bostäder de har råd med. '.repeat(6).slice(0, 300);

async function createItem(page: Page, title: string) {
  const quickAdd = page.getByRole('textbox', { name: 'Nytt inlägg i Idé' });
  await quickAdd.fill(title);
  await quickAdd.press('Enter');
  return page.locator('[data-status="idea"]').getByRole('button', { name: title });
}

async function addChannel(page: Page, channel: string) {
  await page.getByRole('combobox', { name: 'Lägg till kanal…' }).selectOption({ label: channel });
  await expect(page.getByRole('tab', { name: channel })).toHaveAttribute('aria-selected', 'true');
}

/** dnd-kit's keyboard drag, one step at a time, each step waiting for the announcement it should make. */
async function keyboardMove(page: Page, card: ReturnType<Page['locator']>, steps: Array<[string, string]>, landing: RegExp) {
  const live = page.locator('[id^="DndLiveRegion"]');
  await liftByKeyboard(page, card);
  for (const [key, announced] of steps) {
    await page.keyboard.press(key);
    await expect(live).toContainText(announced);
  }
  await page.keyboard.press('Space');
  await expect(live).toContainText(landing);
}

/** A pointer drag with small steps, as a person would make it. */
async function drag(page: Page, from: ReturnType<Page['locator']>, to: ReturnType<Page['locator']>) {
  const a = await from.boundingBox();
  const b = await to.boundingBox();
  if (!a || !b) throw new Error('not visible');
  await page.mouse.move(a.x + a.width / 2, a.y + a.height / 2);
  await page.mouse.down();
  await page.mouse.move(a.x + a.width / 2 + 10, a.y + a.height / 2 + 10, { steps: 5 });
  await page.mouse.move(b.x + b.width / 2, b.y + b.height / 2, { steps: 15 });
  await page.mouse.up();
}

test('plan an item: variants, thread, keyboard move, calendar drags, filter, undo, reload', async ({ page, harness }) => {
  const card = await createItem(page, 'Bostadskrisen');
  await card.click();
  const editor = page.getByRole('complementary', { name: 'Inlägg' });
  await expect(editor.getByRole('textbox', { name: 'Titel' })).toHaveValue('Bostadskrisen');

  await addChannel(page, 'X (Twitter)');
  await editor.getByRole('textbox', { name: 'Text', exact: true }).fill(X_TEXT);
  await expect(editor.getByText('300 / 280')).toBeVisible();
  await expect(editor.getByText('blir en tråd med 2 delar')).toBeVisible();
  const parts = editor.getByRole('list', { name: 'Tråd med 2 delar' }).getByRole('listitem');
  await expect(parts).toHaveCount(2);
  await expect(parts.nth(0)).toContainText('1/2');
  await expect(parts.nth(1)).toContainText('2/2');

  await addChannel(page, 'Instagram');
  await editor.getByRole('textbox', { name: 'Text', exact: true }).fill('Vi var på plats vid bostadsmötet i dag. #bostad');
  await editor.getByRole('textbox', { name: 'Alt-text' }).fill('Studenter samlade i en aula.');
  await editor.getByRole('group', { name: 'Målgrupper' }).getByRole('checkbox', { name: 'Beslutsfattare' }).check();
  await editor.getByRole('button', { name: 'Stäng redigeraren' }).click();

  await keyboardMove(
    page,
    card,
    [
      ['ArrowRight', 'är över Utkast'],
      ['ArrowRight', 'är över Granskning'],
    ],
    /släpptes i Granskning/,
  );
  await expect(page.locator('[data-status="review"]').getByRole('button', { name: 'Bostadskrisen' })).toBeVisible();

  // The calendar: drag the unscheduled item from the backlog onto Wednesday of this week.
  await page.getByRole('button', { name: 'Kalender' }).click();
  await expect(page.getByRole('grid', { name: /^Vecka \d+/ })).toBeVisible();
  await expect(page.getByText(/^v\. \d+$/).first()).toBeVisible();
  const backlogItem = page.getByRole('complementary', { name: /Ej schemalagt/ }).getByRole('button', { name: 'Bostadskrisen' });
  const wednesdayX = page.locator('.week-cell[data-channel="x"]').nth(2);
  const wednesday = await wednesdayX.getAttribute('data-date');
  await drag(page, backlogItem, wednesdayX);
  await expect(wednesdayX.getByRole('button', { name: /Bostadskrisen/ })).toBeVisible();
  await expect(
    page.locator(`.week-cell[data-channel="instagram"][data-date="${wednesday}"]`).getByRole('button', { name: /Bostadskrisen/ }),
  ).toBeVisible();

  // Give it a time, then drag the X chip to Friday: the whole post moves, and the time stays.
  await wednesdayX.getByRole('button', { name: /Bostadskrisen/ }).click();
  await typeInField(editor, 'Tid', '1200', '12:00');
  await editor.getByRole('button', { name: 'Stäng redigeraren' }).click();
  const xChip = /^12:00 · Bostadskrisen · X \(Twitter\) · Granskning$/;
  await expect(wednesdayX.getByRole('button', { name: xChip })).toBeVisible();
  const fridayX = page.locator('.week-cell[data-channel="x"]').nth(4);
  const friday = await fridayX.getAttribute('data-date');
  await drag(page, wednesdayX.getByRole('button', { name: /Bostadskrisen/ }), fridayX);
  await expect(fridayX.getByRole('button', { name: xChip })).toBeVisible();
  await expect(
    page
      .locator(`.week-cell[data-channel="instagram"][data-date="${friday}"]`)
      .getByRole('button', { name: /^12:00 · Bostadskrisen · Instagram/ }),
  ).toBeVisible();
  await expect(page.locator(`.week-cell[data-date="${wednesday}"]`).getByRole('button', { name: /Bostadskrisen/ })).toHaveCount(
    0,
  );

  // Filter by an audience: kept across views.
  await page.getByRole('combobox', { name: 'Målgrupp' }).selectOption({ label: 'Allmänheten' });
  await expect(fridayX.getByRole('button', { name: /Bostadskrisen/ })).toHaveCount(0);
  await page.getByRole('button', { name: 'Kanban' }).click();
  await expect(page.getByRole('button', { name: 'Bostadskrisen' })).toHaveCount(0);
  await page.getByRole('combobox', { name: 'Målgrupp' }).selectOption({ label: 'Beslutsfattare' });
  await expect(page.locator('[data-status="review"]').getByRole('button', { name: 'Bostadskrisen' })).toBeVisible();
  await page.getByRole('button', { name: 'Rensa filter' }).click();

  // Undo the last move (the post to Friday) with the keyboard.
  await page.keyboard.press('Control+z');
  await page.getByRole('button', { name: 'Kalender' }).click();
  await expect(wednesdayX.getByRole('button', { name: xChip })).toBeVisible();
  await expect(fridayX.getByRole('button', { name: /Bostadskrisen/ })).toHaveCount(0);

  // Reload: everything comes back from the store file on disk.
  await reloadApp(page);
  await page.getByRole('button', { name: 'Kalender' }).click();
  await expect(
    page.locator(`.week-cell[data-channel="x"][data-date="${wednesday}"]`).getByRole('button', { name: xChip }),
  ).toBeVisible();
  await harness.stop();
  const year = (wednesday as string).slice(0, 4);
  const stored = harness.readJson(`items-${year}.json`) as { items: Array<Record<string, unknown>> };
  expect(stored.items).toHaveLength(1);
  expect(stored.items[0]).toMatchObject({
    title: 'Bostadskrisen',
    status: 'review',
    date: wednesday,
    time: '12:00',
    audiences: ['decision-makers'],
    variants: [
      { channel: 'x', text: X_TEXT, date: null },
      { channel: 'instagram', text: 'Vi var på plats vid bostadsmötet i dag. #bostad', altText: 'Studenter samlade i en aula.' },
    ],
  });
  expect(friday).not.toBe(wednesday);
});

test('delete an item and take it back with "Ångra"', async ({ page }) => {
  const card = await createItem(page, 'Pressmeddelande');
  await card.click();
  await page.getByRole('button', { name: 'Ta bort inlägget' }).click();
  await expect(page.getByRole('button', { name: 'Pressmeddelande' })).toHaveCount(0);
  await expect(page.locator('.toast')).toContainText('”Pressmeddelande” togs bort.');
  // Another change after the delete: "Ångra" on the toast still takes back the delete itself.
  await createItem(page, 'Senare inlägg');
  await page.locator('.toast').getByRole('button', { name: 'Ångra' }).click();
  await expect(page.locator('[data-status="idea"]').getByRole('button', { name: 'Senare inlägg' })).toBeVisible();
  await expect(page.locator('[data-status="idea"]').getByRole('button', { name: 'Pressmeddelande' })).toBeVisible();
});

test('the copy button puts the channel-ready thread on the clipboard', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const card = await createItem(page, 'Tråd om studiemedel');
  await card.click();
  await addChannel(page, 'X (Twitter)');
  await page.getByRole('textbox', { name: 'Text', exact: true }).fill(X_TEXT);
  await page.getByRole('button', { name: 'Kopiera alla 2 delar' }).click();
  await expect(page.getByText('Kopierat till urklipp.')).toBeVisible();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  const parts = copied.split('\n\n');
  expect(parts).toHaveLength(2);
  expect(parts[0]).toMatch(/ 1\/2$/);
  expect(parts[1]).toMatch(/ 2\/2$/);
  expect(
    parts
      .join(' ')
      .replace(/ [12]\/2/g, '')
      .replace(/\s+/g, ' '),
  ).toBe(X_TEXT.trim().replace(/\s+/g, ' '));
});

test('a post moves to another day in the week view with the keyboard alone', async ({ page }) => {
  const card = await createItem(page, 'Tangentbordsflytt');
  await card.click();
  await addChannel(page, 'X (Twitter)');
  const today = await page.evaluate(() => new Date().toLocaleDateString('sv-SE'));
  const editor = page.getByRole('complementary', { name: 'Inlägg' });
  await typeInField(editor, 'Datum', today.replaceAll('-', ''), today);
  await typeInField(editor, 'Tid', '0915', '09:15');
  await page.getByRole('button', { name: 'Stäng redigeraren' }).click();
  await page.getByRole('button', { name: 'Kalender' }).click();

  const chip = page
    .locator(`.week-cell[data-channel="x"][data-date="${today}"]`)
    .getByRole('button', { name: /Tangentbordsflytt/ });
  const isMonday = await page.evaluate(() => new Date().getDay() === 1);
  const cells = page.locator('.week-cell[data-channel="x"]');
  const index = await cells.evaluateAll((all, day) => all.findIndex((cell) => cell.getAttribute('data-date') === day), today);
  const target = cells.nth(isMonday ? index + 1 : index - 1);
  const targetDay = (await target.getAttribute('data-date')) as string;

  const live = page.locator('[id^="DndLiveRegion"]');
  await liftByKeyboard(page, chip);
  await page.keyboard.press(isMonday ? 'ArrowRight' : 'ArrowLeft');
  // Wait until the chip is over the neighbouring day, not just over where it started: said in words.
  const inWords = new Date(`${targetDay}T12:00`).toLocaleDateString('sv-SE', { weekday: 'long', day: 'numeric', month: 'long' });
  await expect(live).toContainText(`”Tangentbordsflytt” över ${inWords}, X (Twitter).`);
  await page.keyboard.press('Space');
  await expect(live).toContainText(`”Tangentbordsflytt” flyttades till ${inWords}.`);
  await expect(target.getByRole('button', { name: /^09:15 · Tangentbordsflytt · X \(Twitter\)/ })).toBeVisible();
});
