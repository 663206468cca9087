// Finding posts in a plan, and where new ones go in their column.
import { DomainError, message } from '../ipc/errors';
import { RANK_STEP } from '../kanban/ranking';
import type { ContentItem, Plan, StatusId } from './model';
import { byRank } from './item-table';

export function findItem(plan: Plan, id: string): ContentItem {
  const item = plan.items.find((candidate) => candidate.id === id);
  if (!item) throw new DomainError('item-not-found', message('errors.itemNotFound', { id }));
  return item;
}

/** The items of one kanban column, in their order. */
export function columnOf(plan: Plan, status: string): ContentItem[] {
  return plan.items.filter((item) => item.status === status).sort(byRank);
}

export { byRank };

/**
 * Ranks for `count` new posts at the top of their column, in the order given: new posts go where
 * the quick-add field is, as one made by hand does.
 */
export function ranksAtTop(plan: Plan, status: StatusId, count: number): number[] {
  const top = plan.items.reduce((least, item) => (item.status === status && item.rank < least ? item.rank : least), 0);
  return Array.from({ length: count }, (_, i) => top - RANK_STEP * (count - i));
}

/** The least rank of a column in rank order (its first post's), or 0 for an empty column: as `ranksAtTop` counts. */
export function topRank(column: readonly ContentItem[]): number {
  return Math.min(0, column[0]?.rank ?? 0);
}
