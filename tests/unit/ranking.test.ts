// Ranks within a kanban column (src-shared/kanban/ranking.ts), tested directly: mutation testing
// found the midpoint and its guard reached only through moves, which never hit the edge where
// two ranks have no number between them and the column must be renumbered.
import { describe, expect, it } from 'vitest';
import { rankBetween, renumbered } from '../../src-shared/kanban/ranking';

describe('rankBetween', () => {
  it.each([
    { name: 'an empty column', before: undefined, after: undefined, rank: 0 },
    { name: 'first, above a card', before: undefined, after: 0, rank: -1024 },
    { name: 'last, below a card', before: 5, after: undefined, rank: 1029 },
    { name: 'between two cards', before: 2, after: 4, rank: 3 },
    { name: 'between two negative ranks', before: -8, after: -2, rank: -5 },
    // Adjacent numbers: the midpoint rounds to the one below or to the one above.
    { name: 'between adjacent ranks, rounding down', before: 1, after: 1 + Number.EPSILON, rank: null },
    { name: 'between adjacent ranks, rounding up', before: 1 - Number.EPSILON / 2, after: 1, rank: null },
    { name: 'between two equal ranks', before: 7, after: 7, rank: null },
  ])('$name → $rank', ({ before, after, rank }) => {
    expect(rankBetween(before, after)).toBe(rank);
  });
});

describe('renumbered', () => {
  it('spaces a column evenly from 0', () => {
    expect(renumbered(3)).toEqual([0, 1024, 2048]);
    expect(renumbered(0)).toEqual([]);
  });
});
