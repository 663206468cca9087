// Publicerad does not grow forever: it shows what was published, dated or touched in the last
// 30 days (or is dated later), and "Visa äldre" brings back the rest. A filter or a search
// looks in the whole column, so old posts are still found.
import type { ContentItem } from '../../../src-shared/model';
import { localDayOf, shiftDays } from '../../../src-shared/planning';
import { sameIds } from '../../app/plan-index';

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

const latestCache = new WeakMap<ContentItem, string>();

function latestDayOf(item: ContentItem): string {
  let day = latestCache.get(item);
  if (day === undefined) {
    day = latestDay(item);
    latestCache.set(item, day);
  }
  return day;
}

/** The recent ids as last given: kept while they stay the same, so the column need not re-render. */
let lastRecent: string[] = [];

/** The column's ids split into the recent ones, shown, and how many older ones are left out. */
export function recentPublished(
  ids: readonly string[],
  byId: ReadonlyMap<string, ContentItem>,
  today: string,
): { recent: string[]; older: number } {
  const since = shiftDays(today, -RECENT_DAYS);
  const recent = ids.filter((id) => {
    const item = byId.get(id);
    return item !== undefined && latestDayOf(item) >= since;
  });
  if (!sameIds(recent, lastRecent)) lastRecent = recent;
  return { recent: lastRecent, older: ids.length - recent.length };
}
