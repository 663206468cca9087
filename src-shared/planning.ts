// Calendar arithmetic and what goes where. Days are `yyyy-MM-dd` strings everywhere; only this
// file turns them into Dates, always at noon, so no time zone can move a day (Postiz #450, #709).
import {
  addDays,
  addMonths,
  endOfMonth,
  endOfISOWeek,
  format,
  getISODay,
  getISOWeek,
  getISOWeekYear,
  isValid,
  parse,
  startOfISOWeek,
  startOfMonth,
} from 'date-fns';
import { enGB, sv } from 'date-fns/locale';
import type { ChannelId, ContentItem, Variant } from './model';
import { compareCodeUnits, compareTitles } from './order';

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
  return getISODay(toDate(day));
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

/** One thing on the calendar: an item's variant on its day, or an item without variants. */
export interface CalendarEntry {
  key: string;
  item: ContentItem;
  variant: Variant | null;
  channel: ChannelId | null;
  date: string;
  time: string | null;
}

/** Every scheduled variant at its own date and time, or the item's. */
export function calendarEntries(items: readonly ContentItem[]): CalendarEntry[] {
  const entries: CalendarEntry[] = [];
  for (const item of items) {
    if (item.variants.length === 0 && item.date) {
      entries.push({ key: `${item.id}:none`, item, variant: null, channel: null, date: item.date, time: item.time });
    }
    for (const variant of item.variants) {
      const date = variant.date ?? item.date;
      if (!date) continue;
      const time = variant.time ?? item.time;
      entries.push({ key: `${item.id}:${variant.channel}`, item, variant, channel: variant.channel, date, time });
    }
  }
  return entries.sort(byWhen);
}

/** Day, then time (untimed last), then title, then id and channel: a total order, so ties never shuffle. */
export function byWhen(a: CalendarEntry, b: CalendarEntry): number {
  return (
    compareCodeUnits(a.date, b.date) ||
    compareCodeUnits(a.time ?? '99:99', b.time ?? '99:99') ||
    compareTitles(a.item.title, b.item.title) ||
    compareCodeUnits(a.item.id, b.item.id) ||
    compareCodeUnits(a.channel ?? '', b.channel ?? '')
  );
}

/** Entries by day: the one bucketing the week view and the month view share. */
export function entriesByDay(entries: readonly CalendarEntry[]): Map<string, CalendarEntry[]> {
  const byDay = new Map<string, CalendarEntry[]>();
  for (const entry of entries) {
    const list = byDay.get(entry.date) ?? [];
    list.push(entry);
    byDay.set(entry.date, list);
  }
  return byDay;
}

/** Timed posts by their slot (channel, day and time), to find the posts that share one. */
export type SlotIndex = Map<string, CalendarEntry[]>;

export function slotIndex(entries: readonly CalendarEntry[]): SlotIndex {
  const bySlot: SlotIndex = new Map();
  for (const entry of entries) {
    const slot = slotOf(entry);
    if (slot) bySlot.set(slot, [...(bySlot.get(slot) ?? []), entry]);
  }
  return bySlot;
}

/**
 * The same index as `slotIndex(calendarEntries(items))` without sorting every entry: only the
 * slots that several posts share are put in order. `entriesOf` lets a caller reuse each item's
 * entries between versions of the plan.
 */
export function slotIndexOf(
  items: readonly ContentItem[],
  entriesOf: (item: ContentItem) => readonly CalendarEntry[] = (item) => calendarEntries([item]),
): SlotIndex {
  const bySlot: SlotIndex = new Map();
  for (const item of items) {
    for (const entry of entriesOf(item)) {
      const slot = slotOf(entry);
      if (!slot) continue;
      const group = bySlot.get(slot);
      if (group) group.push(entry);
      else bySlot.set(slot, [entry]);
    }
  }
  for (const group of bySlot.values()) if (group.length > 1) group.sort(byWhen);
  return bySlot;
}

export function slotOf(entry: CalendarEntry): string | null {
  return entry.channel && entry.time ? `${entry.channel}|${entry.date}|${entry.time}` : null;
}

/** Keys of entries that share a channel, a day and a time with another item's post. */
export function slotCollisions(entries: readonly CalendarEntry[]): Set<string> {
  const colliding = new Set<string>();
  for (const group of slotIndex(entries).values()) if (group.length > 1) for (const entry of group) colliding.add(entry.key);
  return colliding;
}

/** Each of the item's timed posts that shares its slot with other items' posts, with those. */
export function collisionsOf(item: ContentItem, slots: SlotIndex): Array<{ entry: CalendarEntry; others: CalendarEntry[] }> {
  return calendarEntries([item]).flatMap((entry) => {
    const slot = slotOf(entry);
    const others = slot ? (slots.get(slot) ?? []).filter((other) => other.item.id !== item.id) : [];
    return others.length > 0 ? [{ entry, others }] : [];
  });
}

/** The local calendar day of a stored timestamp (such as `publishedAt`), in this machine's zone. */
export function localDayOf(timestamp: string): string {
  return toDay(new Date(timestamp));
}

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

/** A day in words, e.g. "tisdag 24 november 2026" (pattern in date-fns tokens). */
export function formatDay(day: string, language: 'sv' | 'en', pattern = 'EEEE d MMMM yyyy'): string {
  return format(toDate(day), pattern, { locale: language === 'en' ? enGB : sv });
}
