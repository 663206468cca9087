// What the filter shows, kept per filter from one version of the plan to the next (issue #20): a
// change re-tests the posts it touched and re-filters only the columns they are in, and a new
// search text compares each post's kept lower-cased text instead of lower-casing it again. A column whose visible
// ids did not change keeps its array, so its view need not re-render.
import { isFiltering, matchesFacets, needleOf, type PlanFilter } from '../../src-shared/plan/filters';
import type { Columns } from '../../src-shared/plan/item-table';
import { STATUS_IDS, type ContentItem, type StatusId } from '../../src-shared/plan/model';
import type { PlanModel } from '../app/plan-model';

const SHOW_ALL = () => true;

interface Shown {
  version: number;
  columns: Columns;
  /** The full columns it was made from: a column whose array is the same needs no second look. */
  from: Columns;
}

export function sameIds(a: readonly string[], b: readonly string[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i += 1) if (a[i] !== b[i]) return false;
  return true;
}

export class FilterView {
  private readonly shown = new WeakMap<PlanFilter, Shown>();
  private readonly tests = new WeakMap<PlanFilter, { version: number; test: (item: ContentItem) => boolean }>();

  constructor(private readonly model: PlanModel) {}

  /**
   * Whether the filter shows the post: the test the columns, the calendar and the backlog share.
   * The same function for a filter until the plan changes.
   */
  test(filter: PlanFilter): (item: ContentItem) => boolean {
    if (!isFiltering(filter)) return SHOW_ALL;
    const cached = this.tests.get(filter);
    if (cached?.version === this.model.version) return cached.test;
    const needle = needleOf(filter);
    const holds = needle === '' ? null : this.textTest(needle);
    const test = (item: ContentItem) => matchesFacets(item, filter) && (holds === null || holds(item.id));
    this.tests.set(filter, { version: this.model.version, test });
    return test;
  }

  /** The columns as the filter shows them: the plan's own columns when nothing is filtered. */
  columns(filter: PlanFilter): Columns {
    const full = this.model.held.table.columns;
    if (!isFiltering(filter)) return full;
    const version = this.model.version;
    const cached = this.shown.get(filter);
    if (cached?.version === version) return cached.columns;
    const changed = cached ? this.model.changedSince(cached.version) : null;
    const test = this.test(filter);
    const next = {} as Record<StatusId, readonly string[]>;
    for (const status of STATUS_IDS) {
      const kept = cached && changed && cached.from[status] === full[status] && !changed.statuses.has(status);
      const ids = kept ? cached.columns[status] : full[status].filter((id) => test(this.model.held.table.get(id) as ContentItem));
      next[status] = cached && sameIds(ids, cached.columns[status]) ? cached.columns[status] : ids;
    }
    // Every column as it was: the same object, so the board need not render again.
    const columns = cached && STATUS_IDS.every((status) => next[status] === cached.columns[status]) ? cached.columns : next;
    this.shown.set(filter, { version, columns, from: full });
    return columns;
  }

  /** The posts whose text holds `needle`: each post's lower-cased text is kept per version (search-index.ts). */
  private textTest(needle: string): (id: string) => boolean {
    return this.model.search.matching(needle, (id) => this.model.held.table.get(id));
  }

}
