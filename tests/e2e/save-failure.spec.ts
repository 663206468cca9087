// Nothing lost, nothing silent: a data folder that becomes read-only while the app runs, and one
// that is unwritable from the start.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { test, expect } from './harness';
import { screenshot } from './screenshots';
import { readOnlySwitch } from '../support/read-only';

const PROBLEM = /Mappen är skrivskyddad\.|Mappen går inte att skriva till\./;

/** The texts of the plan copies in a folder. */
function copies(folder: string): string[] {
  if (!existsSync(folder)) return [];
  return readdirSync(folder)
    .filter((name) => /^Kanalplan-kopia-.*\.json$/.test(name))
    .map((name) => readFileSync(join(folder, name), 'utf8'));
}

test.describe('a data folder made read-only after start', () => {
  // Main tries again on its own only after ten minutes: in this test only the button saves (with
  // the app's 2 s, a retry of its own could save first and take the alert and its button away).
  test.use({ switchableDataDir: true, retryDelayMs: 10 * 60_000 });

  test('shows the alert on the next edit, keeps the edit, and saves it on "Försök igen"', async ({ page, harness }) => {
    test.skip(harness.readOnly === null, 'skipped: this machine can make no folder read-only (root without mount)');
    const backlog = () => (existsSync(join(harness.dataDir, 'backlog.json')) ? readFileSync(join(harness.dataDir, 'backlog.json'), 'utf8') : '');
    const quickAdd = page.getByRole('textbox', { name: 'Nytt inlägg i Idé' });
    await quickAdd.fill('Sparad före skrivskyddet');
    await quickAdd.press('Enter');
    await expect.poll(backlog).toContain('Sparad före skrivskyddet');

    harness.readOnly!.makeReadOnly();
    await quickAdd.fill('Skriven under skrivskyddet');
    await quickAdd.press('Enter');
    const alert = page.getByRole('alert').filter({ hasText: PROBLEM });
    await expect(alert).toBeVisible();
    await expect(alert).toContainText('är inte sparade på disken');
    await expect(page.locator('[data-status="idea"]').getByRole('button', { name: 'Skriven under skrivskyddet' })).toBeVisible();
    await screenshot(page, 'save-failing');
    expect(backlog()).not.toContain('Skriven under skrivskyddet');

    // The way out while it lasts: the whole plan as one file where exports go.
    await alert.getByRole('button', { name: 'Spara en kopia…' }).click();
    await expect(alert).toContainText(`En kopia av hela planen sparades i ${harness.exportDir}`);
    expect(copies(harness.exportDir).join('\n')).toContain('Skriven under skrivskyddet');

    harness.readOnly!.makeWritable();
    await alert.getByRole('button', { name: 'Försök igen' }).click();
    await expect(alert).toHaveCount(0);
    expect(backlog()).toContain('Skriven under skrivskyddet');
  });
});

test.describe('a data folder writable again after a while', () => {
  test.use({ switchableDataDir: true, retryDelayMs: 300 });

  test('saves the edit on its own, without "Försök igen", and the alert goes', async ({ page, harness }) => {
    test.skip(harness.readOnly === null, 'skipped: this machine can make no folder read-only (root without mount)');
    const backlog = () => (existsSync(join(harness.dataDir, 'backlog.json')) ? readFileSync(join(harness.dataDir, 'backlog.json'), 'utf8') : '');
    harness.readOnly!.makeReadOnly();
    const quickAdd = page.getByRole('textbox', { name: 'Nytt inlägg i Idé' });
    await quickAdd.fill('Sparad av sig själv');
    await quickAdd.press('Enter');
    const alert = page.getByRole('alert').filter({ hasText: PROBLEM });
    await expect(alert).toBeVisible();
    harness.readOnly!.makeWritable();
    await expect(alert).toHaveCount(0);
    expect(backlog()).toContain('Sparad av sig själv');
  });
});

test.describe('quitting while the data folder is read-only', () => {
  test.use({ switchableDataDir: true });

  test('does not drop the unsaved edit: it goes to a copy where exports go', async ({ page, harness }) => {
    test.skip(harness.readOnly === null, 'skipped: this machine can make no folder read-only (root without mount)');
    harness.readOnly!.makeReadOnly();
    const quickAdd = page.getByRole('textbox', { name: 'Nytt inlägg i Idé' });
    await quickAdd.fill('Osparad när appen stängs');
    await quickAdd.press('Enter');
    await expect(page.getByRole('alert').filter({ hasText: PROBLEM })).toBeVisible();
    await harness.stop();
    expect(copies(harness.exportDir)).toHaveLength(1);
    expect(copies(harness.exportDir)[0]).toContain('Osparad när appen stängs');
  });
});

test('the harness started on an unwritable data folder says so plainly and exits non-zero', () => {
  const root = mkdtempSync(join(tmpdir(), 'kanalplan-unwritable-'));
  const dataDir = join(root, 'data');
  mkdirSync(dataDir);
  const folder = readOnlySwitch(dataDir);
  test.skip(folder === null, 'skipped: this machine can make no folder read-only (root without mount)');
  try {
    folder!.makeReadOnly();
    const result = spawnSync(process.execPath, [resolve('out/harness/server.js')], {
      env: { ...process.env, PORT: '0', KANALPLAN_DATA_DIR: dataDir },
      encoding: 'utf8',
      timeout: 20_000,
    });
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/^Kanalplan kan inte skriva i datamappen .*data: (mappen är skrivskyddad|behörighet saknas)\./);
    expect(result.stderr).not.toMatch(/^\s+at /m);
    expect(result.stdout).not.toContain('http://');
  } finally {
    folder?.cleanup();
    rmSync(root, { recursive: true, force: true });
  }
});

test('the harness refuses a retry delay it cannot read, before it touches the data folder', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'kanalplan-retry-setting-'));
  try {
    const result = spawnSync(process.execPath, [resolve('out/harness/server.js')], {
      env: { ...process.env, PORT: '0', KANALPLAN_DATA_DIR: dataDir, KANALPLAN_TEST_RETRY_MS: 'snart' },
      encoding: 'utf8',
      timeout: 20_000,
    });
    expect(result.status).toBe(1);
    expect(result.stderr.trim()).toBe('KANALPLAN_TEST_RETRY_MS ska vara ett antal millisekunder större än noll, inte ”snart”.');
    expect(readdirSync(dataDir)).toEqual([]);
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
});
