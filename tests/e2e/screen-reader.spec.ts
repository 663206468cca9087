// What a keyboard and screen-reader user meets: closing the editor puts focus back on the card
// or calendar chip that opened it.
import { test, expect, reloadApp } from './harness';
import { applyInMain } from './example';

// The day these tests run on (main's clock and the page's): they use today, not a particular day.
// days.spec.ts runs what depends on the day itself on the days that break date code.
test.use({ now: '2026-12-02T10:00' });

test('Escape in the editor gives focus back to the card, and to the calendar chip, that opened it', async ({ page }) => {
  await expect(page.getByRole('button', { name: 'Ladda exempelplan' })).toBeVisible();
  const today = await page.evaluate(() => new Date().toLocaleDateString('sv-SE'));
  await applyInMain(page, { type: 'item.create', id: 'meet', title: 'Medlemsmöte', date: today, time: '10:00', channels: ['x'] });
  await reloadApp(page);

  const card = page.locator('[data-status="idea"]').getByRole('button', { name: /Medlemsmöte/ });
  await card.focus();
  await page.keyboard.press('Enter');
  const editor = page.getByRole('complementary', { name: 'Inlägg' });
  await expect(editor).toBeVisible();
  await expect(card).not.toBeFocused();
  await page.keyboard.press('Escape');
  await expect(editor).toBeHidden();
  await expect(card).toBeFocused();

  await page.getByRole('button', { name: 'Kalender' }).click();
  const chip = page.locator(`.week-cell[data-channel="x"][data-date="${today}"]`).getByRole('button', { name: /Medlemsmöte/ });
  await chip.focus();
  await page.keyboard.press('Enter');
  await expect(editor).toBeVisible();
  await editor.getByRole('textbox', { name: 'Titel' }).focus();
  await page.keyboard.press('Escape');
  await expect(editor).toBeHidden();
  await expect(chip).toBeFocused();
});

test("each filter is named by its label alone, not by its options' text", async ({ page }) => {
  await expect(page.getByRole('button', { name: 'Ladda exempelplan' })).toBeVisible();
  for (const name of ['Kanal', 'Målgrupp', 'Tagg', 'Ansvarig', 'Status']) {
    await expect(page.getByRole('search').getByRole('combobox', { name, exact: true })).toBeVisible();
  }
});
