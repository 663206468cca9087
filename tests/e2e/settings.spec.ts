// Inställningar → Säkerhetskopior: the data folder, a backup by hand, a restore and its undo.
import { readFileSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { unzipSync, zipSync } from 'fflate';
import type { MediaFile } from '../../src-shared/plan/model';
import { test, expect } from './harness';
import { screenshot } from './screenshots';
import { applyInMain, planInMain, seriousViolations } from './example';
import { jpeg } from '../support/images';

async function loadExample(page: Page) {
  await page.getByRole('button', { name: 'Ladda exempelplan' }).click();
  await expect(page.locator('[data-status="published"] .kanban-card-slot').first()).toBeVisible();
}

async function openBackups(page: Page) {
  await page.getByRole('button', { name: 'Inställningar' }).click();
  await page.getByRole('navigation', { name: 'Avsnitt' }).getByRole('button', { name: 'Säkerhetskopior' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Säkerhetskopior' })).toBeVisible();
}

test('restore a backup, see the plan replaced, and undo the restore', async ({ page, harness }) => {
  await loadExample(page);
  await openBackups(page);
  const section = page.getByRole('region', { name: 'Säkerhetskopior' });
  await expect(page.getByText(harness.dataDir)).toBeVisible();
  // The browser harness cannot show a folder in a file manager: no button that does nothing.
  await expect(page.getByRole('button', { name: 'Visa mappen' })).toHaveCount(0);

  await page.getByRole('button', { name: 'Ta en säkerhetskopia nu' }).click();
  await expect(section.getByRole('status')).toContainText('En säkerhetskopia togs');
  const list = page.getByRole('table', { name: 'Säkerhetskopior, den senaste först' });
  await expect(list.getByRole('row').nth(1)).toContainText('Tagen för hand');
  await screenshot(page, 'settings-backups');

  // The start backup, taken before the example plan was loaded, holds no posts.
  const empty = list.getByRole('row').filter({ hasText: 'Automatisk' }).last();
  await expect(empty.getByRole('cell').nth(2)).toHaveText('0');
  await empty.getByRole('button', { name: /Återställ säkerhetskopian från/ }).click();
  const dialog = page.getByRole('dialog');
  await expect(dialog).toContainText('Det nuvarande läget sparas först');
  await screenshot(page, 'settings-restore-confirm');
  await dialog.getByRole('button', { name: 'Återställ' }).click();
  await expect(dialog).toHaveCount(0);
  await expect(section.getByRole('status')).toContainText('är återställd');
  await expect(list.getByRole('row').filter({ hasText: 'Före en återställning' })).toHaveCount(1);
  // Everything that existed before the restore is still listed.
  await expect(list.getByRole('row').filter({ hasText: 'Tagen för hand' })).toHaveCount(1);

  await page.getByRole('button', { name: 'Ångra återställningen' }).click();
  await expect(section.getByRole('status')).toContainText('Återställningen är ångrad');
  await page.getByRole('button', { name: 'Kanban' }).click();
  await expect(page.locator('[data-status="published"] .kanban-card-slot').first()).toBeVisible();
});

/** Stores an image in main as "Lägg till bild…" does and puts it on the plan's first post. */
async function imageOnFirstPost(page: Page): Promise<{ file: string; id: string }> {
  const data = Buffer.from(await jpeg(1080, 1350)).toString('base64');
  const { id } = (await planInMain(page)).items[0]!;
  const answer = await page.evaluate(
    (body) =>
      fetch('./ipc/media:attach', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body }).then((r) =>
        r.json(),
      ),
    JSON.stringify({ name: 'gruppbild.jpg', data }),
  );
  const [attached] = (answer as { value: Array<{ ok: true; file: MediaFile }> }).value;
  await applyInMain(page, {
    type: 'media.add',
    id,
    media: [{ ...attached!.file, id: 'bild-1', altText: 'Kårledarna på trappan.', channels: null }],
  });
  return { file: attached!.file.file, id };
}

test('export the whole plan with its images as a ZIP, see a broken and a hostile file refused, then import the export', async ({
  page,
  harness,
}) => {
  await loadExample(page);
  const { file, id } = await imageOnFirstPost(page);
  await openBackups(page);
  const section = page.getByRole('region', { name: 'Säkerhetskopior' });
  await page.getByRole('button', { name: 'Exportera hela planen…' }).click();
  await expect(section.getByRole('status')).toContainText(`Planen exporterades till ${harness.exportDir}`);
  const exported = readdirSync(harness.exportDir).find((name) => name.startsWith('Kanalplan-plan-'))!;
  expect(exported).toMatch(/\.zip$/);
  const zip = readFileSync(join(harness.exportDir, exported));
  const entries = unzipSync(zip);
  expect(Object.keys(entries).sort()).toEqual([`media/${file}`, 'plan.json']);
  const text = new TextDecoder().decode(entries['plan.json']);

  // The plan file alone, as earlier versions wrote it, is still read: here a broken one.
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Importera…' }).click();
  const broken = text.replace(/"date": "\d{4}-\d\d-\d\d"/, '"date": "2026-02-31"');
  await (await chooser).setFiles({ name: 'trasig.json', mimeType: 'application/json', buffer: Buffer.from(broken) });
  const dialog = page.getByRole('dialog');
  await expect(dialog).toContainText('Filen kunde inte importeras');
  await expect(dialog).toContainText(/Inlägg \d+ \(”.+”\): Datum: finns inte i kalendern/);
  await expect(dialog).toContainText('Ingenting i din plan har ändrats.');
  await screenshot(page, 'settings-import-refused');
  await dialog.getByRole('button', { name: 'Stäng' }).click();

  // A ZIP with a name that climbs out of its folder is refused whole.
  const hostile = zipSync({ ...entries, '../../.bashrc': new TextEncoder().encode('echo hej') });
  const third = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Importera…' }).click();
  await (await third).setFiles({ name: 'plan.zip', mimeType: 'application/zip', buffer: Buffer.from(hostile) });
  await expect(dialog).toContainText('ZIP-filen innehåller en fil vars namn pekar utanför mappen (../../.bashrc).');
  await expect(dialog).toContainText('Ingenting i din plan har ändrats.');
  await dialog.getByRole('button', { name: 'Stäng' }).click();

  // The image comes back from the ZIP: it is gone from the data folder before the import.
  rmSync(join(harness.dataDir, 'media', file));
  const again = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Importera…' }).click();
  await (await again).setFiles({ name: exported, mimeType: 'application/zip', buffer: zip });
  await expect(dialog).toContainText('Importera planen?');
  await expect(dialog).toContainText(/Filen innehåller \d+ inlägg från \d{4}-\d\d-\d\d till/);
  await expect(dialog).toContainText('Med 1 bild eller video, som läggs i datamappen.');
  await screenshot(page, 'settings-import-summary');
  await dialog.getByRole('button', { name: 'Ersätt planen' }).click();
  await expect(section.getByRole('status')).toContainText('Planen är importerad.');
  expect(readFileSync(join(harness.dataDir, 'media', file)).equals(entries[`media/${file}`]!)).toBe(true);
  expect((await planInMain(page)).items.find((item) => item.id === id)?.media?.[0]).toMatchObject({
    file,
    altText: 'Kårledarna på trappan.',
  });
  await expect(page.getByRole('button', { name: 'Ångra importen' })).toBeVisible();
  // The snapshot that undoes it is named for what it was taken before (issue 17 finding 22a).
  const list = page.getByRole('table', { name: 'Säkerhetskopior, den senaste först' });
  await expect(list.getByRole('row').filter({ hasText: 'Före en import' })).toHaveCount(1);
  await expect(list.getByRole('row').filter({ hasText: 'Före en återställning' })).toHaveCount(0);
});

test.describe('started on a corrupt store file', () => {
  const backup = '2026-11-20T08-00-00-000Z';
  test.use({
    // The day after the backup: two weeks on, the start backup's rotation would remove it.
    now: '2026-11-21T10:00',
    initialFiles: {
      'backlog.json': '{"schemaVersion":1,"items":[{"id":"x"',
      [`backups/${backup}/backlog.json`]: JSON.stringify({ schemaVersion: 1, items: [] }),
      [`backups/${backup}/manifest.json`]: JSON.stringify({
        id: backup,
        createdAt: '2026-11-20T08:00:00.000Z',
        files: ['backlog.json'],
        itemCount: 0,
      }),
    },
  });

  test('opens on the recovery screen, which lists the backups to restore, and the notice stays until closed', async ({
    page,
    harness,
  }) => {
    await expect(page.getByRole('heading', { name: 'En fil var skadad när Kanalplan startade' })).toBeVisible();
    const screen = page.getByRole('region', { name: 'En fil var skadad när Kanalplan startade' });
    await expect(screen).toContainText('backlog.json');
    await expect(screen).toContainText(`${harness.dataDir}/backlog.json.corrupt-`);
    await expect(screen).toContainText('20 november 2026');
    await screenshot(page, 'recovery-screen');

    // The other backups are on the screen itself, with Återställ on each.
    await screen.getByRole('button', { name: /Återställ säkerhetskopian från 20 nov. 2026/ }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Återställ' }).click();
    const section = page.getByRole('region', { name: 'Säkerhetskopior' });
    await expect(section.getByRole('status')).toContainText('är återställd');
    await expect(section.getByText('Filer som var skadade vid start')).toBeVisible();
    // The way back stays while the user looks elsewhere.
    await page.getByRole('button', { name: 'Kanban' }).click();
    await page.getByRole('button', { name: 'Inställningar' }).click();
    await expect(section.getByRole('button', { name: 'Ångra återställningen' })).toBeVisible();
    await screenshot(page, 'settings-backups-kept-notice');
    await section.getByRole('button', { name: 'Stäng meddelandet' }).click();
    await expect(section.getByText('Filer som var skadade vid start')).toHaveCount(0);
    await expect.poll(() => harness.readJson('notices.json')).toEqual([]);
  });
});

test.describe('started with a file from a newer version', () => {
  const newer = JSON.stringify({ schemaVersion: 99, items: [] });
  test.use({ initialFiles: { 'backlog.json': newer } });

  test('says so on the recovery screen and leaves the file as it is', async ({ page, harness }) => {
    const screen = page.getByRole('region', { name: 'En fil kommer från en nyare version av Kanalplan' });
    await expect(screen).toContainText('backlog.json kommer från en nyare version');
    await expect(screen).toContainText('Filen ligger orörd i');
    await screenshot(page, 'recovery-newer-version');
    await page.getByRole('button', { name: 'Fortsätt till planen' }).click();
    await expect(page.getByRole('button', { name: 'Ladda exempelplan' })).toBeVisible();
    await harness.stop();
    expect(readFileSync(join(harness.dataDir, 'backlog.json'), 'utf8')).toBe(newer);
  });
});

test('the Säkerhetskopior section has no serious accessibility problems', async ({ page }) => {
  await openBackups(page);
  await expect(page.getByRole('table')).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
});
