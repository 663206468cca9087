// No ghost or hidden posts: Ctrl+N then Escape leaves nothing behind, and a post added while a
// filter is on either fits the filter or says that the filter hides it.
import { test, expect } from './harness';

test('Ctrl+N then Escape leaves no post, in the board or the store, and nothing to undo', async ({ page, harness }) => {
  await expect(page.getByRole('button', { name: 'Ladda exempelplan' })).toBeVisible();
  const quickAdd = page.getByRole('textbox', { name: 'Nytt inlägg i Idé' });
  await quickAdd.fill('Ett riktigt inlägg');
  await quickAdd.press('Enter');
  const cards = page.locator('.kanban-card-slot');
  await expect(cards).toHaveCount(1);

  await page.keyboard.press('Control+n');
  const editor = page.getByRole('complementary', { name: 'Inlägg' });
  await expect(editor.getByRole('textbox', { name: 'Titel' })).toBeFocused();
  await expect(cards).toHaveCount(2);
  await page.keyboard.press('Escape');
  await expect(editor).toBeHidden();
  await expect(cards).toHaveCount(1);
  // The undo step left is the quick-add's: undoing it empties the board, and nothing comes back.
  await page.getByRole('button', { name: 'Ångra' }).click();
  await expect(cards).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Ångra' })).toBeDisabled();

  await harness.stop();
  const stored = harness.readJson('backlog.json') as { items: unknown[] };
  expect(stored.items).toEqual([]);
});

test('quick-add while filtering by audience and channel gives the new post both', async ({ page }) => {
  await page.getByRole('button', { name: 'Ladda exempelplan' }).click();
  await expect(page.locator('[data-status="published"] .kanban-card-slot').first()).toBeVisible();
  await page.getByRole('combobox', { name: 'Målgrupp' }).selectOption({ label: 'Studenter i Stockholm' });
  await page.getByRole('combobox', { name: 'Kanal' }).selectOption({ label: 'Instagram' });
  const quickAdd = page.getByRole('textbox', { name: 'Nytt inlägg i Idé' });
  await quickAdd.fill('Syns i filtret');
  await quickAdd.press('Enter');
  const card = page.locator('[data-status="idea"]').getByRole('button', { name: /Syns i filtret/ });
  await expect(card).toBeVisible();
  await card.click();
  const editor = page.getByRole('complementary', { name: 'Inlägg' });
  await expect(editor.getByRole('checkbox', { name: 'Studenter i Stockholm' })).toBeChecked();
  await expect(editor.getByRole('tab', { name: 'Instagram' })).toBeVisible();
});

test('quick-add that the search hides says so, and its button clears the filter', async ({ page }) => {
  await page.getByRole('button', { name: 'Ladda exempelplan' }).click();
  await expect(page.locator('[data-status="published"] .kanban-card-slot').first()).toBeVisible();
  await page.getByRole('searchbox').fill('studiemedel');
  const quickAdd = page.getByRole('textbox', { name: 'Nytt inlägg i Idé' });
  await quickAdd.fill('Pressträff om bostäder');
  await quickAdd.press('Enter');
  await expect(page.locator('.toast').getByText('”Pressträff om bostäder” är skapat men syns inte: filtret döljer det.')).toBeVisible();
  const card = page.locator('[data-status="idea"]').getByRole('button', { name: /Pressträff om bostäder/ });
  await expect(card).toHaveCount(0);
  await page.locator('.toast').getByRole('button', { name: 'Rensa filter' }).click();
  await expect(card).toBeVisible();
  await expect(page.getByRole('searchbox')).toHaveValue('');
});
