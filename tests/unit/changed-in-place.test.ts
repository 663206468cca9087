// changedInPlace decides which partitions a keystroke dirties (the store) and what an undo step
// holds (history), so a wrong answer loses a write or an undo. Mutation testing found it untested
// by the domain's tests (two cases in tests/main/partition-bytes): where it answers null the slow
// comparison runs instead, which hides a wrong null, and an id replaced in place was never tried.
import { describe, expect, it } from 'vitest';
import { changedInPlace } from '../../src-shared/plan/changed-in-place';
import type { ContentItem } from '../../src-shared/plan/model';
import { planWith } from '../support/plans';

const [a, b, c] = planWith(
  { type: 'item.create', id: 'a', title: 'A' },
  { type: 'item.create', id: 'b', title: 'B' },
  { type: 'item.create', id: 'c', title: 'C' },
).items as [ContentItem, ContentItem, ContentItem];
const a2 = { ...a, title: 'A2' };
const c2 = { ...c, title: 'C2' };

describe('changedInPlace', () => {
  it.each<{ name: string; after: ContentItem[]; changed: ContentItem[] | null }>([
    { name: 'nothing changed', after: [a, b, c], changed: [] },
    { name: 'one item edited', after: [a2, b, c], changed: [a2] },
    { name: 'the first and the last edited', after: [a2, b, c2], changed: [a2, c2] },
    { name: 'an item added', after: [a, b, c, a2], changed: null },
    { name: 'an item removed', after: [a, b], changed: null },
    { name: 'two items swapped', after: [b, a, c], changed: null },
    { name: 'an item replaced by another at its place', after: [a, b, { ...a, id: 'd' }], changed: null },
  ])('$name', ({ after, changed }) => {
    expect(changedInPlace([a, b, c], after)).toEqual(changed);
  });
});
