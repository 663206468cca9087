// Which posts go out, and in what order. Shared by the package builder (in main) and the
// dialog's preview (in the renderer), so the counts shown are the posts written.
import type { ContentItem, Plan, Settings, Variant } from '../plan/model';
import type { ExportOptions } from './options';
import { compareCodeUnits } from '../plan/order';

/** One variant on its day: the unit of the package (a file unless its text is empty, a CSV row, an event). */
export interface ExportPost {
  item: ContentItem;
  variant: Variant;
  channel: string;
  date: string;
  /** `HH:mm`, or null when neither the variant nor the item has a time. */
  time: string | null;
}

/**
 * The posts in the period, on the chosen channels, of items with a chosen status, in
 * publishing order. A variant's own date and time win over the item's; undated posts are left
 * out, since a period cannot hold them. A channel turned off in Settings is a channel like any
 * other here: its posts go out when it is chosen.
 */
export function exportPosts(plan: Plan, options: Pick<ExportOptions, 'from' | 'to' | 'channels' | 'statuses'>): ExportPost[] {
  const channels = new Set(options.channels);
  return postsOfPeriod(plan, options, (channel) => channels.has(channel));
}

/** The posts of the period and statuses on the channels not chosen: the package says it leaves them out. */
export function leftOutPosts(plan: Plan, options: Pick<ExportOptions, 'from' | 'to' | 'channels' | 'statuses'>): ExportPost[] {
  const channels = new Set(options.channels);
  return postsOfPeriod(plan, options, (channel) => !channels.has(channel));
}

/**
 * The channels to choose from, in the order of Settings: every enabled one, and each one turned
 * off that posts of the period and statuses still use, so none of them is dropped unseen.
 */
export function offeredChannels(
  plan: Plan,
  options: Pick<ExportOptions, 'from' | 'to' | 'statuses'>,
): Array<{ id: string; enabled: boolean }> {
  const used = new Set(postsOfPeriod(plan, options, () => true).map((post) => post.channel));
  return plan.settings.channels
    .filter((channel) => channel.enabled || used.has(channel.id))
    .map((channel) => ({ id: channel.id, enabled: channel.enabled }));
}

function postsOfPeriod(
  plan: Plan,
  options: Pick<ExportOptions, 'from' | 'to' | 'statuses'>,
  onChannel: (channel: string) => boolean,
): ExportPost[] {
  const statuses = new Set<string>(options.statuses);
  const posts: ExportPost[] = [];
  for (const item of plan.items) {
    if (!statuses.has(item.status)) continue;
    for (const variant of item.variants) {
      const date = variant.date ?? item.date;
      if (date === null || date < options.from || date > options.to || !onChannel(variant.channel)) continue;
      posts.push({ item, variant, channel: variant.channel, date, time: variant.time ?? item.time });
    }
  }
  return posts.sort(publishingOrder(plan.settings));
}

/**
 * Date, then time (a post with no time last in its day, like the calendar), then the channel
 * order of Settings, then the item id by code units: never the locale, so every machine agrees.
 */
function publishingOrder(settings: Settings): (a: ExportPost, b: ExportPost) => number {
  const rank = new Map(settings.channels.map((channel, index) => [channel.id, index]));
  const channelRank = (post: ExportPost) => rank.get(post.channel) ?? Number.MAX_SAFE_INTEGER;
  return (a, b) =>
    compareCodeUnits(a.date, b.date) ||
    compareCodeUnits(a.time ?? '99:99', b.time ?? '99:99') ||
    channelRank(a) - channelRank(b) ||
    compareCodeUnits(a.channel, b.channel) ||
    compareCodeUnits(a.item.id, b.item.id);
}

/** How many posts each channel gets, in the order of Settings; channels with none are left out. */
export function countsByChannel(posts: readonly ExportPost[], settings: Settings): Array<{ channel: string; count: number }> {
  return settings.channels
    .map((channel) => ({ channel: channel.id, count: posts.filter((post) => post.channel === channel.id).length }))
    .filter((entry) => entry.count > 0);
}
