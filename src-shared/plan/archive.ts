// The archive: published posts whose last day (published, dated or changed) is more than 30 days
// ago. Publicerad leaves them out until "Visa äldre", and the app reads them in after the rest of
// the plan, so that a plan of years opens as fast as its working part (issue #11).
import type { ContentItem } from './model';
import { localDayOf, shiftDays } from '../calendar/dates';

export const RECENT_DAYS = 30;

/** The latest day that makes a published post recent: published, dated or changed. */
function latestDay(item: ContentItem): string {
  let latest = localDayOf(item.updatedAt);
  if (item.date && item.date > latest) latest = item.date;
  for (const variant of item.variants) {
    if (!variant.publishedAt) continue;
    const day = localDayOf(variant.publishedAt);
    if (day > latest) latest = day;
  }
  return latest;
}

// Items never change in place, so an item's day is computed once per version.
const latestCache = new WeakMap<ContentItem, string>();

export function latestDayOf(item: ContentItem): string {
  let day = latestCache.get(item);
  if (day === undefined) {
    day = latestDay(item);
    latestCache.set(item, day);
  }
  return day;
}

/** The first day that still counts as recent, seen from `today`. */
export function recentSince(today: string): string {
  return shiftDays(today, -RECENT_DAYS);
}

/** Whether a post belongs to the archive, seen from the day `since` (from `recentSince`). */
export function isArchived(item: ContentItem, since: string): boolean {
  return item.status === 'published' && latestDayOf(item) < since;
}
