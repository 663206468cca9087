// Publicerad does not grow forever: it shows what was published, dated or touched in the last
// 30 days (or is dated later), and "Visa äldre" brings back the rest. A filter or a search
// looks in the whole column, so old posts are still found.
import { latestDayOf, recentSince } from '../../../src-shared/plan/archive';
import { changedInPlace } from '../../../src-shared/plan/changed-in-place';
import type { ContentItem } from '../../../src-shared/plan/model';
import { sameIds } from '../../app/plan-index';

/** The recent ids as last given: kept while they stay the same, so the column need not re-render. */
let lastRecent: string[] = [];

/** The last split and what it was made from. */
let last: { ids: readonly string[]; items: readonly ContentItem[]; today: string; split: Split } | null = null;

interface Split {
  recent: string[];
  older: number;
}

/**
 * The column's ids split into the recent ones, shown, and how many older ones are left out.
 * Kept while the column's ids and the day stay and no published post changed: an edit of a post
 * in another column (a keystroke) then costs no walk over thousands of published posts.
 */
export function recentPublished(
  ids: readonly string[],
  byId: ReadonlyMap<string, ContentItem>,
  today: string,
  items: readonly ContentItem[],
): Split {
  if (last && last.ids === ids && last.today === today && noPublishedChanged(last.items, items)) {
    last = { ...last, items };
    return last.split;
  }
  const split = splitRecent(ids, byId, today);
  last = { ids, items, today, split };
  return split;
}

function noPublishedChanged(before: readonly ContentItem[], after: readonly ContentItem[]): boolean {
  if (before === after) return true;
  const changed = changedInPlace(before, after);
  return changed !== null && changed.every((item) => item.status !== 'published');
}

function splitRecent(ids: readonly string[], byId: ReadonlyMap<string, ContentItem>, today: string): Split {
  const since = recentSince(today);
  const recent = ids.filter((id) => {
    const item = byId.get(id);
    return item !== undefined && latestDayOf(item) >= since;
  });
  if (!sameIds(recent, lastRecent)) lastRecent = recent;
  return { recent: lastRecent, older: ids.length - recent.length };
}
