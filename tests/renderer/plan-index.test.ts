// The renderer's normalised plan: by id, by column and by day, rebuilt per version of the item
// list but keeping what did not change, so memoised columns and cards skip rendering.
import { describe, expect, it } from 'vitest';
import { applyCommand } from '../../src-shared/plan/commands';
import { EMPTY_FILTER } from '../../src-shared/plan/filters';
import { columnsOf } from '../../src-shared/kanban/columns';
import { itemsOnDays, planIndex } from '../../src-renderer/app/plan-index';
import { recentPublished } from '../../src-renderer/features/kanban/published-window';
import { visibleColumns } from '../../src-renderer/lib/visible-items';
import { NOW, planWith } from '../support/plans';

const plan = planWith(
  { type: 'item.create', id: 'a', title: 'Bostäder', status: 'idea', date: '2026-11-23' },
  { type: 'item.create', id: 'b', title: 'Studiemedel', status: 'idea' },
  { type: 'item.create', id: 'c', title: 'Valvaka', status: 'draft', date: '2026-11-25' },
  { type: 'item.create', id: 'd', title: 'Årsmöte', status: 'published', date: '2026-11-20' },
  { type: 'variant.add', id: 'c', channel: 'x' },
  { type: 'variant.update', id: 'c', channel: 'x', patch: { date: '2026-11-26' } },
);

describe('the plan index', () => {
  it('holds the items by id, the columns in rank order and the items by day', () => {
    const index = planIndex(plan.items);
    expect(index.byId.get('c')?.title).toBe('Valvaka');
    expect(index.columns).toEqual(columnsOf(plan.items));
    expect(index.byDay.get('2026-11-26')).toEqual(['c']);
    expect(itemsOnDays(index, ['2026-11-23', '2026-11-25', '2026-11-26']).map((item) => item.id)).toEqual(['a', 'c']);
    expect(planIndex(plan.items)).toBe(index);
  });

  it('keeps every column array when an edit moves nothing, and only the moved columns when it does', () => {
    const before = planIndex(plan.items);
    const typed = applyCommand(plan, { type: 'item.update', id: 'a', patch: { title: 'Bostäder nu' } }, NOW);
    const after = planIndex(typed.items);
    expect(after.byId.get('a')?.title).toBe('Bostäder nu');
    expect(after.columns).toBe(before.columns);
    expect(after.byDay).toBe(before.byDay);

    const moved = applyCommand(typed, { type: 'item.move', id: 'b', status: 'draft', index: 0 }, NOW);
    const next = planIndex(moved.items);
    expect(next.columns.draft).toEqual(['b', 'c']);
    expect(next.columns.idea).toEqual(['a']);
    expect(next.columns.published).toBe(after.columns.published);

    const redated = applyCommand(moved, { type: 'item.schedule', id: 'a', date: '2026-12-01' }, NOW);
    expect(planIndex(redated.items).byDay.get('2026-12-01')).toEqual(['a']);
  });

  it('shows the filtered columns, keeping a column array whose visible ids did not change', () => {
    const index = planIndex(plan.items);
    expect(visibleColumns(index, EMPTY_FILTER)).toBe(index.columns);
    const filter = { ...EMPTY_FILTER, text: 'valv' };
    const first = visibleColumns(index, filter);
    expect(first.draft).toEqual(['c']);
    expect(first.idea).toEqual([]);
    const typed = applyCommand(plan, { type: 'item.update', id: 'a', patch: { title: 'Bostäder nu' } }, NOW);
    expect(visibleColumns(planIndex(typed.items), filter).draft).toBe(first.draft);
  });
});

describe('Publicerad', () => {
  it('shows what was published, dated or changed in the last 30 days, and counts the older', () => {
    const old = planWith(
      { type: 'item.create', id: 'old', title: 'Gammal', status: 'published', date: '2025-01-10' },
      { type: 'item.create', id: 'new', title: 'Ny', status: 'published', date: '2026-11-20' },
      { type: 'item.create', id: 'later', title: 'Senare', status: 'published', date: '2027-01-10' },
    );
    // As if last changed long ago: only the dates tell.
    const items = old.items.map((item) => ({ ...item, updatedAt: '2025-01-10T10:00:00.000Z' }));
    const index = planIndex(items);
    expect(recentPublished(index.columns.published, index.byId, '2027-06-01', items)).toEqual({ recent: [], older: 3 });
    const now = recentPublished(index.columns.published, index.byId, '2026-11-30', items);
    expect([...now.recent].sort()).toEqual(['later', 'new']);
    expect(now.older).toBe(1);
    // A post changed today (dragged into Publicerad, say) is recent whatever its date.
    const touched = items.map((item) => (item.id === 'old' ? { ...item, updatedAt: '2026-11-29T10:00:00.000Z' } : item));
    const again = planIndex(touched);
    expect(again.columns.published).toBe(index.columns.published); // the same ids: only the change tells
    expect(recentPublished(again.columns.published, again.byId, '2026-11-30', touched).older).toBe(0);
  });

  it('keeps its split while only posts in other columns change', () => {
    const plan = planWith(
      { type: 'item.create', id: 'pub', title: 'Publicerad', status: 'published', date: '2026-11-20' },
      { type: 'item.create', id: 'idea', title: 'Idé' },
    );
    const index = planIndex(plan.items);
    const split = recentPublished(index.columns.published, index.byId, '2026-11-30', plan.items);
    const typed = applyCommand(plan, { type: 'item.update', id: 'idea', patch: { title: 'Idén' } }, NOW);
    const after = planIndex(typed.items);
    expect(recentPublished(after.columns.published, after.byId, '2026-11-30', typed.items)).toBe(split);
  });
});
