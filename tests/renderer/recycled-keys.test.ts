// The calendar's recycled chip keys: a post keeps its slot while it stays, and a slot a post left
// goes to the next post to come, lowest slot first.
import { describe, expect, it } from 'vitest';
import { recycleSlots } from '../../src-renderer/lib/recycled-keys';

const slotsOf = (previous: Record<string, number>, ids: string[]) =>
  Object.fromEntries(recycleSlots(new Map(Object.entries(previous)), ids));

describe('recycled slots', () => {
  it.each([
    ['a first render numbers the posts in order', {}, ['a', 'b', 'c'], { a: 0, b: 1, c: 2 }],
    ['a post that stays keeps its slot, wherever it now sorts', { a: 0, b: 1 }, ['b', 'a'], { a: 0, b: 1 }],
    ['a new week takes the slots of the week before', { a: 0, b: 1 }, ['x', 'y', 'z'], { x: 0, y: 1, z: 2 }],
    ['a post that came takes the slot one that left had', { a: 0, b: 1, c: 2 }, ['a', 'n', 'c'], { a: 0, n: 1, c: 2 }],
    ['a post that left leaves its slot empty', { a: 0, b: 1, c: 2 }, ['a', 'c'], { a: 0, c: 2 }],
    ['new posts fill the lowest free slots first', { a: 1, b: 3 }, ['n', 'a', 'm', 'b', 'o'], { n: 0, a: 1, m: 2, b: 3, o: 4 }],
    ['nothing shown, no slots', { a: 0 }, [], {}],
  ])('%s', (_name, previous, ids, expected) => {
    expect(slotsOf(previous, ids)).toEqual(expected);
  });

  it('never gives two posts one slot', () => {
    const previous = new Map([
      ['a', 0],
      ['b', 2],
    ]);
    const slots = recycleSlots(previous, ['c', 'b', 'd', 'a', 'e']);
    expect(new Set(slots.values()).size).toBe(slots.size);
  });
});
