// Publicerad does not grow forever: it shows what was published, dated or touched in the last
// 30 days (or is dated later), and "Visa äldre" brings back the rest. A filter or a search
// looks in the whole column, so old posts are still found.
import { latestDayOf, recentSince } from '../../../src-shared/plan/archive';
import type { PlanModel } from '../../app/plan-model';
import { sameIds } from '../../lib/visible-items';

interface Split {
  recent: readonly string[];
  older: number;
}

/**
 * The column's ids split into the recent ones, shown, and how many older ones are left out. Kept
 * while the column and the day stay and no change touched a published post: an edit of a post in
 * another column (a keystroke, a drop) then costs no walk over thousands of published posts.
 */
export class PublishedWindow {
  private last: { ids: readonly string[]; today: string; version: number; split: Split } | null = null;

  constructor(private readonly model: PlanModel) {}

  split(ids: readonly string[], today: string): Split {
    const { last, model } = this;
    if (last && last.ids === ids && last.today === today) {
      const changed = model.changedSince(last.version);
      if (changed && !changed.statuses.has('published')) {
        this.last = { ...last, version: model.version };
        return last.split;
      }
    }
    const since = recentSince(today);
    const recent = ids.filter((id) => {
      const item = model.held.table.get(id);
      return item !== undefined && latestDayOf(item) >= since;
    });
    const kept = last && sameIds(recent, last.split.recent) ? last.split.recent : recent;
    const split = { recent: kept, older: ids.length - recent.length };
    this.last = { ids, today, version: model.version, split };
    return split;
  }
}
