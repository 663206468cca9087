// Calendar arithmetic. Days are `yyyy-MM-dd` strings everywhere; only this file turns them
// into Dates, always at noon, so no time zone can move a day (Postiz #450, #709).
import {
  addDays,
  addMonths,
  endOfMonth,
  endOfISOWeek,
  format,
  getISOWeek,
  getISOWeekYear,
  isValid,
  parse,
  startOfISOWeek,
  startOfMonth,
} from 'date-fns';
import { enGB, sv } from 'date-fns/locale';

export function toDate(day: string): Date {
  const [year, month, date] = day.split('-').map(Number) as [number, number, number];
  return new Date(year, month - 1, date, 12);
}

/**
 * The local calendar day, `yyyy-MM-dd`, as date-fns' format gives it, by hand: it is asked for
 * each post's every publishing time when a plan of 10,000 posts is split at start, and format
 * costs several microseconds a call (issue #11).
 */
export function toDay(date: Date): string {
  const month = date.getMonth() + 1;
  const day = date.getDate();
  return `${String(date.getFullYear()).padStart(4, '0')}-${month < 10 ? '0' : ''}${month}-${day < 10 ? '0' : ''}${day}`;
}

/** Monday to Sunday of the ISO week holding `day`. */
export function weekDays(day: string): string[] {
  const monday = startOfISOWeek(toDate(day));
  return Array.from({ length: 7 }, (_, i) => toDay(addDays(monday, i)));
}

export function isoWeek(day: string): number {
  return getISOWeek(toDate(day));
}

/** The year an ISO week belongs to: 2027-01-03 is in week 53 of 2026. */
export function isoWeekYear(day: string): number {
  return getISOWeekYear(toDate(day));
}

/** 1 = Monday … 7 = Sunday. */
export function isoWeekday(day: string): number {
  // By the UTC calendar, which has the same weekdays: a local Date is made through the time
  // zone's rules, and LÄS-MIG asks this of every post of a year.
  const [year, month, date] = day.split('-').map(Number) as [number, number, number];
  const weekday = new Date(Date.UTC(year, month - 1, date)).getUTCDay();
  return weekday === 0 ? 7 : weekday;
}

/** Whether `day` is a real calendar day written `yyyy-MM-dd` (2026-02-30 is not). */
export function isRealDay(day: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(day)) return false;
  const date = parse(day, 'yyyy-MM-dd', new Date(2000, 0, 1, 12));
  return isValid(date) && toDay(date) === day;
}

export function shiftDays(day: string, days: number): string {
  return toDay(addDays(toDate(day), days));
}

export function shiftMonths(day: string, months: number): string {
  return toDay(addMonths(toDate(day), months));
}

/** Whole Monday-first weeks covering the month of `day`. */
export function monthWeeks(day: string): string[][] {
  const first = startOfISOWeek(startOfMonth(toDate(day)));
  const last = endOfISOWeek(endOfMonth(toDate(day)));
  const weeks: string[][] = [];
  for (let monday = first; monday <= last; monday = addDays(monday, 7)) weeks.push(weekDays(toDay(monday)));
  return weeks;
}

/** The local calendar day of a stored timestamp (such as `publishedAt`), in this machine's zone. */
export function localDayOf(timestamp: string): string {
  return toDay(new Date(timestamp));
}

/** A day in words, e.g. "tisdag 24 november 2026" (pattern in date-fns tokens). */
export function formatDay(day: string, language: 'sv' | 'en', pattern = 'EEEE d MMMM yyyy'): string {
  return format(toDate(day), pattern, { locale: language === 'en' ? enGB : sv });
}
