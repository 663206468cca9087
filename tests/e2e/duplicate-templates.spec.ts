// Duplicate and templates in the real renderer (issue 19, items 1 and 2): Ctrl+D on a card and a
// card's menu by keyboard make a copy as a new idea and open it; a post saved as a template makes
// new posts from Ctrl+Shift+N; Inställningar → Mallar renames and removes, each step undoable.
import { test, expect, reloadApp } from './harness';
import { applyInMain, planInMain, seriousViolations } from './example';
import { screenshot } from './screenshots';

test.use({ now: '2026-08-03T09:00' });

test.beforeEach(async ({ page }) => {
  await applyInMain(page, { type: 'item.create', id: 'welcome', title: 'Välkommen till terminen', status: 'approved', date: '2026-08-24', time: '09:00', channels: ['website', 'instagram'] });
  await applyInMain(page, { type: 'variant.update', id: 'welcome', channel: 'instagram', patch: { text: 'Välkommen tillbaka!', hashtags: ['ssco'] } });
  await applyInMain(page, { type: 'item.update', id: 'welcome', patch: { audiences: ['students'], tags: ['termin'], owner: 'Kim' } });
  await applyInMain(page, { type: 'variant.publish', id: 'welcome', channel: 'instagram', url: 'https://instagram.com/p/1' });
  await reloadApp(page);
});

test('Ctrl+D on a card makes a new idea with its texts, opens it, and one undo takes it back', async ({ page }) => {
  const card = page.getByRole('button', { name: /^Välkommen till terminen$/ });
  await card.focus();
  await page.keyboard.press('Control+d');
  const editor = page.getByRole('complementary', { name: 'Inlägg' });
  await expect(editor.getByRole('textbox', { name: 'Titel' })).toHaveValue('Välkommen till terminen (kopia)');
  await expect(page.locator('.toast')).toContainText('Kopian ”Välkommen till terminen (kopia)” är skapad som idé.');
  const copy = page.locator('[data-status="idea"]').getByRole('button', { name: 'Välkommen till terminen (kopia)' });
  await expect(copy).toContainText('Ej schemalagd');
  const stored = await planInMain(page);
  const made = stored.items.find((item) => item.title.endsWith('(kopia)'));
  expect(made).toMatchObject({ status: 'idea', date: null, audiences: ['students'], tags: ['termin'], owner: 'Kim' });
  expect(made?.variants.map((v) => [v.channel, v.text, v.slug, v.publishedAt])).toEqual([
    ['website', '', '', null],
    ['instagram', 'Välkommen tillbaka!', '', null],
  ]);
  await page.locator('.toast').getByRole('button', { name: 'Ångra' }).click();
  await expect(copy).toHaveCount(0);
});

test("a card's menu opens with Shift+F10 and duplicates from the keyboard", async ({ page }) => {
  await page.getByRole('button', { name: /^Välkommen till terminen$/ }).focus();
  await page.keyboard.press('Shift+F10');
  const menu = page.getByRole('menu', { name: 'Åtgärder för ”Välkommen till terminen”' });
  await expect(menu.getByRole('menuitem', { name: 'Öppna' })).toBeFocused();
  expect(await seriousViolations(page, ['.post-menu'])).toEqual([]);
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('complementary', { name: 'Inlägg' }).getByRole('textbox', { name: 'Titel' })).toHaveValue('Välkommen till terminen (kopia)');
});

test('save as template, then a new post from it with Ctrl+Shift+N; rename and remove under Mallar', async ({ page }) => {
  await page.getByRole('button', { name: /^Välkommen till terminen$/ }).click();
  const editor = page.getByRole('complementary', { name: 'Inlägg' });
  await editor.getByRole('button', { name: 'Åtgärder för ”Välkommen till terminen”' }).click();
  await page.getByRole('menuitem', { name: 'Spara som mall…' }).click();
  const save = page.getByRole('dialog', { name: 'Spara som mall' });
  await save.getByRole('textbox', { name: 'Mallens namn' }).fill('Terminsstart');
  await save.getByRole('button', { name: 'Spara mallen' }).click();
  await expect(page.locator('.toast')).toContainText('Mallen ”Terminsstart” är sparad.');
  await editor.getByRole('button', { name: 'Stäng redigeraren' }).click();

  await page.keyboard.press('Control+Shift+N');
  const pick = page.getByRole('dialog', { name: 'Nytt från mall' });
  await pick.getByRole('searchbox', { name: 'Filtrera mallar på namn' }).fill('nope');
  await expect(pick.getByText('Ingen mall matchar ”nope”.')).toBeVisible();
  await pick.getByRole('searchbox', { name: 'Filtrera mallar på namn' }).fill('termin');
  await expect(pick.getByRole('button', { name: /Terminsstart/ })).toContainText('2 kanaler');
  await expect(pick.getByRole('searchbox', { name: 'Filtrera mallar på namn' })).toBeFocused();
  await screenshot(page, 'templates-new-from-template');
  await page.keyboard.press('Enter');
  await expect(editor.getByRole('textbox', { name: 'Titel' })).toHaveValue('Välkommen till terminen');
  await expect(page.locator('[data-status="idea"] .kanban-card-slot')).toHaveCount(1);
  await expect(editor.getByRole('tab', { name: 'Instagram' })).toBeVisible();

  await page.keyboard.press('Control+,');
  await page.getByRole('button', { name: 'Mallar' }).click();
  await page.getByRole('button', { name: 'Redigera Terminsstart' }).click();
  const name = page.getByRole('textbox', { name: 'Mallens namn' });
  await name.fill('Höststart');
  await name.press('Enter');
  await expect(page.getByRole('group', { name: 'Höststart' })).toBeVisible();
  await name.press('Tab');
  await screenshot(page, 'templates-settings');
  await page.getByRole('group', { name: 'Höststart' }).getByRole('checkbox', { name: 'Allmänheten' }).check();
  await expect.poll(async () => (await planInMain(page)).settings.templates[0]?.content.audiences.length).toBe(2);
  await page.getByRole('button', { name: 'Ta bort Höststart' }).click();
  await expect(page.getByText('Inga mallar ännu.', { exact: false })).toBeVisible();
  await page.locator('.toast').getByRole('button', { name: 'Ångra' }).click();
  await expect(page.getByRole('group', { name: 'Höststart' })).toBeVisible();
  expect((await planInMain(page)).settings.templates.map((template) => template.name)).toEqual(['Höststart']);
});
