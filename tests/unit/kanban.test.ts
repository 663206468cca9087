import { describe, expect, it } from 'vitest';
import { columnHolding, columnsOf, indexInFullColumn, moveId } from '../../src-shared/kanban/columns';
import { planWith } from '../support/plans';

const plan = planWith(
  { type: 'item.create', id: 'a', title: 'A' },
  { type: 'item.create', id: 'b', title: 'B' },
  { type: 'item.create', id: 'c', title: 'C', status: 'review' },
);

describe('kanban columns', () => {
  it('lists ids per status in rank order', () => {
    expect(columnsOf(plan.items)).toMatchObject({ idea: ['b', 'a'], draft: [], review: ['c'] });
  });

  it.each([
    { id: 'a', to: 'review' as const, index: 0, expect: { idea: ['b'], review: ['a', 'c'] } },
    { id: 'a', to: 'review' as const, index: 9, expect: { idea: ['b'], review: ['c', 'a'] } },
    { id: 'a', to: 'idea' as const, index: 0, expect: { idea: ['a', 'b'], review: ['c'] } },
  ])('moves $id to $to at $index', ({ id, to, index, expect: expected }) => {
    expect(moveId(columnsOf(plan.items), id, to, index)).toMatchObject(expected);
  });

  it('finds the column of a card, or a column by its own id', () => {
    const columns = columnsOf(plan.items);
    expect(columnHolding(columns, 'c')).toBe('review');
    expect(columnHolding(columns, 'draft')).toBe('draft');
    expect(columnHolding(columns, 'nope')).toBeNull();
  });

  it.each([
    { name: 'after its visible neighbour', full: ['x', 'y', 'z'], visible: ['x', 'm', 'z'], index: 1 },
    { name: 'first when nothing is above', full: ['x', 'y', 'z'], visible: ['m', 'z'], index: 2 },
    { name: 'first in an empty column', full: [], visible: ['m'], index: 0 },
    { name: 'after a hidden run', full: ['x', 'h1', 'h2', 'y'], visible: ['x', 'y', 'm'], index: 4 },
  ])('index in the full column: $name', ({ full, visible, index }) => {
    expect(indexInFullColumn(full, visible, 'm')).toBe(index);
  });
});
