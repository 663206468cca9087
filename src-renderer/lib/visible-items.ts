// The filter applied once per version of the plan, not once per render: each item remembers
// whether it matched the last filter it was asked about, so an edit re-tests one item, and a
// column whose visible ids did not change keeps its array (its view need not re-render).
import { isFiltering, matchesFilter, type PlanFilter } from '../../src-shared/plan/filters';
import { STATUS_IDS, type ContentItem } from '../../src-shared/plan/model';
import type { Columns } from '../../src-shared/kanban/columns';
import { sameIds, type PlanIndex } from '../app/plan-index';

const matched = new WeakMap<ContentItem, { filter: PlanFilter; match: boolean }>();

export function matches(item: ContentItem, filter: PlanFilter): boolean {
  const cached = matched.get(item);
  if (cached?.filter === filter) return cached.match;
  const match = matchesFilter(item, filter);
  matched.set(item, { filter, match });
  return match;
}

const lastVisible = new WeakMap<PlanFilter, Columns>();

/** The columns as the filter shows them: the plan's own columns when nothing is filtered. */
export function visibleColumns(index: PlanIndex, filter: PlanFilter): Columns {
  if (!isFiltering(filter)) return index.columns;
  const previous = lastVisible.get(filter);
  const next = {} as Columns;
  for (const status of STATUS_IDS) {
    const ids = index.columns[status].filter((id) => {
      const item = index.byId.get(id);
      return item !== undefined && matches(item, filter);
    });
    next[status] = previous && sameIds(ids, previous[status]) ? previous[status] : ids;
  }
  lastVisible.set(filter, next);
  return next;
}

/** The items the filter shows, in the order given. */
export function visibleItems(items: readonly ContentItem[], filter: PlanFilter): readonly ContentItem[] {
  return isFiltering(filter) ? items.filter((item) => matches(item, filter)) : items;
}
