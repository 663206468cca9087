// The span of weeks the board looks at.
import { shiftDays, weekDays } from '../calendar/dates';

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
