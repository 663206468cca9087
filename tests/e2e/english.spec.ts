// English is the second language: every view speaks it once chosen, and it is remembered.
import { test, expect, reloadApp } from './harness';
import { screenshot } from './screenshots';
import { examplePlanFile } from '../support/plan-files';

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
  await reloadApp(page);
  await expect(page.getByRole('heading', { level: 2, name: 'Published' })).toBeVisible();
});

// Refusals cross from the domain and from main as catalogue keys and values: an English UI says
// them in English, down to the field and the post they name (issue 15, item 7).
test('refusals in English: a settings change the domain refuses, and a plan file main refuses', async ({ page }) => {
  await page.getByRole('combobox', { name: 'Språk' }).selectOption('en');
  await page.getByRole('button', { name: 'Load example plan' }).click();
  await expect(page.locator('[data-status="published"] .kanban-card-slot').first()).toBeVisible();
  const sections = page.getByRole('navigation', { name: 'Sections' });
  await page.getByRole('button', { name: 'Settings' }).click();
  await sections.getByRole('button', { name: 'Organisation', exact: true }).click();
  const organisation = page.getByRole('region', { name: 'Organisation', exact: true });
  const url = organisation.getByRole('textbox', { name: 'Website address' });
  await url.fill('ssco.se');
  await url.press('Enter');
  await expect(organisation.getByRole('alert')).toHaveText(
    "The settings were not saved: the website's address must start with http:// or https:// and be a valid address, or be empty.",
  );

  await sections.getByRole('button', { name: 'Backups', exact: true }).click();
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Import…' }).click();
  // A post on a day the calendar does not have: main parses the file and refuses it.
  const broken = examplePlanFile().replace(/"date": "\d{4}-\d\d-\d\d"/, '"date": "2026-02-31"');
  await (await chooser).setFiles({ name: 'broken.json', mimeType: 'application/json', buffer: Buffer.from(broken) });
  const dialog = page.getByRole('dialog', { name: 'The file could not be imported' });
  await expect(dialog).toContainText("The file was not imported, because it does not follow the plan's format:");
  await expect(dialog).toContainText(/Post \d+ \(“.+”\): Date: is not in the calendar/);
  // The post's own title is the plan's Swedish; none of the words around it are.
  await expect(dialog).not.toContainText(/Filen|Inlägg|Datum|Datumet/);
});
