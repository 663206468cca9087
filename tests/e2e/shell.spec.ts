import { existsSync, readdirSync } from 'node:fs';
import { test, expect, reloadApp } from './harness';
import { SCHEMA_VERSION } from '../../src-shared/plan/model';
import { screenshot } from './screenshots';

const COLUMNS = ['Idé', 'Utkast', 'Granskning', 'Godkänd', 'Publicerad'];

test('opens on the kanban with a column per status, in Swedish', async ({ page }) => {
  for (const column of COLUMNS) {
    await expect(page.getByRole('heading', { level: 2, name: column })).toBeVisible();
  }
  await expect(page.getByRole('button', { name: 'Kanban' })).toHaveAttribute('aria-current', 'page');
  await expect(page.locator('html')).toHaveAttribute('lang', 'sv');
  // The board has checked its posts with twitter-text, and no core-js polyfill came with it
  // (scripts/no-polyfills.mjs): core-js marks the global object as soon as any of it loads.
  expect(await page.evaluate(() => '__core-js_shared__' in window)).toBe(false);
});

test('an item created in the UI survives a reload and is in the store file on disk', async ({ page, harness }) => {
  const quickAdd = page.getByRole('textbox', { name: 'Nytt inlägg i Idé' });
  await quickAdd.fill('Debattartikel om studentbostäder');
  await quickAdd.press('Enter');
  const idea = page.locator('[data-status="idea"]');
  await expect(idea.getByRole('button', { name: 'Debattartikel om studentbostäder' })).toBeVisible();

  await reloadApp(page);
  await expect(idea.getByRole('button', { name: 'Debattartikel om studentbostäder' })).toBeVisible();

  // Writes are batched (about one a second), so the file catches up shortly after the UI.
  await expect
    .poll(() => (existsSync(`${harness.dataDir}/backlog.json`) ? harness.readJson('backlog.json') : null))
    .toMatchObject({ schemaVersion: SCHEMA_VERSION, items: [{ title: 'Debattartikel om studentbostäder', status: 'idea' }] });
  await screenshot(page, 'kanban-shell');
});

test('pending writes are flushed when the harness stops, as on quit', async ({ page, harness }) => {
  const quickAdd = page.getByRole('textbox', { name: 'Nytt inlägg i Utkast' });
  await quickAdd.fill('Rekrytering: valberedning');
  await page.getByRole('button', { name: 'Nytt inlägg i Utkast' }).click();
  await expect(page.getByRole('button', { name: 'Rekrytering: valberedning' })).toBeVisible();
  await harness.stop();
  expect(harness.readJson('backlog.json')).toMatchObject({ items: [{ title: 'Rekrytering: valberedning', status: 'draft' }] });
});

test('Inställningar opens on its sections, and English is available', async ({ page }) => {
  await page.getByRole('button', { name: 'Inställningar' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Inställningar' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: 'Organisation' })).toBeVisible();
  // Each language by its own name, in the header and in Settings alike, whatever the UI's language.
  const languages = page.getByRole('combobox', { name: 'Språk i appen' });
  await expect(languages.getByRole('option')).toHaveText(['Svenska', 'English']);
  await languages.selectOption('en');
  await expect(page.getByRole('combobox', { name: 'App language' }).getByRole('option')).toHaveText(['Svenska', 'English']);
  await expect(page.getByRole('banner').getByRole('combobox').getByRole('option')).toHaveText(['Svenska', 'English']);
  await page.getByRole('button', { name: 'Kanban' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Review' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await reloadApp(page);
  await expect(page.getByRole('heading', { level: 2, name: 'Approved' })).toBeVisible();
});

test.describe('with a corrupt store file', () => {
  const goodBacklog = JSON.stringify({ schemaVersion: 1, items: [] });
  test.use({
    // The day after the backup: two weeks on, the start backup's rotation would remove it.
    now: '2026-11-21T10:00',
    initialFiles: {
      'backlog.json': '{"schemaVersion":1,"items":[{"id":"x"',
      'backups/2026-11-20T08-00-00-000Z/backlog.json': goodBacklog,
      'backups/2026-11-20T08-00-00-000Z/manifest.json': JSON.stringify({
        id: '2026-11-20T08-00-00-000Z',
        createdAt: '2026-11-20T08:00:00.000Z',
        files: ['backlog.json'],
        itemCount: 0,
      }),
    },
  });

  test('the UI says the file was kept aside and which backup was restored', async ({ page, harness }) => {
    const alert = page.getByRole('alert');
    await expect(alert).toContainText('backlog.json gick inte att läsa');
    await expect(alert).toContainText('20 november 2026');
    const kept = readdirSync(harness.dataDir).filter((file) => file.startsWith('backlog.json.corrupt-'));
    expect(kept).toHaveLength(1);
    await screenshot(page, 'corrupt-store-notice');
  });
});
