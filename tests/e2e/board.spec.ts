// Styrelsevy (issue #8) end to end: the read-only plan, its coverage flags, the meeting papers as
// HTML and PDF, presentation mode, and the yearly policy review from the planner's banner.
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { test, expect, reloadApp } from './harness';
import { screenshot } from './screenshots';
import { applyInMain, loadExample, seriousViolations } from './example';

// The day these tests run on (main's clock and the page's): they use today, not a particular day.
// days.spec.ts runs what depends on the day itself on the days that break date code.
test.use({ now: '2026-12-02T10:00' });

async function openBoard(page: Page) {
  await loadExample(page);
  await page.getByRole('button', { name: 'Styrelsevy' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Styrelsevy' })).toBeVisible();
}

/** The titles of the posts the board view lists for its period, once every one is drawn (its first screen comes first). */
async function boardTitles(page: Page): Promise<string[]> {
  await expect(page.locator('.board-weeks')).toHaveAttribute('data-drawn', 'all');
  const titles = await page.locator('.board-weeks .board-post-title').allTextContents();
  return [...new Set(titles)];
}

const words = (text: string) => text.replace(/\s+/g, ' ');

test('the board view shows the coming weeks read-only and flags the audience the plan misses', async ({ page }) => {
  // Many steps on a machine shared by several builds: room beyond the default 30 s.
  await openBoard(page);
  await expect(page.getByRole('heading', { level: 2, name: /^v\. \d+/ })).toHaveCount(4);
  await expect(page.getByText('Policyn senast behandlad i styrelsen: aldrig registrerat')).toBeVisible();
  // Byggbranschen: only the interview series in the backlog is meant for them.
  const construction = page.getByRole('row', { name: /Byggbranschen/ });
  await expect(construction).toHaveAttribute('data-flag', 'unreached');
  await expect(construction).toContainText('Nås inte');
  await expect(page.getByRole('row', { name: /Studenter i Stockholm/ })).not.toHaveAttribute('data-flag', /.+/);
  await expect(page.getByText('1 målgrupp nås inte')).toBeVisible();
  // Read-only: no quick-add, no drag handles, no editor.
  await expect(page.getByRole('textbox', { name: /Nytt inlägg/ })).toHaveCount(0);
  await expect(page.locator('[aria-roledescription]')).toHaveCount(0);
  await screenshot(page, 'board');

  await page.getByRole('button', { name: /^Visa hela inlägget: Stockholm har inte råd att tappa sina studenter/ }).click();
  const dialog = page.getByRole('dialog', { name: 'Stockholm har inte råd att tappa sina studenter' });
  await expect(dialog.getByRole('region', { name: 'Hemsida' })).toContainText('# Stockholm har inte råd');
  await expect(dialog.getByRole('region', { name: 'Facebook' })).toBeVisible();
  await expect(dialog.getByRole('textbox')).toHaveCount(0);
  await screenshot(page, 'board-post');
  await page.keyboard.press('Escape');
  await expect(dialog).toHaveCount(0);
  await expect(page.getByRole('complementary', { name: 'Inlägg' })).toHaveCount(0);

  // Week steps move the whole period.
  const first = await page.locator('.board-week h2').first().textContent();
  await page.getByRole('button', { name: 'En vecka framåt' }).click();
  await expect(page.locator('.board-week h2').first()).not.toHaveText(first ?? '');
  await page.getByRole('button', { name: 'Kommande fyra veckor' }).click();
  await expect(page.locator('.board-week h2').first()).toHaveText(first ?? '');

  // Any range, typed the Swedish way: one week, 30 november to 6 december.
  const from = page.getByRole('group', { name: 'Från' });
  await from.getByRole('spinbutton').first().click();
  await page.keyboard.type('20261130');
  await page.keyboard.press('Enter');
  const to = page.getByRole('group', { name: 'Till' });
  await to.getByRole('spinbutton').first().click();
  await page.keyboard.type('20261206');
  await page.keyboard.press('Enter');
  await expect(page.locator('.board-week h2')).toHaveCount(1);
  await expect(page.locator('.board-week h2')).toContainText('v. 49');
  await expect(page.getByText('v. 49 · 30 november – 6 december 2026')).toBeVisible();

  // Ctrl+N writes a new item in the planner, not beside the read-only board.
  await page.keyboard.press('Control+n');
  await expect(page.getByRole('button', { name: 'Kanban' })).toHaveAttribute('aria-current', 'page');
  await expect(page.getByRole('complementary', { name: 'Inlägg' }).getByRole('textbox', { name: 'Titel' })).toBeFocused();
});

test('the period dates come with the view as text, where the fields go, and are typable one render later', async ({ page }) => {
  await loadExample(page);
  // What each commit puts in the period, as a MutationObserver sees the page between tasks.
  const commits = await page.evaluate(
    () =>
      new Promise<Array<{ typable: number; boxes: string[] }>>((done) => {
        const seen: Array<{ typable: number; boxes: string[] }> = [];
        const observer = new MutationObserver(() => {
          const groups = [...document.querySelectorAll('.board-period .date-group')];
          if (groups.length === 0) return;
          const boxes = groups.map((group) => {
            const { x, y, width, height } = group.getBoundingClientRect();
            return `${group.textContent} ${x},${y} ${width}×${height}`;
          });
          const typable = document.querySelectorAll('.board-period [role="spinbutton"]').length;
          if (JSON.stringify(seen.at(-1)) !== JSON.stringify({ typable, boxes })) seen.push({ typable, boxes });
          if (typable === 6) {
            observer.disconnect();
            done(seen);
          }
        });
        observer.observe(document.body, { childList: true, subtree: true });
        [...document.querySelectorAll<HTMLButtonElement>('header button')]
          .find((button) => button.textContent?.trim() === 'Styrelsevy')
          ?.click();
      }),
  );
  expect(commits[0]?.typable).toBe(0);
  expect(commits.at(-1)?.typable).toBe(6);
  expect(commits[0]?.boxes).toEqual(commits.at(-1)?.boxes);
  expect(commits[0]?.boxes.map((box) => box.split(' ')[0])).toEqual(['2026-11-30', '2026-12-27']);
  await expect(page.getByRole('group', { name: 'Från' }).getByRole('spinbutton')).toHaveCount(3);
});

// An axe scan takes several seconds on a busy machine: one per test, with room to spare.
test('the board view has no serious accessibility problems', async ({ page }) => {
  await openBoard(page);
  expect(await seriousViolations(page)).toEqual([]);
});

test('the board view in the dark', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await openBoard(page);
  await screenshot(page, 'board-dark');
  expect(await seriousViolations(page)).toEqual([]);
});

test('Exportera HTML writes one file that reads without JavaScript and prints to a PDF with every post', async ({
  page,
  browser,
  harness,
}) => {
  await openBoard(page);
  const titles = await boardTitles(page);
  expect(titles.length).toBeGreaterThan(8);
  await page.getByRole('button', { name: 'Exportera HTML' }).click();
  await expect(page.getByText(/^Sparade .*\.html$/)).toBeVisible();
  const files = readdirSync(harness.exportDir);
  expect(files).toEqual([expect.stringMatching(/^Styrelsevy SSCO v\d+-\d+\.html$/)]);
  const path = join(harness.exportDir, files[0]!);
  expect(readFileSync(path, 'utf8')).not.toMatch(/<script/i);

  // Twice: never over the first file.
  await page.getByRole('button', { name: 'Exportera HTML' }).click();
  await expect.poll(() => readdirSync(harness.exportDir).length).toBe(2);

  const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 390, height: 844 } });
  const paper = await context.newPage();
  const requests: string[] = [];
  paper.on('request', (request) => requests.push(request.url()));
  await paper.goto(`file://${path}`);
  await expect(paper.getByRole('heading', { level: 1, name: 'Kommunikationsplan' })).toBeVisible();
  for (const title of titles)
    await expect(paper.getByRole('heading', { level: 3, name: title, exact: true }).first()).toBeVisible();
  await expect(paper.getByText('Byggbranschen: Nås inte')).toBeVisible();
  // The file itself is the only thing the page asked for.
  expect(requests.map((url) => decodeURIComponent(url))).toEqual([`file://${path}`]);
  // Nothing wider than the phone: no sideways scrolling for the text.
  expect(await paper.evaluate(() => document.body.scrollWidth)).toBeLessThanOrEqual(390);
  await screenshot(paper, 'board-html-phone');

  await paper.emulateMedia({ media: 'print' });
  await paper.setViewportSize({ width: 794, height: 1123 });
  await screenshot(paper, 'board-html-print');
  const pdfPath = join(harness.exportDir, 'papers.pdf');
  writeFileSync(pdfPath, await paper.pdf({ format: 'A4', printBackground: true }));
  const text = words(execFileSync('pdftotext', ['-layout', pdfPath, '-'], { encoding: 'utf8' }));
  for (const title of titles) expect(text, title).toContain(words(title));
  expect(text).toContain('Policyn senast behandlad i styrelsen');
  await context.close();
});

test('Skriv ut prints the same document in the harness, with its style let in by the CSP', async ({ page }) => {
  await openBoard(page);
  await expect(page.getByRole('button', { name: 'Exportera PDF' })).toHaveCount(0);
  const violations: string[] = [];
  page.on('console', (message) => message.text().includes('Content Security Policy') && violations.push(message.text()));
  await page.evaluate(() => (window.print = () => undefined));
  await page.getByRole('button', { name: 'Skriv ut' }).click();
  const frame = page.frameLocator('iframe.board-print-frame');
  await expect(frame.getByRole('heading', { level: 1, name: 'Kommunikationsplan' })).toBeAttached();
  // The document's own stylesheet applies: its h2 has the 2px rule under it.
  await expect(frame.locator('h2').first()).toHaveCSS('border-bottom-width', '2px');
  expect(violations).toEqual([]);
});

test('presentation mode shows one week at a time, arrow keys step, Escape leaves', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  await openBoard(page);
  await page.getByRole('button', { name: 'Presentationsläge' }).click();
  const show = page.getByRole('dialog', { name: /^v\. \d+/ });
  await expect(show).toBeVisible();
  await expect(show).toContainText('Vecka 1 av 4');
  const firstWeek = await show.getByRole('heading', { level: 1 }).textContent();
  await screenshot(page, 'board-presentation');
  await page.keyboard.press('ArrowRight');
  await expect(show).toContainText('Vecka 2 av 4');
  await expect(show.getByRole('heading', { level: 1 })).not.toHaveText(firstWeek ?? '');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight'); // past the last week: stays
  await expect(show).toContainText('Vecka 4 av 4');
  await page.keyboard.press('ArrowLeft');
  await expect(show).toContainText('Vecka 3 av 4');
  // Large type: a post title is at least 24 px.
  const size = await show
    .locator('.board-post-title')
    .first()
    .evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
  expect(size).toBeGreaterThanOrEqual(24);
  await page.keyboard.press('Escape');
  await expect(show).toHaveCount(0);
  await expect(page.getByRole('heading', { level: 1, name: 'Styrelsevy' })).toBeVisible();
});

test('presentation mode keeps its week steps and Avsluta on screen in a full week', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  await expect(page.getByRole('button', { name: 'Ladda exempelplan' })).toBeVisible();
  const monday = await page.evaluate(() => {
    const day = new Date();
    day.setDate(day.getDate() - ((day.getDay() + 6) % 7));
    return day.toLocaleDateString('sv-SE');
  });
  for (let i = 0; i < 7; i += 1) {
    const id = `post-${i}`;
    await applyInMain(page, {
      type: 'item.create',
      id,
      title: `Inlägg nummer ${i + 1} i den fulla veckan`,
      date: monday,
      time: `1${i}:00`,
    });
    await applyInMain(page, { type: 'variant.add', id, channel: 'website' });
    await applyInMain(page, { type: 'item.move', id, status: 'approved', index: 0 });
  }
  await reloadApp(page);
  await page.getByRole('button', { name: 'Styrelsevy' }).click();
  await page.getByRole('button', { name: 'Presentationsläge' }).click();
  const show = page.getByRole('dialog', { name: /^v\. \d+/ });
  await expect(show.locator('.board-post')).toHaveCount(7);
  // The week's posts scroll; the steps and the way out stay in view.
  await expect(show.getByRole('button', { name: 'Avsluta presentationen' })).toBeInViewport({ ratio: 1 });
  await expect(show.getByRole('button', { name: 'En vecka framåt' })).toBeInViewport({ ratio: 1 });
  await expect(show.getByRole('heading', { level: 1 })).toBeInViewport({ ratio: 1 });
  const box = await show.boundingBox();
  expect(box?.height).toBeLessThanOrEqual(720);
  await screenshot(page, 'board-presentation-full-week');
  await show.locator('.board-post').last().scrollIntoViewIfNeeded();
  await expect(show.getByRole('button', { name: 'Avsluta presentationen' })).toBeInViewport({ ratio: 1 });
});

test('the planner reminds of the yearly policy review; recording it is undone by Ctrl+Z', async ({ page }) => {
  await loadExample(page);
  const banner = page.getByRole('region', { name: 'Påminnelse om kommunikationspolicyn' });
  await expect(banner).toContainText('en gång per verksamhetsår');
  await screenshot(page, 'review-banner');
  await banner.getByRole('button', { name: 'Registrera behandling' }).click();
  await expect(banner).toHaveCount(0);
  await page.getByRole('button', { name: 'Styrelsevy' }).click();
  await expect(page.getByText(/Policyn senast behandlad i styrelsen: \d+ \w+ \d{4}$/)).toBeVisible();
  await page.getByRole('button', { name: 'Kanban' }).click();
  await page.locator('body').click({ position: { x: 5, y: 300 } });
  await page.keyboard.press('Control+z');
  await expect(page.getByRole('region', { name: 'Påminnelse om kommunikationspolicyn' })).toBeVisible();
  await reloadApp(page);
  await expect(page.getByRole('region', { name: 'Påminnelse om kommunikationspolicyn' })).toBeVisible();
});

test('the calendar shows the audience matrix for the week shown', async ({ page }) => {
  await loadExample(page);
  await page.getByRole('button', { name: 'Kalender' }).click();
  const toggle = page.getByRole('button', { name: 'Visa målgrupper och kanaler för veckan' });
  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');
  const panel = page.getByRole('complementary', { name: /^Målgrupper v\. \d+/ });
  await expect(panel.getByRole('row', { name: /Byggbranschen/ })).toHaveAttribute('data-flag', 'unreached');
  await screenshot(page, 'calendar-coverage');
  const week = (await panel.getByRole('heading').textContent()) ?? '';
  await page.getByRole('button', { name: 'Nästa vecka' }).click();
  await expect(panel.getByRole('heading')).not.toHaveText(week);
  // The month view's panel is about the month, not the week the calendar stood on.
  await page.getByRole('button', { name: 'Månad', exact: true }).click();
  const month = page.getByRole('complementary', { name: /^Målgrupper i [a-zåäö]+ \d{4}$/ });
  await expect(month).toBeVisible();
  await expect(page.getByRole('button', { name: 'Visa målgrupper och kanaler för månaden' })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  await page.getByRole('button', { name: 'Vecka', exact: true }).click();
  await panel.getByRole('button', { name: 'Stäng målgruppspanelen' }).click();
  await expect(panel).toHaveCount(0);
});

test('the language is a setting like any other: the board speaks English, and Ctrl+Z takes it back', async ({ page }) => {
  await loadExample(page);
  await page.getByRole('combobox', { name: 'Språk' }).selectOption('en');
  await page.getByRole('button', { name: 'Board view' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Board view' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Audiences and channels' })).toBeVisible();
  await expect(page.getByRole('row', { name: /Construction industry/ })).toContainText('Not reached');
  // The period is written as every other date in English, day first, not the ISO order.
  await expect(page.getByRole('group', { name: 'From', exact: true })).toHaveText(/^\d\d\/\d\d\/\d{4}$/);
  await page.locator('body').click({ position: { x: 5, y: 300 } });
  await page.keyboard.press('Control+z');
  await expect(page.getByRole('heading', { level: 1, name: 'Styrelsevy' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'sv');
});
