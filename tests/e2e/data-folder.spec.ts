// One app per data folder: a second harness on a folder in use says so, exits non-zero, and
// changes no file there (not even a backup).
import { readdirSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { test, expect, startServer, reloadApp } from './harness';
import { snapshotFiles } from '../support/store';

/** Main's own word on whether every change is written, through the page's bridge. */
function saveStatus(page: Page): Promise<string> {
  return page.evaluate(() =>
    fetch('./ipc/store:status', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: 'null' })
      .then((response) => response.json())
      .then((answer: { value: { status: string } }) => answer.value.status),
  );
}

test('a second harness on the same data folder refuses and touches nothing', async ({ page, harness }) => {
  await page.getByRole('button', { name: 'Ladda exempelplan' }).click();
  await expect(page.locator('[data-status="published"] .kanban-card-slot').first()).toBeVisible();
  // Written after the batching delay: wait until main says every change is on disk.
  await expect.poll(() => saveStatus(page)).toBe('saved');
  await expect.poll(() => readdirSync(harness.dataDir).filter((file) => file.startsWith('items-')).length).toBeGreaterThan(0);
  const before = snapshotFiles(harness.dataDir);

  const second = startServer(harness.dataDir, harness.exportDir);
  await expect(second).rejects.toThrow(/exited \(1\)[\s\S]*används redan av en annan Kanalplan/);
  expect(snapshotFiles(harness.dataDir)).toEqual(before);

  // The first one works on.
  await reloadApp(page);
  await expect(page.locator('[data-status="published"] .kanban-card-slot').first()).toBeVisible();
});

test('after the first harness stops, the folder can be opened again', async ({ harness }) => {
  await harness.stop();
  const { child } = await startServer(harness.dataDir, harness.exportDir);
  // Waited for: a harness still writing its start backup would race the folder's removal.
  const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
  child.kill('SIGTERM');
  expect(await exited).toBe(0);
});
