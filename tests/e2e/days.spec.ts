// What depends on today, on four days chosen to break date code: an ordinary Wednesday, the last
// day of 2026 (a year with ISO week 53, whose week ends in 2027), 29 February 2028, and the
// Sunday summer time ends in Stockholm. Main's clock and the page's are both set to the day
// (the harness's `now`); every expected word below is written out by hand, not computed.
import type { Page } from '@playwright/test';
import type { PlanCommand } from '../../src-shared/plan/commands';
import { test, expect, reloadApp } from './harness';

interface Day {
  now: string;
  /** React Aria's name for today's cell in the date picker. */
  pickerName: string;
  week: number;
  /** The week view's seven days, and the next week's, as their headers show them. */
  weekDays: string[];
  nextWeekDays: string[];
  yesterday: string;
  tomorrow: string;
  /** Whether tomorrow is still in this week (Publicera lists this week's posts). */
  tomorrowThisWeek: boolean;
  /** The board's default period: this week and the three after it. */
  boardPeriod: string;
  /** The day the operating year holding today began (it starts in July), as the reminder says it. */
  yearStart: string;
  dayBeforeYearStart: string;
}

const DAYS: Day[] = [
  {
    now: '2026-12-02T10:00',
    pickerName: 'Idag, onsdag 2 december 2026',
    week: 49,
    weekDays: ['30 nov.', '1 dec.', '2 dec.', '3 dec.', '4 dec.', '5 dec.', '6 dec.'],
    nextWeekDays: ['7 dec.', '8 dec.', '9 dec.', '10 dec.', '11 dec.', '12 dec.', '13 dec.'],
    yesterday: '2026-12-01',
    tomorrow: '2026-12-03',
    tomorrowThisWeek: true,
    boardPeriod: 'v. 49–52 · 30 november – 27 december 2026',
    yearStart: '1 juli 2026',
    dayBeforeYearStart: '2026-06-30',
  },
  {
    now: '2026-12-31T10:00',
    pickerName: 'Idag, torsdag 31 december 2026',
    week: 53,
    weekDays: ['28 dec.', '29 dec.', '30 dec.', '31 dec.', '1 jan.', '2 jan.', '3 jan.'],
    nextWeekDays: ['4 jan.', '5 jan.', '6 jan.', '7 jan.', '8 jan.', '9 jan.', '10 jan.'],
    yesterday: '2026-12-30',
    tomorrow: '2027-01-01',
    tomorrowThisWeek: true,
    boardPeriod: 'v. 53–3 · 28 december 2026 – 24 januari 2027',
    yearStart: '1 juli 2026',
    dayBeforeYearStart: '2026-06-30',
  },
  {
    now: '2028-02-29T10:00',
    pickerName: 'Idag, tisdag 29 februari 2028',
    week: 9,
    weekDays: ['28 feb.', '29 feb.', '1 mars', '2 mars', '3 mars', '4 mars', '5 mars'],
    nextWeekDays: ['6 mars', '7 mars', '8 mars', '9 mars', '10 mars', '11 mars', '12 mars'],
    yesterday: '2028-02-28',
    tomorrow: '2028-03-01',
    tomorrowThisWeek: true,
    boardPeriod: 'v. 9–12 · 28 februari – 26 mars 2028',
    yearStart: '1 juli 2027',
    dayBeforeYearStart: '2027-06-30',
  },
  {
    now: '2026-10-25T10:00',
    pickerName: 'Idag, söndag 25 oktober 2026',
    week: 43,
    weekDays: ['19 okt.', '20 okt.', '21 okt.', '22 okt.', '23 okt.', '24 okt.', '25 okt.'],
    nextWeekDays: ['26 okt.', '27 okt.', '28 okt.', '29 okt.', '30 okt.', '31 okt.', '1 nov.'],
    yesterday: '2026-10-24',
    tomorrow: '2026-10-26',
    tomorrowThisWeek: false,
    boardPeriod: 'v. 43–46 · 19 oktober – 15 november 2026',
    yearStart: '1 juli 2026',
    dayBeforeYearStart: '2026-06-30',
  },
];

async function applyInMain(page: Page, command: PlanCommand) {
  const answer = await page.evaluate(
    (body) => fetch('./ipc/plan:apply', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body }).then((r) => r.json()),
    JSON.stringify({ command }),
  );
  expect(answer).toMatchObject({ ok: true });
}

/** Three approved posts on X: yesterday morning (late), tonight, and tomorrow. */
async function seed(page: Page, day: Day) {
  const post = (id: string, title: string, date: string, time: string): PlanCommand => ({
    type: 'item.create',
    id,
    title,
    status: 'approved',
    date,
    time,
    channels: ['x'],
  });
  await applyInMain(page, post('late', 'Från igår', day.yesterday, '09:00'));
  await applyInMain(page, post('tonight', 'I kväll', day.now.slice(0, 10), '23:00'));
  await applyInMain(page, post('tomorrow', 'I morgon', day.tomorrow, '10:00'));
  await applyInMain(page, { type: 'settings.recordPolicyReview', date: day.dayBeforeYearStart });
  await reloadApp(page);
}

async function weekHeaders(page: Page) {
  return page.locator('.week-header .day-number').allTextContents();
}

for (const day of DAYS) {
  test.describe(day.now.slice(0, 10), () => {
    test.use({ now: day.now });

    test('today is today everywhere: the date picker, the calendar, Publicera, the board, the yearly reminder, and main', async ({
      page,
      harness,
    }) => {
      test.slow();
      const today = day.now.slice(0, 10);
      await seed(page, day);

      // The reminder: no review since this operating year began.
      const banner = page.getByRole('region', { name: 'Påminnelse om kommunikationspolicyn' });
      await expect(banner).toContainText(`sedan verksamhetsåret började ${day.yearStart}`);

      // The date picker opens on today, named and marked as today; Enter picks it.
      await page.keyboard.press('Control+n');
      const editor = page.getByRole('complementary', { name: 'Inlägg' });
      await page.keyboard.type('Dagens inlägg');
      const date = editor.getByRole('group', { name: 'Datum', exact: true });
      await editor.getByRole('button', { name: 'Välj datum' }).click();
      const popup = page.getByRole('dialog', { name: /^Välj datum/ });
      const todayCell = popup.getByRole('button', { name: new RegExp(`^${day.pickerName}`) });
      await expect(todayCell).toBeFocused();
      await expect(todayCell).toHaveAttribute('data-today', 'true');
      await expect(popup.locator('[data-today]')).toHaveCount(1);
      await expect(todayCell).not.toHaveCSS('box-shadow', 'none');
      await page.keyboard.press('Enter');
      await expect(date).toHaveText(today);
      await page.getByRole('button', { name: 'Stäng redigeraren' }).click();

      // The calendar: this ISO week, today marked, seven days in a row; then the next week.
      await page.keyboard.press('Control+2');
      await expect(page.locator('.week-header .lane-label')).toHaveText(`v. ${day.week}`);
      expect(await weekHeaders(page)).toEqual(day.weekDays);
      const todayHeader = page.locator('.day-header[aria-current="date"]');
      await expect(todayHeader).toHaveCount(1);
      await expect(todayHeader.locator('.day-number')).toHaveText(day.weekDays.find((d) => d.startsWith(`${Number(today.slice(8))} `))!);
      await page.getByRole('button', { name: 'Nästa vecka' }).click();
      await expect.poll(() => weekHeaders(page)).toEqual(day.nextWeekDays);
      await expect(page.locator('.day-header[aria-current="date"]')).toHaveCount(0);
      await page.getByRole('button', { name: 'Idag', exact: true }).click();
      await expect.poll(() => weekHeaders(page)).toEqual(day.weekDays);

      // Publicera: yesterday's post is late, tonight's is today's, tomorrow's only if still this week.
      await page.keyboard.press('Control+4');
      await expect(page.getByText(`resten av vecka ${day.week}`)).toBeVisible();
      const late = page.getByRole('region', { name: /^Försenade/ });
      await expect(late.getByRole('article')).toHaveText([/Från igår/]);
      const x = page.getByRole('region', { name: /^X/ });
      await expect(x.getByRole('article')).toHaveText(day.tomorrowThisWeek ? [/I kväll/, /I morgon/] : [/I kväll/]);
      await expect(x.getByRole('article', { name: 'I kväll' })).toContainText('Idag');

      // The board: the four weeks from this one.
      await page.keyboard.press('Control+3');
      await expect(page.getByText(day.boardPeriod)).toBeVisible();

      // Main's clock: it stamped the posts it made with the same day.
      await harness.stop();
      const stored = harness.readJson(`items-${today.slice(0, 4)}.json`) as { items: Array<{ id: string; createdAt: string }> };
      const tonight = stored.items.find((item) => item.id === 'tonight');
      expect(new Date(tonight!.createdAt).toLocaleDateString('sv-SE', { timeZone: 'Europe/Stockholm' })).toBe(today);
    });
  });
}
