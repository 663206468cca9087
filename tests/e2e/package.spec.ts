// Issue 17's package findings end to end: a channel turned off keeps its approved posts in the
// package, or the dialog and LÄS-MIG say what is left out; and the website's copy button puts the
// page on the clipboard as HTML beside its Markdown, so a website editor keeps its formatting.
import { readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { packageFolderName } from '../../src-shared/export';
import { weekDays } from '../../src-shared/calendar/dates';
import { test, expect } from './harness';
import { screenshot } from './screenshots';
import { EXAMPLE_TUESDAY_NOW, loadExampleOnTuesday, planInMain } from './example';

// A Tuesday of week 48 (main's clock and the page's), the day the example plan is loaded on.
test.use({ now: EXAMPLE_TUESDAY_NOW });
const WEEK = weekDays('2026-11-24'); // the week of EXAMPLE_TUESDAY
const FOLDER = packageFolderName(WEEK[0]!, WEEK[6]!);

async function turnOffFacebook(page: Page) {
  await page.getByRole('button', { name: 'Inställningar' }).click();
  await page.getByRole('navigation', { name: 'Avsnitt' }).getByRole('button', { name: 'Kanaler', exact: true }).click();
  const section = page.getByRole('region', { name: 'Kanaler', exact: true });
  await section.getByRole('checkbox', { name: 'Använd Facebook' }).uncheck();
  await expect(section.getByRole('group', { name: 'Facebook' })).toHaveAttribute('data-enabled', 'false');
}

/** Exports, replacing the package the test wrote before when `replacing`. */
async function exportWith(page: Page, dialog: Locator, replacing: boolean) {
  await dialog.getByRole('button', { name: 'Exportera' }).click();
  if (replacing) await dialog.getByRole('button', { name: 'Ersätt' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.locator('.toast')).toContainText('Exporterat till');
}

test('a channel turned off keeps its approved posts in the package, or the dialog says which it leaves out', async ({
  page,
  harness,
}) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await loadExampleOnTuesday(page);
  const plan = await planInMain(page);
  const facebook = plan.items.filter(
    (item) =>
      item.status === 'approved' &&
      item.date !== null &&
      item.date >= WEEK[0]! &&
      item.date <= WEEK[6]! &&
      item.variants.some((variant) => variant.channel === 'facebook'),
  );
  expect(facebook.length).toBeGreaterThan(0);
  await turnOffFacebook(page);

  await page.keyboard.press('Control+e');
  const dialog = page.getByRole('dialog', { name: 'Exportera kanalpaket' });
  // Listed although turned off, marked as such, and chosen.
  await expect(dialog.getByRole('checkbox', { name: 'Facebook avstängd' })).toBeChecked();
  await expect(dialog.getByText('En avstängd kanal visas här')).toBeVisible();
  await expect(dialog.getByRole('list', { name: 'Det här exporteras' })).toContainText('Facebook (avstängd)');
  await screenshot(page, 'export-dialog-turned-off');
  await exportWith(page, dialog, false);
  const readme = () => readFileSync(join(harness.exportDir, FOLDER, 'LÄS-MIG.txt'), 'utf8');
  expect(readme()).toMatch(/Kanaler: .*Facebook \(avstängd\)/);
  expect(readme()).toContain('· Facebook (avstängd)\r\n');
  expect(existsSync(join(harness.exportDir, FOLDER, 'facebook'))).toBe(true);

  // Unticked, the channel's posts are left out with a word, in the dialog and in LÄS-MIG.
  await page.keyboard.press('Control+e');
  await dialog.getByRole('checkbox', { name: 'Facebook avstängd' }).uncheck();
  const note = dialog.getByRole('note');
  const count = facebook.length;
  await expect(note).toContainText(
    `Lämnas utanför, på kanaler som inte är valda: ${count} ${count === 1 ? 'text' : 'texter'} i ${count} inlägg`,
  );
  for (const item of facebook) await expect(note).toContainText(item.title);
  await screenshot(page, 'export-dialog-left-out');
  await exportWith(page, dialog, true);
  expect(readme()).toContain('Inte med i paketet');
  for (const item of facebook) expect(readme()).toContain(`· Facebook (avstängd): ${item.title}\r\n`);
  expect(existsSync(join(harness.exportDir, FOLDER, 'facebook'))).toBe(false);
});

test('the copy button for Hemsida puts the page on the clipboard as HTML and as plain text', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const quickAdd = page.getByRole('textbox', { name: 'Nytt inlägg i Idé' });
  await quickAdd.fill('Öppet hus');
  await quickAdd.press('Enter');
  await page.locator('[data-status="idea"]').getByRole('button', { name: 'Öppet hus' }).click();
  await page.getByRole('combobox', { name: 'Lägg till kanal…' }).selectOption({ label: 'Hemsida' });
  await page.getByRole('textbox', { name: 'Ingress' }).fill('Välkommen!');
  await page.getByRole('textbox', { name: 'Brödtext' }).fill('## Program\n\n- Fika\n- [Karta](https://example.org/karta)');
  await page.getByRole('button', { name: 'Kopiera text', exact: true }).click();
  await expect(page.getByText('Kopierat till urklipp.')).toBeVisible();

  const copied = await page.evaluate(async () => {
    const [item] = await navigator.clipboard.read();
    const text = async (type: string) => (item?.types.includes(type) ? (await item.getType(type)).text() : null);
    return { html: await text('text/html'), plain: await text('text/plain') };
  });
  expect(copied.plain).toBe('# Öppet hus\n\nVälkommen!\n\n## Program\n\n- Fika\n- [Karta](https://example.org/karta)');
  // Chromium may wrap what it puts on the clipboard in a <meta charset>; the page itself is what counts.
  expect(copied.html).toContain(
    '<h1>Öppet hus</h1>\n<p>Välkommen!</p>\n<h2>Program</h2>\n<ul>\n<li>Fika</li>\n<li><a href="https://example.org/karta">Karta</a></li>\n</ul>',
  );
});
