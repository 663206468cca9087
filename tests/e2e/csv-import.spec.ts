// "Importera inlägg från CSV…" in the real renderer (issue 19, item 5): a sheet Swedish Excel saved
// as "CSV (semikolonavgränsad)" (Windows-1252) previews with its one bad row named; "Avbryt" leaves
// the data folder byte-identical; "Importera" is one step that one undo takes back.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { test, expect } from './harness';
import { screenshot } from './screenshots';

// Two weeks before the sheet's first day, for main and the page alike.
test.use({ now: '2026-08-24T10:00' });

const SHEET = [
  'datum;tid;kanal;rubrik;text;målgrupper;status',
  '2026-09-07;08:00;Instagram;Välkommen till terminen;"Välkommen tillbaka!\r\nVi ses på campus.";Studenter i Stockholm;Utkast',
  '2026-09-07;12:00;Facebook;Välkommen till terminen;Välkommen tillbaka, alla!;Studenter i Stockholm;Utkast',
  '2026-02-31;09:00;X (Twitter);Fel datum;Det här datumet finns inte;;Idé',
  '8/9/2026;09:30;LinkedIn;Vi söker en kommunikatör;Sök senast 30 september.;Lärosäten;Granskning',
  '2026-09-10;;Hemsida;=HYPERLINK("http://x");Formeln är text;;',
].join('\r\n');

/** The sheet as Swedish Excel's "CSV (semikolonavgränsad)" saves it: Windows-1252 (Latin-1 here). */
const windows1252 = () => Buffer.from(SHEET, 'latin1');

/** The plan's own files, byte for byte (backups and the lock aside). */
function planFiles(dir: string): Map<string, string> {
  return new Map(readdirSync(dir).filter((name) => name.endsWith('.json')).map((name) => [name, readFileSync(join(dir, name), 'base64')]));
}

/** Whether main has every change on disk ('saved') or a write still to do ('pending'). */
async function saveStatus(page: Page): Promise<string> {
  const answer = await page.evaluate(() => fetch('./ipc/store:status', { method: 'POST', body: 'null' }).then((r) => r.json()));
  return (answer as { value: { status: string } }).value.status;
}

test('a Windows-1252 sheet previews with its bad row; Avbryt changes nothing; Importera is one undo step', async ({ page, harness }) => {
  const quickAdd = page.getByRole('textbox', { name: 'Nytt inlägg i Idé' });
  await quickAdd.fill('Finns redan');
  await quickAdd.press('Enter');
  await expect(page.locator('.kanban-card-slot')).toHaveCount(1);
  await expect(page.locator('html[data-unsent-changes]')).toHaveCount(0);
  // Written about a second after the change: the snapshot is of the plan on disk.
  await expect.poll(() => saveStatus(page)).toBe('saved');
  const before = planFiles(harness.dataDir);

  await page.getByRole('button', { name: 'Importera inlägg från CSV…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Importera inlägg från CSV' });
  await dialog.getByLabel('Välj CSV-fil…').setInputFiles({ name: 'inlagg.csv', mimeType: 'text/csv', buffer: windows1252() });
  await expect(dialog.getByText('Fil: inlagg.csv (Windows-1252)')).toBeVisible();
  await expect(dialog.getByRole('heading', { name: '3 inlägg skapas' })).toBeVisible();
  const table = dialog.getByRole('table', { name: 'Inlägg som skapas' });
  await expect(table.getByRole('row')).toHaveCount(4);
  await expect(table.getByRole('row', { name: /Välkommen till terminen/ })).toContainText('Instagram, Facebook');
  await expect(table.getByRole('row', { name: /Välkommen till terminen/ })).toContainText('2, 3');
  await expect(table.getByRole('row', { name: /kommunikatör/ })).toContainText('2026-09-08');
  await expect(table.getByRole('cell', { name: '=HYPERLINK("http://x")' })).toBeVisible();
  await expect(dialog.getByRole('heading', { name: '1 rad kan inte importeras' })).toBeVisible();
  await expect(dialog.getByRole('listitem')).toHaveText(['Rad 4: datumet 2026-02-31 finns inte']);
  await screenshot(page, 'csv-preview-bad-row');

  await dialog.getByRole('button', { name: 'Avbryt' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.locator('.kanban-card-slot')).toHaveCount(1);
  expect(await saveStatus(page)).toBe('saved');
  expect(planFiles(harness.dataDir)).toEqual(before);

  await page.keyboard.press('Control+Shift+N');
  await page.keyboard.press('Escape');
  await page.getByRole('button', { name: 'Importera inlägg från CSV…' }).click();
  await dialog.getByLabel('Välj CSV-fil…').setInputFiles({ name: 'inlagg.csv', mimeType: 'text/csv', buffer: windows1252() });
  await dialog.getByRole('button', { name: 'Importera 3 inlägg' }).click();
  await expect(page.locator('.toast')).toContainText('3 inlägg importerades.');
  await expect(page.locator('.kanban-card-slot')).toHaveCount(4);
  await expect(page.locator('[data-status="draft"]').getByRole('button', { name: /Välkommen till terminen/ })).toBeVisible();
  await page.locator('body').click({ position: { x: 5, y: 400 } });
  await page.keyboard.press('Control+z');
  await expect(page.locator('.kanban-card-slot')).toHaveCount(1);
});

test('a file that is no sheet is refused whole, with what was wrong and that nothing changed', async ({ page }) => {
  await page.keyboard.press('Control+1');
  await page.getByRole('button', { name: 'Importera inlägg från CSV…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Importera inlägg från CSV' });
  await dialog.getByLabel('Välj CSV-fil…').setInputFiles({ name: 'bild.xlsx', mimeType: 'application/octet-stream', buffer: Buffer.from([0x50, 0x4b, 3, 4, 0, 0, 0]) });
  await expect(dialog.getByRole('alert')).toContainText('Filen är ingen textfil (CSV).');
  await expect(dialog.getByRole('alert')).toContainText('Ingenting har ändrats.');
  await expect(dialog.getByRole('button', { name: /^Importera \d/ })).toHaveCount(0);
});

test('the sheet template is saved where exports go, and reads back', async ({ page, harness }) => {
  await page.getByRole('button', { name: 'Importera inlägg från CSV…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Importera inlägg från CSV' });
  await dialog.getByRole('button', { name: 'Spara en mall för kalkylbladet' }).click();
  await expect(page.locator('.toast')).toContainText('kanalplan-inlagg.csv');
  const saved = readFileSync(join(harness.exportDir, 'kanalplan-inlagg.csv'), 'utf8');
  expect(saved.split('\r\n')[0]).toBe('\uFEFFdatum;tid;kanal;rubrik;text;målgrupper;status');
  await dialog.getByLabel('Välj CSV-fil…').setInputFiles(join(harness.exportDir, 'kanalplan-inlagg.csv'));
  await expect(dialog.getByRole('heading', { name: '1 inlägg skapas' })).toBeVisible();
});
