// Egen kanal (issue 9): a channel of one's own, added in Settings, gets what the built-in ones
// get: a counter against its limit, an over-limit check, a calendar lane, and its badge.
import type { Page } from '@playwright/test';
import { test, expect } from './harness';
import { typeInField } from './date-fields';
import { seriousViolations } from './example';
import { screenshot } from './screenshots';

// The day these tests run on (main's clock and the page's): they use today, not a particular day.
// days.spec.ts runs what depends on the day itself on the days that break date code.
test.use({ now: '2026-12-02T10:00' });

async function addNewsletter(page: Page) {
  await page.getByRole('button', { name: 'Inställningar' }).click();
  await page.getByRole('button', { name: 'Egen kanal' }).click();
  const section = page.getByRole('region', { name: 'Egen kanal' });
  await section.getByRole('textbox', { name: 'Namn' }).fill('Nyhetsbrev');
  await section.getByLabel('Färg').fill('#f5c542');
  await section.getByRole('textbox', { name: 'Teckengräns' }).fill('500');
  await section.getByRole('textbox', { name: 'Syfte' }).fill('Månadsbrev till medlemmarna.');
  await section.getByRole('button', { name: 'Lägg till kanalen' }).click();
  await expect(section.getByRole('status')).toContainText('Kanalen Nyhetsbrev är tillagd');
  return section;
}

test('add a custom channel with a 500-character limit and write a post for it', async ({ page }) => {
  const section = await addNewsletter(page);
  const listed = section.locator('.custom-channel', { hasText: 'Nyhetsbrev' });
  await expect(listed).toContainText('Högst 500 tecken');
  await expect(listed).toContainText('Används inte av något inlägg.');
  // A pale colour gets dark text on its badge, so the name stays readable.
  await expect(listed.locator('.channel-badge')).toHaveCSS('color', 'rgb(0, 0, 0)');
  await expect(listed.locator('.channel-badge')).toHaveCSS('background-color', 'rgb(245, 197, 66)');
  // The same name twice is refused beside the field, and nothing is added.
  await section.getByRole('textbox', { name: 'Namn' }).fill('nyhetsbrev');
  await section.getByRole('button', { name: 'Lägg till kanalen' }).click();
  await expect(section.getByRole('alert')).toHaveText('Det finns redan en kanal som heter nyhetsbrev.');
  await section.getByRole('textbox', { name: 'Namn' }).fill('');
  expect(await seriousViolations(page)).toEqual([]);
  await screenshot(page, 'settings-custom-channel');

  await page.getByRole('button', { name: 'Kanban' }).click();
  const quickAdd = page.getByRole('textbox', { name: 'Nytt inlägg i Idé' });
  await quickAdd.fill('Månadens nyheter');
  await quickAdd.press('Enter');
  await page.locator('[data-status="idea"]').getByRole('button', { name: 'Månadens nyheter' }).click();
  const editor = page.getByRole('complementary', { name: 'Inlägg' });
  await page.getByRole('combobox', { name: 'Lägg till kanal…' }).selectOption({ label: 'Nyhetsbrev' });
  await expect(editor.getByRole('tab', { name: 'Nyhetsbrev' })).toHaveAttribute('aria-selected', 'true');
  await expect(editor.getByText('Månadsbrev till medlemmarna.')).toBeVisible();
  const text = editor.getByRole('textbox', { name: 'Text', exact: true });
  await text.fill('Hej medlemmar! 👋 Här är månadens nyheter.');
  // Graphemes, as a reader counts them: the emoji is one character.
  await expect(editor.getByText('41 / 500')).toBeVisible();
  const checks = editor.getByRole('list', { name: 'Kontroller' });
  await expect(checks).not.toContainText('för många');

  await text.fill('Nyheter från kansliet. '.repeat(23));
  await expect(editor.getByText('528 / 500')).toBeVisible();
  await expect(checks).toContainText('Nyhetsbrev: texten är 528 tecken, 28 för många (gränsen är 500).');
  const today = await page.evaluate(() => new Date().toLocaleDateString('sv-SE'));
  await typeInField(editor, 'Datum', today.replaceAll('-', ''), today);
  await editor.getByText('528 / 500').scrollIntoViewIfNeeded();
  await screenshot(page, 'editor-custom-channel');
  await page.getByRole('button', { name: 'Stäng redigeraren' }).click();

  const card = page.locator('[data-status="idea"]').getByRole('button', { name: /Månadens nyheter/ });
  await expect(card.locator('.channel-badge', { hasText: 'Nyhetsbrev' })).toHaveCSS('background-color', 'rgb(245, 197, 66)');

  await page.getByRole('button', { name: 'Kalender' }).click();
  const lane = page.locator('.week-row', { has: page.getByRole('rowheader', { name: 'Nyhetsbrev' }) });
  const chip = lane.locator(`.week-cell[data-date="${today}"]`).getByRole('button', { name: /Månadens nyheter/ });
  await expect(chip).toBeVisible();
  await expect(chip).toHaveCSS('border-left-color', 'rgb(245, 197, 66)');
  await screenshot(page, 'calendar-custom-channel');

  // The board view lists it in the audience × channel matrix and on the post.
  await page.getByRole('button', { name: 'Styrelsevy' }).click();
  await expect(page.locator('.coverage-table').first().getByRole('columnheader', { name: 'Nyhetsbrev' })).toBeVisible();
  await expect(page.locator('.channel-badge', { hasText: 'Nyhetsbrev' }).first()).toBeVisible();

  // In use, the channel cannot be removed: Settings says why and offers turning it off.
  await page.getByRole('button', { name: 'Inställningar' }).click();
  await page.getByRole('button', { name: 'Egen kanal' }).click();
  const used = page.locator('.custom-channel', { hasText: 'Nyhetsbrev' });
  await expect(used).toContainText('Används av 1 inlägg. Kan inte tas bort');
  await expect(used.getByRole('button', { name: 'Ta bort kanalen Nyhetsbrev' })).toHaveCount(0);
  await used.getByRole('button', { name: 'Stäng av kanalen Nyhetsbrev' }).click();
  await expect(used).toContainText('Avstängd');
  await screenshot(page, 'settings-custom-channel-in-use');
});

test('with six channels the board’s coverage keeps "Totalt" in view in a 1024 px window', async ({ page }) => {
  await page.setViewportSize({ width: 1024, height: 700 });
  await addNewsletter(page);
  await page.getByRole('button', { name: 'Kanban' }).click();
  await page.getByRole('button', { name: 'Ladda exempelplan' }).click();
  await page.getByRole('button', { name: 'Styrelsevy' }).click();
  const coverage = page.getByRole('region', { name: 'Målgrupper och kanaler' });
  const table = coverage.getByRole('table');
  await expect(table.getByRole('columnheader')).toHaveCount(8);
  const scroller = coverage.getByRole('group');
  const inside = async (name: string) => {
    const [cell, box] = await Promise.all([table.getByRole('columnheader', { name }).boundingBox(), scroller.boundingBox()]);
    return cell!.x >= box!.x - 1 && cell!.x + cell!.width <= box!.x + box!.width + 1;
  };
  expect(await inside('Totalt')).toBe(true);
  expect(await inside('Målgrupp')).toBe(true);
  await screenshot(page, 'board-coverage-six-channels');
});
