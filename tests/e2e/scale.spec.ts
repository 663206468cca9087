// A plan of 2,000 posts (the benchmark's seeded generator): the kanban renders only the cards its
// columns' scroll shows, and still drags by keyboard with announcements and focus after the drop,
// opens a card far down a column, passes the axe scan, keeps Publicerad to its recent posts, and
// Publicera to the latest late posts, and draws a long list's first screen with its view.
import { byRank } from '../../src-shared/plan/commands';
import { generatePlan, PLAN_DAY } from '../../bench/plan-generator';
import { partitionDoc, partitionOf } from '../../src-main/store/partitions';
import { publishList } from '../../src-shared/publishing/publish-list';
import { postTitleId } from '../../src-renderer/features/publish/focus';
import { FIRST_SCREEN_POSTS } from '../../src-renderer/lib/first-screen';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { buildExportPackage } from '../../src-shared/export';
import type { StatusId } from '../../src-shared/plan/model';
import { typeInField } from './date-fields';
import { seriousViolations } from './example';
import { screenshot } from './screenshots';
import { test, expect } from './harness';
import { liftByKeyboard } from './keyboard-drag';

// Every status at every date: full columns, and years of published posts to archive.
const plan = generatePlan(2000, { spread: 'uniform' });
const files = Object.fromEntries(
  [...new Set(['settings', ...plan.items.map(partitionOf)])].map((partition) => [
    `${partition}.json`,
    JSON.stringify(partitionDoc(plan, partition)),
  ]),
);
const column = (status: string) => plan.items.filter((item) => item.status === status).sort(byRank);

// The plan's own today (main's clock and the page's): which published posts are recent is its.
test.use({ initialFiles: files, now: `${PLAN_DAY}T10:00` });

test('renders far fewer cards than posts, and a card far down a column can be scrolled to and opened', async ({ page }) => {
  const ideas = page.locator('[data-status="idea"]');
  await expect(ideas.locator('.kanban-card-slot').first()).toBeVisible();
  await expect(ideas.getByText(`${column('idea').length} inlägg`)).toBeVisible();
  expect(await page.locator('.kanban-card-slot').count()).toBeLessThan(200);
  // The header's count of the whole plan's checks arrives once every post is checked.
  await expect(page.getByRole('button', { name: /^[1-9][\d\s]* kontroller att åtgärda i planen$/ })).toBeVisible();
  await screenshot(page, 'kanban-2000');

  const last = column('idea').at(-1)!;
  const card = ideas.getByRole('button', { name: last.title });
  const scroller = ideas.locator('.kanban-scroll');
  // Heights are measured as cards come into view, so the end moves a little while scrolling.
  await expect(async () => {
    await scroller.evaluate((element) => element.scrollTo(0, element.scrollHeight));
    await expect(card).toBeInViewport({ timeout: 500 });
  }).toPass();
  await card.click();
  const editor = page.getByRole('complementary', { name: 'Inlägg' });
  await expect(editor.getByRole('textbox', { name: 'Titel' })).toHaveValue(last.title);
});

test('a keyboard drag between virtualised columns is announced and leaves focus on the card', async ({ page }) => {
  const first = column('idea')[0]!;
  const card = page.locator('[data-status="idea"]').getByRole('button', { name: first.title });
  const live = page.locator('[id^="DndLiveRegion"]');
  await liftByKeyboard(page, card);
  // Counted in the whole column, not among the few cards mounted.
  await expect(live).toContainText(`Idé, plats 1 av ${column('idea').length}`);
  await page.keyboard.press('ArrowRight');
  await expect(live).toContainText('är över Utkast');
  await page.keyboard.press('Space');
  await expect(live).toContainText(/släpptes i Utkast/);
  const moved = page.locator('[data-status="draft"]').getByRole('button', { name: first.title });
  await expect(moved).toBeFocused();
  await expect(page.locator('[data-status="draft"]').getByText(`${column('draft').length + 1} inlägg`)).toBeVisible();
});

test('the large kanban has no serious accessibility problems', async ({ page }) => {
  await expect(page.locator('.kanban-card-slot').first()).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
});

test('the plan comes in two parts: all but the archive first, then the old published posts', async ({ page }) => {
  await expect(page.locator('.kanban-card-slot').first()).toBeVisible();
  const [recent, archive] = await page.evaluate(async () => {
    const call = async (channel: string) =>
      (await fetch(`./ipc/${channel}`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: 'null' })).json();
    return [(await call('plan:load-recent')).value, (await call('plan:load-archive')).value];
  });
  const recentIds: string[] = recent.plan.items.map((item: { id: string }) => item.id);
  const archiveIds: string[] = archive.items.map((item: { id: string }) => item.id);
  expect(archiveIds.length).toBeGreaterThan(100);
  expect(recent.archived).toBe(archiveIds.length);
  expect([...recentIds, ...archiveIds].sort()).toEqual(plan.items.map((item) => item.id).sort());
  expect(archive.items.every((item: { status: string }) => item.status === 'published')).toBe(true);
});

test('Publicerad shows its recent posts, "Visa äldre" the rest, and a search finds old posts', async ({ page }) => {
  const published = page.locator('[data-status="published"]');
  const oldest = column('published').reduce((a, b) => ((a.date ?? '9') < (b.date ?? '9') ? a : b));
  const showOlder = published.getByRole('button', { name: /^Visa äldre \(\d+\)$/ });
  await expect(showOlder).toBeVisible();
  const older = Number(/\((\d+)\)/.exec((await showOlder.textContent()) ?? '')?.[1]);
  expect(older).toBeGreaterThan(0);
  await expect(published.getByText(`${column('published').length - older} inlägg`)).toBeVisible();
  await expect(published.getByRole('button', { name: oldest.title })).toHaveCount(0);

  // Found by a search without asking for the older posts.
  await page.getByRole('searchbox', { name: 'Sök' }).fill(oldest.title);
  await expect(published.getByRole('button', { name: oldest.title })).toBeVisible();
  await expect(showOlder).toHaveCount(0);
  await page.getByRole('searchbox', { name: 'Sök' }).fill('');

  await showOlder.click();
  await expect(published.getByText(`${column('published').length} inlägg`)).toBeVisible();
  await screenshot(page, 'kanban-published-older');
  await published.getByRole('button', { name: 'Visa bara de senaste 30 dagarna' }).click();
  await expect(published.getByRole('button', { name: /^Visa äldre/ })).toBeVisible();
});

test('Publicera shows the latest twenty late posts, and the older ones fifty at a time on asking', async ({ page }) => {
  // Years of approved posts never marked published: hundreds are late.
  const late = publishList(plan.items, plan.settings, `${PLAN_DAY}T10:00`).overdue;
  expect(late.length).toBeGreaterThan(100);
  const title = (index: number) => page.locator(`#${postTitleId(late[index]!.item.id, late[index]!.channel)}`);
  await page.keyboard.press('Control+4');
  const section = page.getByRole('region', { name: `Försenade ${count(late.length)} inlägg` });
  await expect(section.locator('.publish-post')).toHaveCount(20);
  // The latest twenty, oldest of them first, as the whole list is ordered.
  await expect(title(late.length - 1)).toBeVisible();
  await expect(title(late.length - 20)).toBeAttached();
  await expect(title(late.length - 21)).toHaveCount(0);
  await expect(section.getByText(`${count(late.length - 20)} äldre försenade inlägg visas inte här.`)).toBeVisible();

  await section.getByRole('button', { name: 'Visa 50 äldre' }).click();
  await expect(section.locator('.publish-post')).toHaveCount(70);
  await expect(title(late.length - 70)).toBeAttached();
  await expect(section.getByText(`${count(late.length - 70)} äldre försenade inlägg visas inte här.`)).toBeVisible();
  await screenshot(page, 'publish-many-late');
});

test('Styrelsevy, Publicera and the findings panel draw their first screen at once, and every post one render later', async ({
  page,
}) => {
  await expect(page.locator('.kanban-card-slot').first()).toBeVisible();
  await expect(page.getByRole('button', { name: /^[1-9][\d\s]* kontroller att åtgärda i planen$/ })).toBeVisible();
  const week = publishList(plan.items, plan.settings, `${PLAN_DAY}T10:00`);
  const publishPosts = Math.min(week.overdue.length, 20) + week.channels.reduce((sum, { entries }) => sum + entries.length, 0);
  for (const { opens, post, list, all } of [
    { opens: 'Styrelsevy', post: '.board-weeks .board-post', list: '.board-weeks', all: null },
    { opens: 'Publicera', post: '.publish-post', list: '.publish-view', all: publishPosts },
    { opens: '.header-checks', post: '.findings-post', list: '.findings-panel-body', all: 30 },
  ]) {
    await page.getByRole('button', { name: 'Kanban', exact: true }).click();
    await expect(page.locator('.kanban-card-slot').first()).toBeVisible();
    // Each commit's posts, as a MutationObserver sees the page between tasks: the click's render
    // is one task, the background render another.
    const counts = await page.evaluate(
      ({ opens, post, list }) =>
        new Promise<number[]>((done) => {
          const seen: number[] = [];
          const observer = new MutationObserver(() => {
            const drawn = document.querySelectorAll(post).length;
            if (drawn > 0 && seen.at(-1) !== drawn) seen.push(drawn);
            if (document.querySelector(`${list}[data-drawn="all"]`)) {
              observer.disconnect();
              done(seen);
            }
          });
          observer.observe(document.body, { childList: true, subtree: true, attributes: true });
          const buttons = [...document.querySelectorAll<HTMLButtonElement>('header button')];
          const button = opens.startsWith('.')
            ? document.querySelector<HTMLButtonElement>(opens)
            : buttons.find((candidate) => candidate.textContent?.trim() === opens);
          button?.click();
        }),
      { opens, post, list },
    );
    expect(counts[0], opens).toBeLessThanOrEqual(FIRST_SCREEN_POSTS);
    expect(counts.at(-1), opens).toBeGreaterThan(FIRST_SCREEN_POSTS);
    await expect(page.locator(post)).toHaveCount(counts.at(-1)!);
    if (all !== null) expect(counts.at(-1), opens).toBe(all);
    await page.keyboard.press('Escape');
  }
  // Every post of the four weeks, as many as the summary counts.
  await page.getByRole('button', { name: 'Styrelsevy', exact: true }).click();
  const summary = await page.getByRole('heading', { name: /^Summering: \d+ inlägg$/ }).textContent();
  await expect(page.locator('.board-weeks .board-post')).toHaveCount(Number(/\d+/.exec(summary ?? '')?.[0]));
});

/** A count as the Swedish UI writes it (a no-break space between thousands). */
function count(value: number): string {
  return new Intl.NumberFormat('sv-SE').format(value);
}

test('the findings panel lists thirty posts, and a hundred more at a time on asking, the first of them focused', async ({
  page,
}) => {
  const checks = page.getByRole('button', { name: /^[1-9][\d\s]* kontroller att åtgärda i planen$/ });
  await checks.click();
  const panel = page.getByRole('dialog', { name: 'Kontroller i planen' });
  await expect(panel.locator('.findings-post')).toHaveCount(30);
  const moreLine = panel.locator('.findings-more');
  const waiting = Number((/^([\d\s]+) inlägg till/.exec((await moreLine.textContent()) ?? '')?.[1] ?? '').replace(/\s/g, ''));
  expect(waiting).toBeGreaterThan(100);

  await panel.getByRole('button', { name: 'Visa 100 till' }).click();
  await expect(panel.locator('.findings-post')).toHaveCount(130);
  await expect(panel.locator('.findings-post').nth(30).locator('.findings-open').first()).toBeFocused();
  await expect(moreLine).toContainText(`${count(waiting - 100)} inlägg till med något att se över visas inte än.`);
});

test('a year’s export says how far its ZIP and then its files have come, from none to all', async ({ page, harness }) => {
  const options = {
    from: '2026-01-01',
    to: '2026-12-31',
    channels: plan.settings.channels.map((channel) => channel.id),
    statuses: ['approved', 'published'] as StatusId[],
    language: 'sv' as const,
  };
  const expected = buildExportPackage(plan, options);
  expect(expected.files.length).toBeGreaterThan(300);
  await page.keyboard.press('Control+e');
  const dialog = page.getByRole('dialog', { name: 'Exportera kanalpaket' });
  await typeInField(dialog, 'Från', '20260101', '2026-01-01');
  await typeInField(dialog, 'Till', '20261231', '2026-12-31');
  await dialog.getByRole('checkbox', { name: 'Publicerad' }).check();
  await dialog.getByRole('checkbox', { name: 'Även som en ZIP-fil' }).check();
  // What main tells, as the page hears it (a stream of its own beside the app's), and each step
  // the bar shows: the write is over in a second or two, too soon to look at it between counts.
  await page.evaluate(async () => {
    const heard: Array<{ step: string; done: number; total: number }> = [];
    const shown = new Set<string>();
    Object.assign(window, { progressHeard: heard, progressShown: shown });
    const stream = new EventSource('./events');
    stream.addEventListener('export:progress', (event) => heard.push(JSON.parse(event.data)));
    new MutationObserver(() => {
      const name = document.querySelector('.export-progress progress')?.getAttribute('aria-label');
      if (name) shown.add(name);
    }).observe(document.body, { subtree: true, childList: true, attributes: true });
    // Listening before the export starts, so its first count is heard.
    await new Promise((resolve) => stream.addEventListener('open', resolve, { once: true }));
  });
  await dialog.getByRole('button', { name: 'Exportera' }).click();
  await expect(page.locator('.toast')).toContainText(`Exporterat till ${join(harness.exportDir, expected.folderName)}`);
  const { heard, shown } = await page.evaluate(() => {
    const { progressHeard, progressShown } = window as unknown as { progressHeard: unknown[]; progressShown: Set<string> };
    return { heard: progressHeard as Array<{ step: string; done: number; total: number }>, shown: [...progressShown] };
  });
  // Each step from none to all, never back: the ZIP's files, then the package's and the ZIP itself.
  const [files, withZip] = [expected.files.length, expected.files.length + 1];
  const zip = heard.filter(({ step }) => step === 'zip');
  const written = heard.filter(({ step }) => step === 'files');
  expect(heard).toEqual([...zip, ...written]);
  expect([zip.at(0), zip.at(-1)]).toEqual([0, files].map((done) => ({ step: 'zip', done, total: files })));
  expect([written.at(0), written.at(-1)]).toEqual([0, withZip].map((done) => ({ step: 'files', done, total: withZip })));
  for (const step of [zip, written])
    expect(step.map(({ done }) => done)).toEqual(step.map(({ done }) => done).sort((a, b) => a - b));
  // Writing thousands of synced files lasts: its bar is drawn.
  expect(shown).toContain('Skriver filerna');
  expect(readdirSync(join(harness.exportDir, expected.folderName), { recursive: true }).length).toBeGreaterThan(
    expected.files.length,
  );
});
