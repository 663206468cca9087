import { describe, expect, it } from 'vitest';
import { columnHolding, columnsOf, indexInFullColumn, moveId, type Columns } from '../../src-shared/kanban/columns';
import { kanbanDrop } from '../../src-shared/kanban/drop';
import type { StatusId } from '../../src-shared/plan/model';
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

describe('a kanban drop', () => {
  const columns = (idea: string[], review: string[] = []): Columns => ({ idea, draft: [], review, approved: [], published: [] });
  const full = columns(['a', 'b', 'c'], ['r']);

  it.each<{ name: string; dragging: Columns; id: string; over: string | null; move: [StatusId, number] | null }>([
    { name: 'on itself: where it was', dragging: full, id: 'b', over: 'b', move: null },
    { name: 'on its own column, not on a card: where it was', dragging: full, id: 'b', over: 'idea', move: null },
    { name: 'first card on itself', dragging: full, id: 'a', over: 'a', move: null },
    { name: 'outside every column', dragging: full, id: 'b', over: null, move: null },
    {
      name: 'into another column, then let go outside every column',
      dragging: columns(['b', 'c'], ['a', 'r']),
      id: 'a',
      over: null,
      move: null,
    },
    { name: 'a card no column holds', dragging: full, id: 'x', over: 'a', move: null },
    { name: 'down on the last card', dragging: full, id: 'a', over: 'c', move: ['idea', 2] },
    { name: 'up on the first card', dragging: full, id: 'c', over: 'a', move: ['idea', 0] },
    { name: 'one down, on its neighbour', dragging: full, id: 'a', over: 'b', move: ['idea', 1] },
    {
      name: 'into another column while over it',
      dragging: columns(['b', 'c'], ['a', 'r']),
      id: 'a',
      over: 'a',
      move: ['review', 0],
    },
    {
      name: 'into another column, then on a card there',
      dragging: columns(['b', 'c'], ['r', 'a']),
      id: 'a',
      over: 'r',
      move: ['review', 0],
    },
    {
      name: 'into an empty column by its id',
      dragging: { ...columns(['b', 'c'], ['r']), draft: ['a'] },
      id: 'a',
      over: 'draft',
      move: ['draft', 0],
    },
  ])('$name', ({ dragging, id, over, move }) => {
    const command = kanbanDrop(dragging, full, id, over);
    expect(command).toEqual(move && { type: 'item.move', id, status: move[0], index: move[1] });
  });

  it('under a filter, a card dropped where it was among the visible ones moves nothing', () => {
    const whole = columns(['a', 'b', 'hidden'], []);
    expect(kanbanDrop(columns(['a', 'b']), whole, 'b', 'b')).toBeNull();
    expect(kanbanDrop(columns(['a', 'b']), whole, 'b', 'a')).toEqual({ type: 'item.move', id: 'b', status: 'idea', index: 0 });
  });
});
