// The editor opens where the work is (issue 17 findings 12 and 13): a calendar chip at its
// channel's tab, a finding at its channel or at the part of the form it is about, and a finding
// below the tabs names its channel.
import { test, expect, reloadApp } from './harness';
import { applyInMain } from './example';

// The day these tests run on (main's clock and the page's): they use today, not a particular day.
test.use({ now: '2026-12-02T10:00' });

const THREAD = `${'Studenterna behöver fler bostäder nära campus, och det behövs nu. '.repeat(6)}Slut.`;

test.beforeEach(async ({ page }) => {
  await expect(page.getByRole('button', { name: 'Ladda exempelplan' })).toBeVisible();
  // Today as the page has it: the calendar opens on today's week.
  const today = await page.evaluate(() => new Date().toLocaleDateString('sv-SE'));
  const post = { title: 'Bostadsveckan', date: today, time: '23:59', audiences: ['students'] };
  await applyInMain(page, { type: 'item.create', id: 'housing', channels: ['website', 'x', 'instagram', 'linkedin'], ...post });
  await applyInMain(page, { type: 'variant.update', id: 'housing', channel: 'x', patch: { text: THREAD } });
  await applyInMain(page, { type: 'item.move', id: 'housing', status: 'approved', index: 0 });
  await reloadApp(page);
});

test('a calendar chip opens the editor at its own channel', async ({ page }) => {
  await page.keyboard.press('Control+2');
  await page.locator('.entry-chip[data-entry="housing:instagram"]').click();
  const editor = page.getByRole('complementary', { name: 'Inlägg' });
  await expect(editor.getByRole('tab', { name: 'Instagram', selected: true })).toBeVisible();
  await page.locator('.entry-chip[data-entry="housing:linkedin"]').press('Enter');
  await expect(editor.getByRole('tab', { name: 'LinkedIn', selected: true })).toBeVisible();
});

test('a finding about X names X below the LinkedIn tab, and opens the X tab', async ({ page }) => {
  await page.getByRole('button', { name: 'Bostadsveckan' }).click();
  const editor = page.getByRole('complementary', { name: 'Inlägg' });
  await editor.getByRole('tab', { name: 'LinkedIn' }).click();
  const checks = editor.getByRole('list', { name: 'Kontroller' });
  const thread = checks.getByRole('button', { name: /^X \(Twitter\): texten är längre än 280 tecken/ });
  await expect(thread).toBeVisible();
  await thread.click();
  await expect(editor.getByRole('tab', { name: 'X (Twitter)', selected: true })).toBeVisible();
});

test('"principerna inte avbockade" opens the post at its checklist', async ({ page }) => {
  await page.getByRole('button', { name: /kontroller? att åtgärda i planen/ }).click();
  const panel = page.getByRole('dialog', { name: 'Kontroller i planen' });
  await panel
    .getByRole('region', { name: /^Bostadsveckan/ })
    .getByRole('button', { name: /principerna .* är inte avbockade/ })
    .click();
  const editor = page.getByRole('complementary', { name: 'Inlägg' });
  await expect(editor.getByRole('group', { name: 'Kommunikativa grundprinciper' }).getByRole('checkbox').first()).toBeFocused();
  await expect(editor.getByRole('group', { name: 'Kommunikativa grundprinciper' })).toBeInViewport();
});
