// Export end to end in Chromium through the browser harness: the example plan's week (on a fixed
// day of the page's clock) into $KANALPLAN_EXPORT_DIR, checked on disk against the package built from the same plan.
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { buildExportPackage, exportPosts } from '../../src-shared/export';
import { shiftDays, weekDays } from '../../src-shared/calendar/dates';
import { test, expect, reloadApp } from './harness';
import { clearField, typeInField } from './date-fields';
import { screenshot } from './screenshots';
import { EXAMPLE_TUESDAY_NOW, loadExampleOnTuesday, planInMain, seriousViolations } from './example';

// A Tuesday of week 48 (main's clock and the page's), the day the example plan is loaded on.
test.use({ now: EXAMPLE_TUESDAY_NOW });
const WEEK_48 = weekDays('2026-11-24'); // the week of EXAMPLE_TUESDAY

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function filesUnder(root: string): string[] {
  return readdirSync(root, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(root, join(entry.parentPath, entry.name)).split('\\').join('/'))
    .sort();
}

test('exports the current week of the example plan into the export folder', async ({ page, harness }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await loadExampleOnTuesday(page);
  await page.getByRole('button', { name: 'Kalender' }).click();
  await expect(page.getByRole('grid', { name: /^Vecka \d+/ })).toBeVisible();
  await screenshot(page, 'export-calendar-button');
  await page.getByRole('button', { name: 'Exportera' }).click();

  const dialog = page.getByRole('dialog', { name: 'Exportera kanalpaket' });
  await expect(dialog).toBeVisible();
  const week = WEEK_48;
  await expect(dialog.getByRole('group', { name: 'Från', exact: true })).toHaveText(week[0]!);
  await expect(dialog.getByRole('group', { name: 'Till', exact: true })).toHaveText(week[6]!);
  await expect(dialog.getByRole('checkbox', { name: 'Godkänd' })).toBeChecked();
  await expect(dialog.getByText(`Paketet sparas i ${harness.exportDir}`)).toBeVisible();
  // Published posts always fall in the current week of the example plan; approved ones may have moved on.
  await dialog.getByRole('checkbox', { name: 'Publicerad' }).check();

  const plan = await planInMain(page);
  const options = {
    from: week[0]!,
    to: week[6]!,
    channels: plan.settings.channels.map((channel) => channel.id),
    statuses: ['approved' as const, 'published' as const],
    language: 'sv' as const,
  };
  const expected = buildExportPackage(plan, options);
  // One text per post and channel (the website's HTML beside its Markdown is the same text).
  const posts = expected.files.filter((file) => file.path.includes('/') && !file.path.endsWith('.html'));
  expect(posts.length).toBeGreaterThan(0);
  const counts = dialog.getByRole('list', { name: 'Det här exporteras' });
  for (const channel of plan.settings.channels) {
    const count = posts.filter((file) => file.path.startsWith(`${channel.id === 'website' ? 'hemsida' : channel.id}/`)).length;
    if (count > 0)
      await expect(counts.getByRole('listitem').filter({ hasText: channel.label.sv })).toContainText(
        count === 1 ? '1 text' : `${count} texter`,
      );
  }
  await expect(dialog.getByText(`Mappnamn: ${expected.folderName}`)).toBeVisible();
  // The kanban counts posts (items); the package holds a text per post and channel: both are said.
  const items = new Set(exportPosts(plan, options).map((post) => post.item.id)).size;
  expect(items).toBeLessThan(posts.length);
  await expect(dialog.getByText(`Totalt ${posts.length} texter i ${items} inlägg`)).toBeVisible();
  await screenshot(page, 'export-dialog');

  await dialog.getByRole('button', { name: 'Exportera' }).click();
  await expect(dialog).toBeHidden();
  const folder = join(harness.exportDir, expected.folderName);
  await expect(page.locator('.toast')).toHaveText(new RegExp(`^Exporterat till ${escape(folder)}\\b`));
  await expect(page.getByRole('button', { name: 'Visa mappen' })).toHaveCount(0); // Electron only

  expect(filesUnder(folder)).toEqual(expected.files.map((file) => file.path));
  for (const file of expected.files)
    expect(readFileSync(join(folder, file.path)).equals(Buffer.from(file.bytes)), file.path).toBe(true);
  expect(readFileSync(join(folder, 'LÄS-MIG.txt'), 'utf8')).toContain('Publicera i den här ordningen');
  expect(readdirSync(harness.exportDir)).toEqual([expected.folderName]);

  // Again: the package exists, so the dialog asks before replacing it.
  await page.keyboard.press('Control+e');
  await expect(dialog).toBeVisible();
  await dialog.getByRole('checkbox', { name: 'Publicerad' }).check();
  await dialog.getByRole('checkbox', { name: 'Även som en ZIP-fil' }).check();
  await dialog.getByRole('button', { name: 'Exportera' }).click();
  await expect(dialog.getByRole('alert')).toContainText(`Paketet ${expected.folderName} finns redan där. Ersätt det?`);
  await screenshot(page, 'export-dialog-exists');
  await dialog.getByRole('button', { name: 'Ersätt' }).click();
  await expect(page.locator('.toast')).toContainText(`Exporterat till ${folder} och ${folder}.zip`);
  expect(existsSync(`${folder}.zip`)).toBe(true);
  expect(readdirSync(harness.exportDir).sort()).toEqual([expected.folderName, `${expected.folderName}.zip`]);
});

test('lists the failing checks of the posts going out, each opening its post', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await loadExampleOnTuesday(page);
  // The example plan is all green, so take the audiences from one approved post in main.
  const plan = await planInMain(page);
  const week = WEEK_48;
  const last = shiftDays(week[6]!, 21);
  const target = plan.items.find(
    (item) => item.status === 'approved' && item.date !== null && item.date >= week[0]! && item.date <= last,
  )!;
  await page.evaluate(
    (id) =>
      fetch('./ipc/plan:apply', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ command: { type: 'item.update', id, patch: { audiences: [] } } }),
      }),
    target.id,
  );
  await reloadApp(page);
  await page.keyboard.press('Control+e');
  const dialog = page.getByRole('dialog', { name: 'Exportera kanalpaket' });
  await typeInField(dialog, 'Till', last.replaceAll('-', ''), last);
  const open = dialog.getByRole('button', { name: `Öppna ”${target.title}”` });
  await expect(open).toBeVisible();
  await expect(dialog.locator('.export-checks > li').filter({ hasText: target.title })).toContainText('Ingen målgrupp är vald.');
  await screenshot(page, 'export-dialog-checks');
  await open.click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('complementary', { name: 'Inlägg' })).toBeVisible();
  await expect(page.getByRole('complementary', { name: 'Inlägg' }).getByRole('textbox').first()).toHaveValue(target.title);

  await page.keyboard.press('Control+e');
  await clearField(dialog, 'Från');
  await expect(dialog.getByText('Skriv ett datum som åååå-mm-dd')).toBeVisible();
  await expect(dialog.getByRole('button', { name: 'Exportera' })).toBeDisabled();
});

test('the dialog has no serious accessibility problems', async ({ page }) => {
  await loadExampleOnTuesday(page);
  await page.keyboard.press('Control+e');
  const dialog = page.getByRole('dialog', { name: 'Exportera kanalpaket' });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('group', { name: 'Från', exact: true }).getByRole('spinbutton').first()).toBeFocused();
  expect(await seriousViolations(page, ['.export-dialog'])).toEqual([]);
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
});

test('says in the dialog, in plain Swedish, why a write failed, and leaves nothing behind', async ({ page, harness }) => {
  await loadExampleOnTuesday(page);
  // The export folder replaced by a file: the write fails before any file is in place.
  rmSync(harness.exportDir, { recursive: true });
  writeFileSync(harness.exportDir, 'inte en mapp');
  await page.keyboard.press('Control+e');
  const dialog = page.getByRole('dialog', { name: 'Exportera kanalpaket' });
  await dialog.getByRole('checkbox', { name: 'Publicerad' }).check();
  await dialog.getByRole('button', { name: 'Exportera' }).click();
  await expect(dialog.getByRole('alert')).toHaveText(
    'Exporten kunde inte sparas: platsen är ingen mapp som går att skriva i. Välj en annan mapp.',
  );
  await screenshot(page, 'export-dialog-error');
  expect(readFileSync(harness.exportDir, 'utf8')).toBe('inte en mapp');
  expect(readdirSync(join(harness.exportDir, '..')).sort()).toEqual(['data', 'export']);
});
