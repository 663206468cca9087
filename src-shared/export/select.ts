// Which posts go out, and in what order. Shared by the package builder (in main) and the
// dialog's preview (in the renderer), so the counts shown are the posts written.
import type { ContentItem, Plan, Settings, Variant } from '../plan/model';
import type { ExportOptions } from './options';
import { compareCodeUnits } from '../plan/order';

/** One variant on its day: the unit of the package (one file, one CSV row, one event). */
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
 * out, since a period cannot hold them.
 */
export function exportPosts(plan: Plan, options: Pick<ExportOptions, 'from' | 'to' | 'channels' | 'statuses'>): ExportPost[] {
  const channels = new Set(options.channels);
  const statuses = new Set<string>(options.statuses);
  const posts: ExportPost[] = [];
  for (const item of plan.items) {
    if (!statuses.has(item.status)) continue;
    for (const variant of item.variants) {
      const date = variant.date ?? item.date;
      if (date === null || date < options.from || date > options.to || !channels.has(variant.channel)) continue;
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
