// The UI rows: the real renderer in Chromium through the browser harness, on a data folder made
// by the real store. Times are taken from Node around real input, to the next painted frame.
import { spawn, type ChildProcess } from 'node:child_process';
import { resolve } from 'node:path';
import { chromium, type Locator, type Page } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from '../tests/support/chromium';
import { performance } from 'node:perf_hooks';
import { summarise, timed, type Row, type Timing } from './measure';

const RUNS = 5;

/** Until the browser has painted the frame after the input: the user sees the result. */
async function nextFrame(page: Page): Promise<void> {
  // A string: src-main is typed without the DOM, and this runs in the page.
  await page.evaluate('new Promise((done) => requestAnimationFrame(() => setTimeout(done, 0)))');
}

/** The middle of a button, found before any clock starts (Playwright's search is not the app's time). */
async function centreOf(page: Page, name: string): Promise<{ x: number; y: number }> {
  const box = await page.getByRole('button', { name, exact: true }).boundingBox();
  if (!box) throw new Error(`${name} is not on screen`);
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}

/**
 * From the kanban to `view` by a mouse click where its button is, to the painted frame. Each run
 * must have shown the view (`shown`), so a click that missed shows.
 */
async function switchTime(page: Page, view: string, shown: Locator, kanbanShown: Locator): Promise<Timing> {
  const kanban = await centreOf(page, 'Kanban');
  const button = await centreOf(page, view);
  let switched = false;
  const timing = await timed(
    RUNS,
    async () => {
      if (switched && !(await shown.isVisible())) throw new Error(`${view} was not shown`);
      await page.mouse.click(kanban.x, kanban.y);
      await kanbanShown.waitFor();
    },
    async () => {
      await page.mouse.click(button.x, button.y);
      await nextFrame(page);
      switched = true;
    },
  );
  if (!(await shown.isVisible())) throw new Error(`${view} was not shown`);
  return timing;
}

/** The heap's budget where issue #20 sets none (plans of 1,000, where the app's own baseline is most of it). */
const HEAP_BUDGET_MB = 200;

/**
 * Issue #20's heap budget for a plan of 10,000 posts: at most 3 × its store on disk, and at most
 * 100 MB.
 */
export function largePlanHeapBudget(diskMb: number): number {
  return Math.min(100, 3 * diskMb);
}

export async function uiRows(
  dataDir: string,
  label: string,
  heapBudgetMb = HEAP_BUDGET_MB,
): Promise<{ rows: Row[]; kanbanShown: number }> {
  const server = await startHarness(dataDir);
  const browser = await chromium.launch({ executablePath: findChromium(), args: [...CHROMIUM_ARGS, '--js-flags=--expose-gc'] });
  try {
    const context = await browser.newContext({
      locale: 'sv-SE',
      timezoneId: 'Europe/Stockholm',
      viewport: { width: 1280, height: 800 },
    });
    const page = await context.newPage();
    const firstCard = page.locator('.kanban-card-slot').first();
    // The board shows before the archive (old published posts) has come; both are timed.
    const shownTimes: number[] = [];
    const wholeTimes: number[] = [];
    for (let run = 0; run <= 3; run += 1) {
      const start = performance.now();
      await page.goto(server.url);
      await firstCard.waitFor();
      const shown = performance.now() - start;
      await page.locator('.app[data-archive="loaded"]').waitFor();
      if (run > 0) {
        shownTimes.push(shown);
        wholeTimes.push(performance.now() - start);
      }
    }
    const kanban = summarise(shownTimes);
    const whole = summarise(wholeTimes);
    const elements = Number(await page.evaluate("document.getElementsByTagName('*').length"));
    const cdp = await context.newCDPSession(page);
    await cdp.send('HeapProfiler.collectGarbage');
    const heap = ((await cdp.send('Runtime.getHeapUsage')) as { usedSize: number }).usedSize / 1024 / 1024;

    const search = page.getByRole('searchbox', { name: 'Sök' });
    const keystroke = await timed(
      RUNS,
      async () => {
        await search.fill('');
        await nextFrame(page);
        await search.focus();
      },
      async () => {
        await page.keyboard.press('s');
        await nextFrame(page);
      },
    );
    await search.fill('');

    // The measurement's own floor: a click on Kanban while the kanban shows does nothing in the
    // app, so its time is the input's way in, a frame, and the answer's way back to Node.
    const kanbanButton = await centreOf(page, 'Kanban');
    const idleClick = await timed(
      RUNS,
      () => undefined,
      async () => {
        await page.mouse.click(kanbanButton.x, kanbanButton.y);
        await nextFrame(page);
      },
    );

    // A view switch from the kanban is an interaction like any other (issue #20).
    const fromKanban = (view: string, shown: string) => switchTime(page, view, page.locator(shown), firstCard);
    // What these views show grows with the plan's density, as the week's does: said beside the time.
    const toPublish = await fromKanban('Publicera', '.publish-view');
    const publishPosts = await page.locator('.publish-post').count();
    const toBoard = await fromKanban('Styrelsevy', '.board-view');
    const boardPosts = await page.locator('.board-weeks .board-post').count();
    const toCalendar = await fromKanban('Kalender', '.week-grid');
    // A mouse click where the button is, found before the clock starts: finding it by its role
    // and name is Playwright's own work over the whole page (about 10 ms at 10,000 posts), which
    // no user waits for. Each run must have moved the week on, so a click that missed shows.
    const week = page.getByRole('grid', { name: /^Vecka \d+/ });
    const button = await centreOf(page, 'Nästa vecka');
    let shownWeek: string | null = null;
    const nextWeek = await timed(
      RUNS,
      async () => {
        const now = await week.getAttribute('aria-label');
        if (now === shownWeek) throw new Error(`Nästa vecka did not move the week on from ${now}`);
        shownWeek = now;
      },
      async () => {
        await page.mouse.click(button.x, button.y);
        await nextFrame(page);
      },
    );
    if ((await week.getAttribute('aria-label')) === shownWeek) throw new Error('the last click on Nästa vecka did not move the week on');
    // What a week shows grows with the plan's density, not its size: said beside the time.
    const chips = await page.locator('.week-grid .entry-chip').count();

    await page.getByRole('button', { name: 'Kanban', exact: true }).click();
    await firstCard.click();
    const title = page.getByRole('complementary', { name: 'Inlägg' }).getByRole('textbox', { name: 'Titel' });
    await title.focus();
    const editorKey = await timed(
      RUNS,
      async () => undefined,
      async () => {
        await page.keyboard.press('a');
        await nextFrame(page);
      },
    );
    await page.keyboard.press('Escape');

    const drag = await timed(
      RUNS,
      async () => {
        const card = page.locator('[data-status="idea"] .kanban-card-slot').first();
        await card.focus();
        await page.keyboard.press('Space');
        await page.waitForFunction('document.querySelector(\'[aria-pressed="true"]\') !== null');
        await page.keyboard.press('ArrowRight');
        await nextFrame(page);
      },
      async () => {
        await page.keyboard.press('Space');
        await page.waitForFunction('document.querySelector(\'[aria-pressed="true"]\') === null');
        await nextFrame(page);
      },
    );

    // The header's count opens every finding in the plan; it says "…" until the first count is made.
    const checks = page.locator('.header-checks');
    await page.waitForFunction("!document.querySelector('.header-checks')?.textContent?.includes('…')");
    const findingsCount = ((await checks.textContent()) ?? '').trim();
    const checksButton = await checks.boundingBox();
    if (!checksButton) throw new Error('the checks button is not on screen');
    const panel = page.locator('.findings-panel');
    const openChecks = await timed(
      RUNS,
      async () => {
        if (await panel.isVisible()) await page.keyboard.press('Escape');
        await panel.waitFor({ state: 'detached' });
      },
      async () => {
        await page.mouse.click(checksButton.x + checksButton.width / 2, checksButton.y + checksButton.height / 2);
        await nextFrame(page);
      },
    );
    if (!(await panel.isVisible())) throw new Error('the checks button did not open the findings');
    await page.keyboard.press('Escape');

    const ms = (name: string, timing: Timing, budget: number | null, limit = ''): Row => ({
      name: `${label}: ${name}`,
      value: timing.median,
      spread: timing.spread,
      unit: 'ms',
      budget,
      limit,
    });
    return {
      kanbanShown: kanban.median,
      rows: [
        ms('navigering tills kanban visas', kanban, 1500),
        ms('… tills arkivet också är inläst', whole, null, 'äldre publicerade inlägg läses in efter tavlan'),
        ms('ett klick som inget gör, till nästa bild', idleClick, null, 'mätningens egen tid: vägen in, en bild, svaret tillbaka'),
        ms('Kanban → Kalender', toCalendar, 100),
        ms('Kanban → Publicera', toPublish, 100, `${publishPosts} inlägg att publicera`),
        ms('Kanban → Styrelsevy', toBoard, 100, `${boardPosts} inlägg på fyra veckor`),
        ms('nästa vecka', nextWeek, 100, `${chips} inlägg i veckan som visas sist`),
        ms('ett tangenttryck i sökfältet', keystroke, 100),
        ms('ett tangenttryck i redigerarens titel', editorKey, 100),
        ms('släpp vid tangentbordsdrag till nästa kolumn', drag, 100),
        ms('öppna kontrollerna i planen', openChecks, 100, `${findingsCount} kontroller; de 30 första inläggen visas`),
        {
          name: `${label}: element på sidan (kanban)`,
          value: elements,
          spread: null,
          unit: 'elements',
          budget: 15_000,
          limit: '',
        },
        { name: `${label}: JavaScript-heap efter GC`, value: heap, spread: null, unit: 'MB', budget: heapBudgetMb, limit: '' },
      ],
    };
  } finally {
    await browser.close();
    // The harness writes pending edits as it stops: wait, or removing its folder races the write.
    await stopHarness(server.child);
  }
}

function stopHarness(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolvePromise) => {
    child.once('exit', () => resolvePromise());
    child.kill('SIGTERM');
  });
}

function startHarness(dataDir: string): Promise<{ child: ChildProcess; url: string }> {
  const child = spawn(process.execPath, [resolve('out/harness/server.js')], {
    env: { ...process.env, PORT: '0', KANALPLAN_DATA_DIR: dataDir },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  return new Promise((resolvePromise, reject) => {
    let output = '';
    child.stdout?.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const match = /http:\/\/127\.0\.0\.1:\d+/.exec(output);
      if (match) resolvePromise({ child, url: match[0] });
    });
    child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('exit', (code) => reject(new Error(`The harness exited (${code}):\n${output}`)));
  });
}
