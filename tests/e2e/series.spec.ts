// Recurring series in the real renderer (issue 19, item 3): "Upprepa" makes a weekly series that
// runs across the end of summer time, the calendar shows every Monday at 08:00, an edit asks
// "Bara det här / Det här och följande", and ending the series is undone in one step.
import { test, expect, reloadApp } from './harness';
import { applyInMain, planInMain } from './example';
import { typeInField } from './date-fields';
import { screenshot } from './screenshots';

// A Thursday two and a half weeks before summer time ends (03:00 on Sunday 2026-10-25), for main
// (which tops series up by its day) and the page alike.
test.use({ now: '2026-10-01T09:00' });

test.beforeEach(async ({ page }) => {
  await applyInMain(page, { type: 'item.create', id: 'monday', title: 'Måndagsställning', status: 'draft', date: '2026-10-19', time: '08:00', channels: ['x'] });
  await applyInMain(page, { type: 'variant.update', id: 'monday', channel: 'x', patch: { text: 'Veckans fråga' } });
  await reloadApp(page);
});

test('a weekly series across the end of summer time: made, shown at 08:00 every Monday, edited onwards and ended', async ({ page }) => {
  await page.getByRole('button', { name: /^Måndagsställning/ }).click();
  const editor = page.getByRole('complementary', { name: 'Inlägg' });
  await editor.getByRole('button', { name: 'Upprepa' }).click();
  await expect(editor.getByRole('combobox', { name: 'Hur ofta' })).toHaveValue('weekly');
  await expect(editor.getByRole('checkbox', { name: 'måndag' })).toBeChecked();
  await typeInField(editor, 'Till och med', '20261116', '2026-11-16');
  await expect(editor.getByRole('status').filter({ hasText: 'Serien blir' })).toHaveText(
    'Serien blir 5 inlägg: Varje måndag kl. 08:00 till och med 2026-11-16.',
  );
  await screenshot(page, 'series-repeat-form');
  await editor.getByRole('button', { name: 'Skapa serien' }).click();
  await expect(page.locator('.toast')).toContainText('Serien är skapad med 5 inlägg.');
  await expect(editor.getByText('Ingår i en serie: Varje måndag kl. 08:00 till och med 2026-11-16.')).toBeVisible();
  await expect(page.locator('[data-status="draft"]').getByRole('img', { name: 'Ingår i en serie' })).toHaveCount(5);
  await editor.getByRole('button', { name: 'Stäng redigeraren' }).click();
  await expect(editor).toBeHidden();

  // October in the month view: Monday the 19th before the change and the 26th after it, both 08:00.
  await page.getByRole('button', { name: 'Kalender', exact: true }).click();
  await page.getByRole('button', { name: 'Månad' }).click();
  await expect(page.getByRole('button', { name: /^08:00 · Måndagsställning · X \(Twitter\) · Utkast · Ingår i en serie/ })).toHaveCount(2);
  await screenshot(page, 'series-across-summer-time');
  const stored = await planInMain(page);
  const posts = stored.items.filter((item) => stored.settings.series[0]?.made.some((made) => made.id === item.id));
  expect(posts.map((post) => `${post.date} ${post.time}`).sort()).toEqual([
    '2026-10-19 08:00',
    '2026-10-26 08:00',
    '2026-11-02 08:00',
    '2026-11-09 08:00',
    '2026-11-16 08:00',
  ]);
  expect(stored.settings.series[0]?.rule).toBe('DTSTART:20261019T080000\nRRULE:FREQ=WEEKLY;BYDAY=MO;UNTIL=20261116T235959');

  // The post of 2 November: a new text asks first, and "Det här och följande" takes it onwards.
  await page.getByRole('button', { name: 'Nästa månad' }).click();
  await page.locator('.entry-chip[data-post-id$="-20261102"]').click();
  const text = editor.getByRole('textbox', { name: 'Text', exact: true });
  await text.fill('Ny fråga från november');
  const question = page.getByRole('dialog', { name: 'Ingår i en serie' });
  await expect(question).toContainText('Vad ska ändringarna gälla?');
  await question.getByRole('button', { name: 'Det här och följande' }).click();
  await expect(editor.getByText('Ändringar gäller: Det här och följande.')).toBeVisible();
  await expect(text).toHaveValue('Ny fråga från november');
  await expect
    .poll(async () => {
      const plan = await planInMain(page);
      return plan.items.filter((item) => item.id.startsWith('monday') || item.id.includes('-2026')).map((item) => `${item.date} ${item.variants[0]?.text}`).sort();
    })
    .toEqual([
      '2026-10-19 Veckans fråga',
      '2026-10-26 Veckans fråga',
      '2026-11-02 Ny fråga från november',
      '2026-11-09 Ny fråga från november',
      '2026-11-16 Ny fråga från november',
    ]);

  // Ending the series today takes its unpublished posts after today; one undo brings them back.
  await editor.getByRole('button', { name: 'Avsluta serien' }).click();
  await expect(page.locator('.toast')).toContainText('Serien är avslutad. 5 kommande inlägg togs bort.');
  await page.getByRole('button', { name: 'Kanban', exact: true }).click();
  await expect(page.locator('.kanban-card-slot')).toHaveCount(0);
  await page.locator('.toast').getByRole('button', { name: 'Ångra' }).click();
  await expect(page.locator('.kanban-card-slot')).toHaveCount(5);
  expect((await planInMain(page)).settings.series[0]?.rule).toContain('UNTIL=20261116T235959');
});

test('a series that never ends cannot be made, and one of more than 500 posts asks first', async ({ page }) => {
  await page.getByRole('button', { name: /^Måndagsställning/ }).click();
  const editor = page.getByRole('complementary', { name: 'Inlägg' });
  await editor.getByRole('button', { name: 'Upprepa' }).click();
  await editor.getByRole('radio', { name: 'Antal gånger' }).check();
  await editor.getByRole('spinbutton', { name: 'Antal gånger' }).fill('');
  await expect(editor.getByText('En serie måste sluta: ange ett datum (”Till och med”) eller ett antal gånger.')).toBeVisible();
  await expect(editor.getByRole('button', { name: 'Skapa serien' })).toBeDisabled();
  await editor.getByRole('spinbutton', { name: 'Antal gånger' }).fill('600');
  await editor.getByRole('button', { name: 'Skapa serien' }).click();
  const ask = page.getByRole('dialog', { name: 'En lång serie' });
  await expect(ask).toContainText('Serien blir 600 inlägg. Vill du skapa den ändå?');
  await ask.getByRole('button', { name: 'Avbryt' }).click();
  expect((await planInMain(page)).settings.series).toEqual([]);
});
