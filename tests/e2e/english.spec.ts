// English is the second language: every view speaks it once chosen, and it is remembered.
import { test, expect } from './harness';
import { screenshot } from './screenshots';

test('the planning views in English', async ({ page }) => {
  await page.getByRole('combobox', { name: 'Språk' }).selectOption('en');
  await expect(page.getByText('Welcome to Kanalplan')).toBeVisible();
  await page.getByRole('button', { name: 'Load example plan' }).click();
  await page.locator('[data-status="draft"] .kanban-card-slot').first().click();
  const editor = page.getByRole('complementary', { name: 'Item' });
  await expect(editor.getByText("The channel's purpose:")).toBeVisible();
  await expect(editor.getByRole('group', { name: 'Communication principles' })).toBeVisible();
  await screenshot(page, 'editor-english');
  await editor.getByRole('button', { name: 'Close the editor' }).click();
  await page.getByRole('button', { name: 'Calendar' }).click();
  await expect(page.getByText(/^w\. \d+$/).first()).toBeVisible();
  await expect(page.getByRole('heading', { name: /Not scheduled/ })).toBeVisible();
  await page.reload();
  await expect(page.getByRole('heading', { level: 2, name: 'Published' })).toBeVisible();
});
