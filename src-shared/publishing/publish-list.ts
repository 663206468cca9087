// The "Publicera" list (DESIGN §3): what the officer publishes by hand in their publishing hour.
// Pure: `now` is local wall-clock time, `yyyy-MM-ddTHH:mm`, as the checks take it.
import type { ChannelId, ContentItem, Settings, Variant } from '../plan/model';
import { localDayOf, shiftDays, weekDays } from '../calendar/dates';
import { compareCodeUnits } from '../plan/order';

/** One variant to publish (or published): at its own date and time, else the item's. */
export interface PublishEntry {
  key: string;
  item: ContentItem;
  variant: Variant;
  channel: ChannelId;
  date: string;
  time: string | null;
  /** Approved, not out, and its moment has passed. */
  overdue: boolean;
  /** Its moment as the list sorts it, `yyyy-MM-ddTHH:mm`; a post with no time is due at T24:00. */
  due: string;
}

export interface PublishList {
  /** Approved posts whose time has passed, of any earlier day: first, whatever their channel. */
  overdue: PublishEntry[];
  /** The week's approved posts still to come, per channel in Settings' order. */
  channels: Array<{ channel: ChannelId; entries: PublishEntry[] }>;
  /** Posts of the week already marked published, or marked so that week. */
  done: PublishEntry[];
}

/**
 * `weeksAhead` 0 is this week (today and the rest of it), 1 next week, so on a Friday the officer
 * can prepare Monday. Overdue posts are always listed: they are due now, whichever week is shown.
 */
export function publishList(items: readonly ContentItem[], settings: Settings, now: string, weeksAhead = 0): PublishList {
  const week = weekDays(shiftDays(now.slice(0, 10), 7 * weeksAhead));
  const [first, last] = [week[0] as string, week[6] as string];
  const inWeek = (day: string) => day >= first && day <= last;
  // A timestamp's local day is at most two days from the date written in it (offsets of the
  // stored time and of this machine), so only one written near the week needs a Date made.
  // Compared as whole strings: "2026-11-21T22:00Z" ≥ "2026-11-21", and < the day after the last.
  const [near, beyond] = [shiftDays(first, -2), shiftDays(last, 3)];
  const publishedInWeek = (at: string) => at >= near && at < beyond && inWeek(localDayOf(at));
  const order = channelOrder(settings);
  const overdue: PublishEntry[] = [];
  const upcoming: PublishEntry[] = [];
  const done: PublishEntry[] = [];
  // One pass that makes an entry only for what is listed: at 10,000 posts most variants are
  // neither due nor of this week, and making each an entry first was most of opening the view.
  for (const item of items) {
    for (const variant of item.variants) {
      const date = variant.date ?? item.date;
      if (date === null) continue; // Not due anywhere yet.
      if (variant.publishedAt !== null) {
        if (inWeek(date) || publishedInWeek(variant.publishedAt)) done.push(entryOf(item, variant, date, now));
      } else if (item.status === 'approved') {
        const entry = entryOf(item, variant, date, now);
        if (entry.overdue) overdue.push(entry);
        else if (inWeek(date)) upcoming.push(entry);
      }
    }
  }
  const sort = (list: PublishEntry[]) => list.sort((a, b) => compareEntries(a, b, order));
  return { overdue: sort(overdue), channels: byChannel(sort(upcoming), order), done: sort(done) };
}

/** A scheduled variant with its moment. */
function entryOf(item: ContentItem, variant: Variant, date: string, now: string): PublishEntry {
  const time = variant.time ?? item.time;
  const due = dueKey(date, time);
  const overdue = variant.publishedAt === null && item.status === 'approved' && due < now;
  return { key: `${item.id}:${variant.channel}`, item, variant, channel: variant.channel, date, time, overdue, due };
}

/** With no time the whole day counts: "T24:00" sorts after every "HH:mm" of the day. */
function dueKey(date: string, time: string | null): string {
  return `${date}T${time ?? '24:00'}`;
}

/** Settings' channels first, in their order; a channel Settings no longer lists goes last. */
function channelOrder(settings: Settings): (channel: ChannelId) => number {
  const index = new Map(settings.channels.map((channel, i) => [channel.id, i]));
  return (channel) => index.get(channel) ?? settings.channels.length;
}

/**
 * Time, then channel order, then item id: never the locale, so every machine agrees. The moment
 * is made once per entry: made per comparison, sorting a uniform plan's 4,000 late posts took 16 ms.
 */
function compareEntries(a: PublishEntry, b: PublishEntry, order: (channel: ChannelId) => number): number {
  return (
    compareCodeUnits(a.due, b.due) ||
    order(a.channel) - order(b.channel) ||
    compareCodeUnits(a.channel, b.channel) ||
    compareCodeUnits(a.item.id, b.item.id)
  );
}

function byChannel(entries: PublishEntry[], order: (channel: ChannelId) => number): PublishList['channels'] {
  const groups = new Map<ChannelId, PublishEntry[]>();
  for (const entry of entries) groups.set(entry.channel, [...(groups.get(entry.channel) ?? []), entry]);
  return [...groups.entries()]
    .sort(([a], [b]) => order(a) - order(b) || compareCodeUnits(a, b))
    .map(([channel, list]) => ({ channel, entries: list }));
}
