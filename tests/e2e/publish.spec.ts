// Publicera, the officer's publishing hour, end to end in Chromium through the harness.
import type { Page } from '@playwright/test';
import { channelReadyParts } from '../../src-shared/channels';
import { examplePlanItems } from '../../src-shared/example-plan';
import { defaultSettings } from '../../src-shared/settings/policy';
import { test, expect, reloadApp } from './harness';
import { screenshot } from './screenshots';
import { loadExample, seriousViolations } from './example';

// The example plan is dated relative to today and never leaves an approved post in the past.
// On a Tuesday morning of week 48 it has approved posts on Wednesday and Thursday, so main's clock
// and the page's are set there, whatever day the test runs on.
test.use({ now: '2026-11-24T09:00' });
const TUESDAY = '2026-11-24';
const TUESDAY_MORNING = new Date(`${TUESDAY}T09:00:00+01:00`);
const WEDNESDAY_MORNING = new Date('2026-11-25T10:00:00+01:00');
const THREAD = 'Tråd: studiemedlet måste gå att leva på';
const DEBATE = 'Stockholm har inte råd att tappa sina studenter';
const LIVE_URL = 'https://x.com/ssco/status/1862000000000000000';

/** The page a while later (its clock runs on from there); main's clock, which only stamps changes, stays. */
async function laterAt(page: Page, when: Date) {
  await page.clock.setSystemTime(when);
  await reloadApp(page);
}


async function openPublish(page: Page) {
  await page.keyboard.press('Control+4');
  await expect(page.getByRole('heading', { level: 1, name: 'Publicera' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Publicera', exact: true })).toHaveAttribute('aria-current', 'page');
}


test('lists this week’s approved posts per channel and copies one part of a thread', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await loadExample(page);
  await openPublish(page);

  const section = (name: string) => page.getByRole('region', { name: new RegExp(`^${name}`) });
  await expect(section('Hemsida').getByRole('article')).toHaveText([new RegExp(DEBATE)]);
  await expect(section('Facebook').getByRole('article')).toHaveText([new RegExp(DEBATE)]);
  await expect(section('X').getByRole('article', { name: THREAD })).toContainText('08:00');
  await expect(page.getByRole('region', { name: /^Försenade/ })).toHaveCount(0);

  // Exactly what the export and the editor's copy button use, part 2 of the thread.
  const example = examplePlanItems(TUESDAY, TUESDAY_MORNING.toISOString());
  const thread = example.find((item) => item.title === THREAD)!;
  const parts = channelReadyParts(thread, thread.variants[0]!, defaultSettings());
  expect(parts.length).toBeGreaterThan(2);
  const post = page.getByRole('article', { name: THREAD });
  await expect(post.getByRole('button', { name: /^Kopiera del \d\/\d$/ })).toHaveCount(parts.length);
  await post.getByRole('button', { name: `Kopiera del 2/${parts.length}` }).click();
  await expect(post.getByText('Kopierat')).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(parts[1]);
});

test('marks a post published with its link: it moves to Publicerad, can be undone, and is stored', async ({ page, harness }) => {
  await loadExample(page);
  await openPublish(page);
  const post = page.getByRole('article', { name: THREAD });
  const link = post.getByRole('textbox', { name: /^Länk till inlägget/ });
  const mark = post.getByRole('button', { name: 'Markera som publicerad' });

  // Not a link: refused with a reason, nothing marked.
  await link.fill('publicerat i morse');
  await mark.click();
  await expect(post.getByText(/Skriv en hel webbadress/)).toBeVisible();
  await expect(link).toHaveAttribute('aria-invalid', 'true');
  await expect(link).toBeFocused();

  await link.fill(LIVE_URL);
  await mark.click();
  // Focus moves on to the next post rather than being lost with the one that left.
  await expect(page.getByRole('region', { name: /^Facebook/ }).getByRole('button', { name: DEBATE })).toBeFocused();
  await expect(page.locator('.toast')).toContainText(`”${THREAD}” är ute i alla kanaler och ligger nu i Publicerad.`);
  await expect(page.getByRole('article', { name: THREAD })).toHaveCount(0);
  const done = page.getByRole('region', { name: /^Publicerat den här veckan/ });
  await expect(done.getByRole('listitem').filter({ hasText: THREAD })).toContainText(LIVE_URL);

  await page.keyboard.press('Control+1');
  await expect(page.locator('[data-status="published"]').getByRole('button', { name: THREAD })).toBeVisible();

  // "Ångra" on the toast takes the mark back, and the item goes back to Godkänd.
  await page.locator('.toast').getByRole('button', { name: 'Ångra' }).click();
  await expect(page.locator('[data-status="approved"]').getByRole('button', { name: THREAD })).toBeVisible();
  await expect(page.locator('[data-status="published"]').getByRole('button', { name: THREAD })).toHaveCount(0);
  await openPublish(page);
  await expect(page.getByRole('article', { name: THREAD })).toBeVisible();

  // Marked again from the keyboard (Enter in the field), and stored: the file on disk has the
  // moment and the address.
  const again = page.getByRole('article', { name: THREAD }).getByRole('textbox', { name: /^Länk till inlägget/ });
  await again.fill(LIVE_URL);
  await again.press('Enter');
  await expect(done.getByRole('listitem').filter({ hasText: THREAD })).toBeVisible();
  await harness.stop();
  const stored = harness.readJson('items-2026.json') as { items: Array<{ title: string; status: string; variants: unknown[] }> };
  const item = stored.items.find((candidate) => candidate.title === THREAD);
  expect(item?.status).toBe('published');
  expect(item?.variants).toEqual([
    expect.objectContaining({ channel: 'x', publishedUrl: LIVE_URL, publishedAt: expect.any(String) }),
  ]);
});

// A day after loading the example plan, before lunch: Wednesday's 08:00 article is late, its
// 12:00 Facebook post is not.
async function wednesdayMorning(page: Page) {
  await loadExample(page);
  await laterAt(page, WEDNESDAY_MORNING);
  await openPublish(page);
}

test('late posts stand first, marked, and a mark taken back puts its post there too', async ({ page }) => {
  await wednesdayMorning(page);
  const late = page.getByRole('region', { name: /^Försenade/ });
  await expect(late.getByRole('article')).toHaveCount(1);
  await expect(late.getByRole('article', { name: DEBATE })).toContainText('Försenad');
  await expect(page.getByRole('region', { name: /^Facebook/ }).getByRole('article', { name: DEBATE })).toContainText('Idag');

  // Monday's comment is out; taking its mark back makes it approved again, and late.
  const comment = 'Kommentar: bostadskön för studenter';
  await page
    .getByRole('listitem')
    .filter({ hasText: comment })
    .getByRole('button', { name: 'Markera som ej publicerad' })
    .click();
  await expect(late.getByRole('article')).toHaveCount(2);
  await expect(late.getByRole('button', { name: comment })).toBeFocused();
  await page.keyboard.press('Control+1');
  await expect(page.locator('[data-status="approved"]').getByRole('button', { name: comment })).toBeVisible();
});

// One axe scan per test: a scan takes several seconds on a busy two-core machine.
for (const scheme of ['light', 'dark'] as const) {
  test(`the ${scheme} view looks calm and passes an accessibility scan`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: scheme });
    await wednesdayMorning(page);
    await expect(page.getByRole('region', { name: /^Försenade/ })).toBeVisible();
    await screenshot(page, scheme === 'light' ? 'publish' : 'publish-dark');
    expect(await seriousViolations(page)).toEqual([]);
  });
}

test.describe('on a Friday afternoon', () => {
  test.use({ now: '2026-11-27T15:00' });

  test('looks a week ahead: on Friday the officer prepares next week', async ({ page }) => {
    await loadExample(page);
    await openPublish(page);
    const weekChoice = page.getByRole('group', { name: 'Vecka att visa' });
    await expect(weekChoice.getByRole('button', { name: 'Den här veckan' })).toHaveAttribute('aria-pressed', 'true');
    await weekChoice.getByRole('button', { name: 'Nästa vecka' }).click();
    await expect(weekChoice.getByRole('button', { name: 'Nästa vecka' })).toHaveAttribute('aria-pressed', 'true');
    await expect(page.getByText('Godkända inlägg vecka 49, att förbereda i förväg.')).toBeVisible();
    // Next week's approved posts of the example plan, as the domain dates them from this Friday.
    const example = examplePlanItems('2026-11-27', new Date('2026-11-27T15:00:00+01:00').toISOString());
    const nextWeek = example.filter(
      (item) => item.status === 'approved' && item.date !== null && item.date >= '2026-11-30' && item.date <= '2026-12-06',
    );
    expect(nextWeek.length).toBeGreaterThan(0);
    for (const item of nextWeek) await expect(page.getByRole('article', { name: item.title }).first()).toBeVisible();
    await screenshot(page, 'publish-next-week');
  });
});

test('the live link opens in a browser tab, and a mark undone by Ctrl+Z takes its toast away', async ({ page }) => {
  await loadExample(page);
  await openPublish(page);
  const post = page.getByRole('article', { name: THREAD });
  await post.getByRole('textbox', { name: /^Länk till inlägget/ }).fill(LIVE_URL);
  await post.getByRole('button', { name: 'Markera som publicerad' }).click();
  const done = page.getByRole('region', { name: /^Publicerat den här veckan/ });
  const link = done.getByRole('link', { name: LIVE_URL });
  await expect(link).toHaveAttribute('href', LIVE_URL);
  // No network here: the tab gets a stand-in page for the live address.
  await page.context().route(LIVE_URL, (route) => route.fulfill({ contentType: 'text/html', body: '<title>X</title>' }));
  const [tab] = await Promise.all([page.waitForEvent('popup'), link.click()]);
  await tab.waitForLoadState();
  expect(tab.url()).toBe(LIVE_URL);
  await tab.close();

  await expect(page.getByRole('banner').getByRole('button', { name: 'Ångra' })).toHaveAttribute('title', 'Ångra (Ctrl+Z)');
  await expect(page.getByRole('banner').getByRole('button', { name: 'Gör om' })).toHaveAttribute('title', 'Gör om (Ctrl+Shift+Z)');
  await expect(page.locator('.toast')).toContainText('är ute i alla kanaler');
  await page.locator('body').click({ position: { x: 5, y: 300 } });
  await page.keyboard.press('Control+z');
  await expect(page.getByRole('article', { name: THREAD })).toBeVisible();
  // The toast's "Ångra" would have nothing left to take back: the toast is gone.
  await expect(page.locator('.toast')).toHaveCount(0);
});
