// What the board sees (issue #8): the posts of a period, grouped by ISO week, with totals.
// A post is one item on one day: its variants on that day are its channels. Pure.
import type { ChannelId, ContentItem, Settings, StatusId, Variant } from '../plan/model';
import { STATUS_IDS } from '../plan/model';
import { calendarEntries } from '../calendar/entries';
import { inPeriod, weekMondays, type Period } from './period';
import { isoWeek, weekDays } from '../calendar/dates';
import { compareCodeUnits } from '../plan/order';

export interface BoardPost {
  key: string;
  item: ContentItem;
  date: string;
  /** The earliest time of its variants that day, or null when none has one. */
  time: string | null;
  /** The variants published that day, in the order of the channels in Settings. */
  variants: Variant[];
}

export interface BoardWeek {
  week: number;
  monday: string;
  sunday: string;
  posts: BoardPost[];
}

/** Every post in the period, in date and time order (then title; the same order from any order of items). */
export function boardPosts(items: readonly ContentItem[], period: Period, settings: Settings): BoardPost[] {
  const order = new Map(settings.channels.map((channel, index) => [channel.id, index]));
  const posts = new Map<string, BoardPost>();
  // Only items with a day in the period become entries: making and sorting an entry for every
  // variant of the plan was most of opening Styrelsevy at 10,000 posts.
  for (const entry of calendarEntries(items.filter((item) => touchesPeriod(item, period)))) {
    if (!inPeriod(entry.date, period)) continue;
    const key = `${entry.item.id}|${entry.date}`;
    const post = posts.get(key) ?? { key, item: entry.item, date: entry.date, time: entry.time, variants: [] };
    if (entry.variant) post.variants.push(entry.variant);
    if (entry.time !== null && (post.time === null || entry.time < post.time)) post.time = entry.time;
    posts.set(key, post);
  }
  for (const post of posts.values()) {
    post.variants.sort((a, b) => (order.get(a.channel) ?? 99) - (order.get(b.channel) ?? 99));
  }
  return [...posts.values()].sort(
    (a, b) =>
      a.date.localeCompare(b.date) ||
      (a.time ?? '99:99').localeCompare(b.time ?? '99:99') ||
      a.item.title.localeCompare(b.item.title) ||
      compareCodeUnits(a.item.id, b.item.id),
  );
}

/** Whether the item or any of its channels is dated in the period. */
function touchesPeriod(item: ContentItem, period: Period): boolean {
  if (item.date !== null && inPeriod(item.date, period)) return true;
  return item.variants.some((variant) => variant.date !== null && inPeriod(variant.date, period));
}

/** Every week the period touches, each with its posts; a week without posts is kept, and says so. */
export function boardWeeks(posts: readonly BoardPost[], period: Period): BoardWeek[] {
  return weekMondays(period).map((monday) => {
    const days = weekDays(monday);
    const sunday = days[6] as string;
    return { week: isoWeek(monday), monday, sunday, posts: posts.filter((post) => post.date >= monday && post.date <= sunday) };
  });
}

export interface BoardTotals {
  posts: number;
  byStatus: Record<StatusId, number>;
  /** Posts per channel id, for every channel in Settings (0 included), in their order. */
  byChannel: Array<{ channel: ChannelId; count: number }>;
}

export function boardTotals(posts: readonly BoardPost[], settings: Settings): BoardTotals {
  const byStatus = Object.fromEntries(STATUS_IDS.map((status) => [status, 0])) as Record<StatusId, number>;
  const channelCounts = new Map<string, number>();
  for (const post of posts) {
    byStatus[post.item.status] += 1;
    for (const variant of post.variants) channelCounts.set(variant.channel, (channelCounts.get(variant.channel) ?? 0) + 1);
  }
  const byChannel = settings.channels
    .filter((channel) => channel.enabled || channelCounts.has(channel.id))
    .map((channel) => ({ channel: channel.id, count: channelCounts.get(channel.id) ?? 0 }));
  return { posts: posts.length, byStatus, byChannel };
}

/** The first lines of a post's text, as a reader would see them: Markdown marks taken out. */
export function postExcerpt(post: BoardPost, maxChars = 200): string {
  const first = post.variants.find((variant) => (variant.lead || variant.text).trim() !== '');
  if (!first) return '';
  const plain = plainText(first.lead.trim() || first.text);
  if (plain.length <= maxChars) return plain;
  const cut = plain.slice(0, maxChars);
  const space = cut.lastIndexOf(' ');
  return `${(space > maxChars * 0.6 ? cut.slice(0, space) : cut).trimEnd()}…`;
}

/** Markdown to reading text: headings, emphasis and link syntax dropped, lines joined. */
export function plainText(markdown: string): string {
  return markdown
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/^#{1,6}\s+/gm, '')
    .replace(/^\s*[-*]\s+/gm, '')
    .replace(/(\*\*|__|\*|_)(\S[^*_]*?)\1/g, '$2')
    .replace(/\s*\n+\s*/g, ' ')
    .trim();
}
