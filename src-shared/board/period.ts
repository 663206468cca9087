// The span of weeks the board looks at.
import { shiftDays, shiftMonths, weekDays } from '../calendar/dates';

/** A span of calendar days, both ends included. */
export interface Period {
  from: string;
  to: string;
}

/** What the board looks at by default: this week and the three after it, Monday to Sunday. */
export function defaultBoardPeriod(today: string): Period {
  const monday = weekDays(today)[0] as string;
  return { from: monday, to: shiftDays(monday, 27) };
}

/** The same span moved by whole weeks. */
export function shiftPeriod(period: Period, weeks: number): Period {
  return { from: shiftDays(period.from, 7 * weeks), to: shiftDays(period.to, 7 * weeks) };
}

export function inPeriod(day: string, period: Period): boolean {
  return day >= period.from && day <= period.to;
}

/** The Monday of every ISO week that the period touches, in order. */
export function weekMondays(period: Period): string[] {
  const mondays: string[] = [];
  for (let monday = weekDays(period.from)[0] as string; monday <= period.to; monday = shiftDays(monday, 7)) mondays.push(monday);
  return mondays;
}

/** The calendar's span: the week of `day`, Monday to Sunday, or its month, first day to last. */
export function calendarPeriod(mode: 'week' | 'month', day: string): Period {
  if (mode === 'week') {
    const days = weekDays(day);
    return { from: days[0] as string, to: days[6] as string };
  }
  const first = `${day.slice(0, 8)}01`;
  return { from: first, to: shiftDays(shiftMonths(first, 1), -1) };
}
