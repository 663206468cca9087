import { describe, expect, it } from 'vitest';
import { isEmptyPost } from '../../src-shared/plan/drafts';
import { EMPTY_FILTER, matchesFilter, valuesFromFilter } from '../../src-shared/plan/filters';
import { withoutStepsOf, type HistoryEntry } from '../../src-shared/plan/history';
import { planWith, stepsFor } from '../support/plans';

const empty = planWith({ type: 'item.create', id: 'a', title: '' }).items[0]!;

describe('isEmptyPost', () => {
  it.each([
    ['no title, notes or text', empty, true],
    ['only spaces in the title', { ...empty, title: '  ' }, true],
    ['a title', { ...empty, title: 'Pressträff' }, false],
    ['notes', { ...empty, notes: 'Ring Anna' }, false],
    ['a channel with an empty text', { ...empty, variants: [{ ...variantOf('x'), text: '' }] }, true],
    ['a channel with text', { ...empty, variants: [{ ...variantOf('x'), text: 'Hej' }] }, false],
  ])('%s', (_name, item, expected) => {
    expect(isEmptyPost(item)).toBe(expected);
  });
});

function variantOf(channel: 'x' | 'website') {
  return planWith({ type: 'item.create', id: 'v', title: 't' }, { type: 'variant.add', id: 'v', channel }).items[0]!.variants[0]!;
}

describe('withoutStepsOf', () => {
  it('drops the steps that touch that item alone, and keeps the others', () => {
    const start = planWith({ type: 'item.create', id: 'b', title: 'Annat' });
    const create = stepsFor(start, { type: 'item.create', id: 'a', title: '' });
    const rename = stepsFor(create.after, { type: 'item.update', id: 'b', patch: { title: 'Ändrat' } });
    const step = ({ undo, redo }: typeof create): HistoryEntry => ({ undo, redo, mergeKey: null, at: 0 });
    const createStep = step(create);
    const otherStep = step(rename);
    expect(withoutStepsOf([createStep, otherStep], 'a')).toEqual([otherStep]);
  });
});

describe('a post made while filtering', () => {
  const filter = { ...EMPTY_FILTER, audiences: ['students', 'public'], channels: ['instagram' as const], owners: ['Anna'] };

  it('takes the first chosen audience, channel and owner, and so matches the filter', () => {
    const values = valuesFromFilter(filter);
    expect(values).toEqual({ audiences: ['students'], tags: [], owner: 'Anna', channels: ['instagram'] });
    const item = planWith({ type: 'item.create', id: 'n', title: 'Ny', ...values }).items[0]!;
    expect(item.variants.map((variant) => variant.channel)).toEqual(['instagram']);
    expect(matchesFilter(item, filter)).toBe(true);
  });

  it('takes nothing from an empty filter, and a search it does not contain still hides it', () => {
    expect(valuesFromFilter(EMPTY_FILTER)).toEqual({ audiences: [], tags: [], channels: [] });
    const item = planWith({ type: 'item.create', id: 'n', title: 'Ny' }).items[0]!;
    expect(matchesFilter(item, { ...EMPTY_FILTER, text: 'studiemedel' })).toBe(false);
  });
});
