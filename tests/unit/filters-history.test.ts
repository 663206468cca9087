import { describe, expect, it } from 'vitest';
import { applyCommand } from '../../src-shared/plan/commands';
import { EMPTY_FILTER, facetValues, isFiltering, matchesFilter, type PlanFilter } from '../../src-shared/plan/filters';
import { mergeKeyOf, pushHistory, type HistoryEntry } from '../../src-shared/plan/history';
import { NOW, planWith, stepsFor } from '../support/plans';

const plan = planWith(
  { type: 'item.create', id: 'a', title: 'Studentbostäder nu' },
  { type: 'item.update', id: 'a', patch: { audiences: ['decision-makers'], tags: ['bostad'], owner: 'Ordförande' } },
  { type: 'variant.add', id: 'a', channel: 'x' },
  { type: 'variant.update', id: 'a', channel: 'x', patch: { text: 'Fler bostäder åt Stockholms studenter!' } },
  { type: 'item.create', id: 'b', title: 'Kårval', status: 'draft', tags: ['val2027'], channels: ['instagram', 'facebook'] },
  { type: 'variant.update', id: 'b', channel: 'instagram', patch: { hashtags: ['rösta'] } },
  { type: 'variant.update', id: 'b', channel: 'facebook', patch: { text: 'Valsedlar finns i foajén.' } },
);

describe('filters', () => {
  it.each<[string, Partial<PlanFilter>, string[]]>([
    ['nothing chosen', {}, ['a', 'b']],
    ['a channel', { channels: ['x'] }, ['a']],
    ['an audience', { audiences: ['decision-makers'] }, ['a']],
    ['a tag', { tags: ['bostad'] }, ['a']],
    ['an owner', { owners: ['Ordförande'] }, ['a']],
    ['a status', { statuses: ['draft'] }, ['b']],
    ['text in a variant, any case', { text: 'STOCKHOLMS' }, ['a']],
    ['text in a title', { text: 'kårval' }, ['b']],
    ['two facets together', { channels: ['x'], statuses: ['draft'] }, []],
    ['one of two channels, on a second variant', { channels: ['linkedin', 'facebook'] }, ['b']],
    ['one of two owners', { owners: ['Ingen', 'Ordförande'] }, ['a']],
    ['one of two statuses', { statuses: ['published', 'draft'] }, ['b']],
    ['a hashtag, with its #', { text: '#RÖSTA' }, ['b']],
    ['a hashtag, without it', { text: 'rösta' }, ['b']],
    ['a tag, by search', { text: 'val2027' }, ['b']],
    ['the text of a second variant', { text: 'foajén' }, ['b']],
  ])('%s', (_name, filter, ids) => {
    const full = { ...EMPTY_FILTER, ...filter };
    expect(plan.items.filter((i) => matchesFilter(i, full)).map((i) => i.id)).toEqual(ids);
    expect(isFiltering(full)).toBe(ids.length !== 2);
  });

  it('offers the tags and owners in use', () => {
    expect(facetValues(plan.items)).toEqual({ tags: ['bostad', 'val2027'], owners: ['Ordförande'] });
  });

  it('offers them once each, in Swedish order (å, ä, ö after z)', () => {
    const many = planWith(
      { type: 'item.create', id: 'x', title: 'X', tags: ['ölkväll', 'zon', 'Arbete'], owner: 'Örjan' },
      { type: 'item.create', id: 'y', title: 'Y', tags: ['zon', 'ärende'], owner: 'Anna' },
      { type: 'item.create', id: 'z', title: 'Z', tags: [] },
    );
    expect(facetValues(many.items)).toEqual({ tags: ['Arbete', 'zon', 'ärende', 'ölkväll'], owners: ['Anna', 'Örjan'] });
  });

  it('takes a search of only spaces as no search', () => {
    const spaces = { ...EMPTY_FILTER, text: '   ' };
    expect(isFiltering(spaces)).toBe(false);
    expect(plan.items.filter((item) => matchesFilter(item, spaces)).map((item) => item.id)).toEqual(['a', 'b']);
  });
});

describe('undo history', () => {
  const strip = (p: typeof plan) => p.items.map(({ updatedAt: _, ...rest }) => rest).sort((x, y) => x.id.localeCompare(y.id));

  it('the steps of a delete and a move take a plan there and back', () => {
    const deleted = stepsFor(plan, { type: 'item.delete', id: 'b' });
    const moved = stepsFor(deleted.after, { type: 'item.move', id: 'a', status: 'review', index: 0 });
    const back = applyCommand(applyCommand(moved.after, moved.undo, NOW), deleted.undo, NOW);
    expect(strip(back)).toEqual(strip(plan));
    expect(strip(applyCommand(applyCommand(back, deleted.redo, NOW), moved.redo, NOW))).toEqual(strip(moved.after));
  });

  it('an undo puts back only the fields its command changed, keeping a later change of another', () => {
    const retitled = stepsFor(plan, { type: 'item.update', id: 'a', patch: { title: 'Bostäder nu' } });
    const tagged = applyCommand(retitled.after, { type: 'item.update', id: 'a', patch: { tags: ['debatt'] } }, NOW);
    const texted = applyCommand(tagged, { type: 'variant.update', id: 'a', channel: 'x', patch: { text: 'Ny text' } }, NOW);
    const undone = applyCommand(texted, retitled.undo, NOW).items.find((item) => item.id === 'a');
    expect(undone).toMatchObject({ title: 'Studentbostäder nu', tags: ['debatt'] });
    expect(undone?.variants[0]?.text).toBe('Ny text');
  });

  const entry = (mergeKey: string | null, at: number, tag: string): HistoryEntry => ({
    undo: { type: 'plan.patch', items: [{ kind: 'remove', id: `undo-${tag}` }] },
    redo: { type: 'plan.patch', items: [{ kind: 'remove', id: `redo-${tag}` }] },
    mergeKey,
    at,
  });
  // The posts a step's command touches, in its order (each test step removes one made-up post).
  const ids = (command: HistoryEntry['redo']) => command.items.map((step) => (step.kind === 'put' ? step.item.id : step.id));

  it('merges typing in one field into one step, but not after a pause or in another field', () => {
    let stack = pushHistory([], entry('item:a:title', 0, '1'));
    stack = pushHistory(stack, entry('item:a:title', 500, '2'));
    expect(stack).toHaveLength(1);
    // Undoing the merged step undoes the later keystroke, then the earlier; redoing does the reverse.
    expect(ids(stack[0]!.undo)).toEqual(['undo-2', 'undo-1']);
    expect(ids(stack[0]!.redo)).toEqual(['redo-1', 'redo-2']);
    stack = pushHistory(stack, entry('item:a:title', 5000, '3'));
    stack = pushHistory(stack, entry('item:a:notes', 5100, '4'));
    stack = pushHistory(stack, entry(null, 5200, '5'));
    expect(stack).toHaveLength(4);
  });

  // The window is 1.5 s from the step before: a pause that long starts a new step.
  it.each([
    { gap: 0, merged: true },
    { gap: 1_499, merged: true },
    { gap: 1_500, merged: false },
    { gap: 1_501, merged: false },
  ])('two edits of one field $gap ms apart are one step: $merged', ({ gap, merged }) => {
    const stack = pushHistory([entry('item:a:title', 10_000, '1')], entry('item:a:title', 10_000 + gap, '2'));
    expect(stack).toHaveLength(merged ? 1 : 2);
    expect(stack.at(-1)?.at).toBe(10_000 + gap);
    expect(ids(stack.at(-1)!.redo)).toEqual(merged ? ['redo-1', 'redo-2'] : ['redo-2']);
  });

  it('measures the window from the last edit merged, so steady typing stays one step', () => {
    let stack: HistoryEntry[] = [];
    for (let i = 0; i < 10; i += 1) stack = pushHistory(stack, entry('item:a:title', i * 1_400, String(i)));
    expect(stack).toHaveLength(1);
    expect(stack[0]?.at).toBe(9 * 1_400);
    expect(ids(stack[0]!.redo)).toEqual(Array.from({ length: 10 }, (_, i) => `redo-${i}`));
    expect(ids(stack[0]!.undo)).toEqual(Array.from({ length: 10 }, (_, i) => `undo-${9 - i}`));
  });

  it('never merges steps without a key, even at the same moment', () => {
    expect(pushHistory([entry(null, 0, '1')], entry(null, 0, '2'))).toHaveLength(2);
  });

  // 200 is the promise (README: undo for every change), not HISTORY_LIMIT read back.
  it('keeps exactly the last 200 steps', () => {
    let stack: HistoryEntry[] = [];
    for (let i = 0; i < 200; i += 1) stack = pushHistory(stack, entry(null, i, String(i)));
    expect(stack).toHaveLength(200);
    expect(ids(stack[0]!.redo)).toEqual(['redo-0']);
    stack = pushHistory(stack, entry(null, 200, '200'));
    expect(stack).toHaveLength(200);
    expect(ids(stack[0]!.redo)).toEqual(['redo-1']);
    expect(ids(stack.at(-1)!.redo)).toEqual(['redo-200']);
  });

  it('keys only edits as mergeable', () => {
    expect(mergeKeyOf({ type: 'item.update', id: 'a', patch: { title: 'x' } })).toBe('item:a:title');
    expect(mergeKeyOf({ type: 'variant.update', id: 'a', channel: 'x', patch: { text: 'x' } })).toBe('variant:a:x:text');
    expect(mergeKeyOf({ type: 'item.move', id: 'a', status: 'draft', index: 0 })).toBeNull();
    // The same fields in another order are the same edit.
    expect(mergeKeyOf({ type: 'item.update', id: 'a', patch: { title: 'x', notes: 'y' } })).toBe(
      mergeKeyOf({ type: 'item.update', id: 'a', patch: { notes: 'y', title: 'x' } }),
    );
    expect(mergeKeyOf({ type: 'variant.update', id: 'a', channel: 'x', patch: { text: 'x', link: 'y' } })).toBe(
      'variant:a:x:link,text',
    );
  });
});
