// What goes where on the calendar: each post's channels at their day and time, in one total order.
import type { ChannelId, ContentItem, Variant } from '../plan/model';
import { compareCodeUnits, compareTitles } from '../plan/order';

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
    // One post's own entries share a title: the collator is the sort's costliest step.
    (a.item === b.item ? 0 : compareTitles(a.item.title, b.item.title)) ||
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
