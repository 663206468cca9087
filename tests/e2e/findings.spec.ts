// The header's count opens every finding in the plan, grouped by post; a finding opens its post
// at its channel's tab, and a same-slot collision is among the post's own checks.
import { test, expect, reloadApp } from './harness';
import { screenshot } from './screenshots';
import { seriousViolations, applyInMain } from './example';

// The day before the posts below (main's clock and the page's): their slot is still to come.
test.use({ now: '2026-12-01T10:00' });

test('the findings panel lists a collision under its post and opens the post at that channel', async ({ page }) => {
  test.slow();
  await page.setViewportSize({ width: 1280, height: 900 });
  await expect(page.getByRole('button', { name: 'Ladda exempelplan' })).toBeVisible();
  const slot = { date: '2026-12-02', time: '09:00', audiences: ['students'] };
  await applyInMain(page, { type: 'item.create', id: 'press', title: 'Pressträff', channels: ['x', 'instagram'], ...slot });
  await applyInMain(page, { type: 'item.create', id: 'housing', title: 'Bostadskrisen', channels: ['instagram'], ...slot });
  await reloadApp(page);

  const count = page.getByRole('button', { name: /kontroller? att åtgärda i planen/ });
  await expect(count).toBeVisible();
  await count.press('Enter');
  const panel = page.getByRole('dialog', { name: 'Kontroller i planen' });
  await expect(panel).toBeVisible();
  const post = panel.getByRole('region', { name: /^Pressträff/ });
  const collision = post.getByRole('button', { name: /Instagram har ett annat inlägg samma dag och tid \(2026-12-02 09:00\): ”Bostadskrisen”/ });
  await expect(collision).toBeVisible();
  await expect(panel.getByRole('region', { name: /^Bostadskrisen/ })).toContainText('”Pressträff”');
  await screenshot(page, 'findings-panel');
  expect(await seriousViolations(page, ['.findings-panel'])).toEqual([]);

  await collision.click();
  await expect(panel).toBeHidden();
  const editor = page.getByRole('complementary', { name: 'Inlägg' });
  await expect(editor.getByRole('textbox', { name: 'Titel' })).toHaveValue('Pressträff');
  await expect(editor.getByRole('tab', { name: 'Instagram' })).toHaveAttribute('aria-selected', 'true');
  await expect(editor.getByRole('list', { name: 'Kontroller' })).toContainText('Instagram har ett annat inlägg samma dag och tid');
  await screenshot(page, 'findings-editor');

  // Typing a link into the Instagram text adds a finding; the text box stays where it was.
  const text = editor.getByRole('tabpanel', { name: 'Instagram' }).getByRole('textbox', { name: 'Text', exact: true });
  // Scrolled to first: the editor has grown (Upprepa, Bilder), and filling a box half out of
  // view scrolls it, which is not what this measures.
  await text.scrollIntoViewIfNeeded();
  const before = await text.boundingBox();
  await text.fill('Läs mer på https://example.se');
  const checks = editor.getByRole('list', { name: 'Kontroller' });
  await expect(checks).toHaveCount(1);
  await expect(checks).toContainText('Länkar går inte att klicka på i Instagram.');
  expect((await text.boundingBox())?.y).toBe(before?.y);
});
