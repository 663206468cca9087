// Publicerad does not grow forever: it shows what was published, dated or touched in the last
// 30 days (or is dated later), and "Visa äldre" brings back the rest. A filter or a search
// looks in the whole column, so old posts are still found.
import { latestDayOf, recentSince } from '../../../src-shared/archive';
import type { ContentItem } from '../../../src-shared/model';
import { sameIds } from '../../app/plan-index';

/** The recent ids as last given: kept while they stay the same, so the column need not re-render. */
let lastRecent: string[] = [];

/** The column's ids split into the recent ones, shown, and how many older ones are left out. */
export function recentPublished(
  ids: readonly string[],
  byId: ReadonlyMap<string, ContentItem>,
  today: string,
): { recent: string[]; older: number } {
  const since = recentSince(today);
  const recent = ids.filter((id) => {
    const item = byId.get(id);
    return item !== undefined && latestDayOf(item) >= since;
  });
  if (!sameIds(recent, lastRecent)) lastRecent = recent;
  return { recent: lastRecent, older: ids.length - recent.length };
}
