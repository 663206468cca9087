import { describe, expect, it } from 'vitest';
import { applyCommand, columnOf, PlanCommand } from '../../src-shared/plan/commands';
import { Plan } from '../../src-shared/plan/model';
import { DomainError } from '../../src-shared/ipc/errors';
import { NOW, planWith, titlesIn } from '../support/plans';

const LATER = '2026-11-25T09:00:00.000Z';
const base = planWith(
  { type: 'item.create', id: 'a', title: 'A' },
  { type: 'item.create', id: 'b', title: 'B' },
  { type: 'item.create', id: 'c', title: 'C', status: 'draft', date: '2026-12-01', time: '09:30' },
  { type: 'variant.add', id: 'c', channel: 'x' },
);

describe('applyCommand', () => {
  const cases: Array<{ name: string; command: PlanCommand; expect: (plan: Plan) => void }> = [
    {
      name: 'create puts a new item at the top of its column, in Idé by default',
      command: { type: 'item.create', id: 'n', title: 'Ny' },
      expect: (plan) => expect(titlesIn(plan, 'idea')).toEqual(['Ny', 'B', 'A']),
    },
    {
      name: 'update changes only the patched fields and stamps updatedAt',
      command: { type: 'item.update', id: 'a', patch: { title: 'A2', audiences: ['students'] } },
      expect: (plan) =>
        expect(plan.items.find((i) => i.id === 'a')).toMatchObject({
          title: 'A2',
          audiences: ['students'],
          notes: '',
          updatedAt: LATER,
        }),
    },
    {
      name: 'delete removes the item',
      command: { type: 'item.delete', id: 'b' },
      expect: (plan) => expect(plan.items.map((i) => i.id)).toEqual(['a', 'c']),
    },
    {
      name: 'move to another column at a position',
      command: { type: 'item.move', id: 'a', status: 'draft', index: 1 },
      expect: (plan) => expect(titlesIn(plan, 'draft')).toEqual(['C', 'A']),
    },
    {
      name: 'move within a column reorders it',
      command: { type: 'item.move', id: 'a', status: 'idea', index: 0 },
      expect: (plan) => expect(titlesIn(plan, 'idea')).toEqual(['A', 'B']),
    },
    {
      name: 'move past the end clamps to the end',
      command: { type: 'item.move', id: 'b', status: 'idea', index: 99 },
      expect: (plan) => expect(titlesIn(plan, 'idea')).toEqual(['A', 'B']),
    },
    {
      name: 'schedule keeps the time when none is given',
      command: { type: 'item.schedule', id: 'c', date: '2026-12-03' },
      expect: (plan) => expect(plan.items.find((i) => i.id === 'c')).toMatchObject({ date: '2026-12-03', time: '09:30' }),
    },
    {
      name: 'schedule with a time sets it',
      command: { type: 'item.schedule', id: 'a', date: '2026-12-03', time: '12:00' },
      expect: (plan) => expect(plan.items.find((i) => i.id === 'a')).toMatchObject({ date: '2026-12-03', time: '12:00' }),
    },
    {
      name: 'unschedule clears date and time',
      command: { type: 'item.unschedule', id: 'c' },
      expect: (plan) => expect(plan.items.find((i) => i.id === 'c')).toMatchObject({ date: null, time: null }),
    },
    {
      name: 'add a variant starts it empty',
      command: { type: 'variant.add', id: 'a', channel: 'instagram' },
      expect: (plan) =>
        expect(plan.items.find((i) => i.id === 'a')?.variants).toMatchObject([{ channel: 'instagram', text: '', hashtags: [] }]),
    },
    {
      name: 'edit a variant patches only that channel',
      command: { type: 'variant.update', id: 'c', channel: 'x', patch: { text: 'Hej X' } },
      expect: (plan) => expect(plan.items.find((i) => i.id === 'c')?.variants[0]).toMatchObject({ channel: 'x', text: 'Hej X' }),
    },
    {
      name: 'remove a variant',
      command: { type: 'variant.remove', id: 'c', channel: 'x' },
      expect: (plan) => expect(plan.items.find((i) => i.id === 'c')?.variants).toEqual([]),
    },
  ];

  it.each(cases)('$name', ({ command, expect: check }) => {
    const snapshot = structuredClone(base);
    const next = applyCommand(base, PlanCommand.parse(command), LATER);
    check(next);
    expect(Plan.parse(next)).toEqual(next);
    expect(base).toEqual(snapshot); // pure: the input plan is untouched
  });

  // The code for the renderer, and the catalogue key with what it names, for the words it shows.
  const failures: Array<{ name: string; command: PlanCommand; code: string; key: string; names: string }> = [
    {
      name: 'create with a taken id',
      command: { type: 'item.create', id: 'a', title: 'X' },
      code: 'item-exists',
      key: 'errors.itemExists',
      names: 'a',
    },
    {
      name: 'update a missing item',
      command: { type: 'item.update', id: 'zz', patch: {} },
      code: 'item-not-found',
      key: 'errors.itemNotFound',
      names: 'zz',
    },
    {
      name: 'delete a missing item',
      command: { type: 'item.delete', id: 'zz' },
      code: 'item-not-found',
      key: 'errors.itemNotFound',
      names: 'zz',
    },
    {
      name: 'move a missing item',
      command: { type: 'item.move', id: 'zz', status: 'idea', index: 0 },
      code: 'item-not-found',
      key: 'errors.itemNotFound',
      names: 'zz',
    },
    {
      name: 'add a variant twice',
      command: { type: 'variant.add', id: 'c', channel: 'x' },
      code: 'variant-exists',
      key: 'errors.variantExists',
      names: 'x',
    },
    {
      name: 'remove a missing variant',
      command: { type: 'variant.remove', id: 'a', channel: 'x' },
      code: 'variant-not-found',
      key: 'errors.variantNotFound',
      names: 'x',
    },
    {
      name: 'add a channel the plan lacks',
      command: { type: 'variant.add', id: 'a', channel: 'custom-ingen' },
      code: 'invalid-input',
      key: 'errors.unknownPlanChannel',
      names: 'custom-ingen',
    },
    {
      name: 'drop on the lane of a channel the plan lacks',
      command: { type: 'item.drop', id: 'a', date: '2026-12-02', lane: 'custom-ingen' },
      code: 'invalid-input',
      key: 'errors.unknownPlanChannel',
      names: 'custom-ingen',
    },
  ];

  it.each(failures)('refuses: $name', ({ command, code, key, names }) => {
    let thrown: unknown;
    try {
      applyCommand(base, command, LATER);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(DomainError);
    const { code: said, text } = thrown as DomainError;
    expect({ code: said, key: text.key }).toEqual({ code, key });
    expect(Object.values(text.values ?? {})).toContain(names);
  });

  it('items.put puts back a deleted item as it was, stamped newer', () => {
    const item = base.items.find((i) => i.id === 'c');
    if (!item) throw new Error('fixture');
    const deleted = applyCommand(base, { type: 'item.delete', id: 'c' }, LATER);
    const restored = applyCommand(deleted, { type: 'items.put', items: [item], removeIds: ['a'] }, LATER);
    expect(restored.items.find((i) => i.id === 'c')).toEqual({ ...item, updatedAt: LATER });
    expect(restored.items.map((i) => i.id).sort()).toEqual(['b', 'c']);
  });

  it('renumbers a column when repeated inserts exhaust the gap between two ranks', () => {
    let plan = planWith({ type: 'item.create', id: 'x', title: 'X' }, { type: 'item.create', id: 'y', title: 'Y' });
    for (let i = 0; i < 80; i += 1) {
      plan = applyCommand(plan, { type: 'item.create', id: `n${i}`, title: `N${i}` }, NOW);
      plan = applyCommand(plan, { type: 'item.move', id: `n${i}`, status: 'idea', index: 1 }, NOW);
    }
    // Each new item lands right after Y: the gap halves 80 times, more than a double can split.
    const expected = ['y', ...Array.from({ length: 80 }, (_, i) => `n${79 - i}`), 'x'];
    const column = columnOf(plan, 'idea');
    expect(column.map((item) => item.id)).toEqual(expected);
    expect(new Set(column.map((item) => item.rank)).size).toBe(column.length);
  });

  it('rejects malformed commands at the schema', () => {
    const bad = [
      { type: 'item.create', id: 'a b', title: 'x' },
      { type: 'item.schedule', id: 'a', date: '2026-13-01' },
      { type: 'item.schedule', id: 'a', date: '2026-12-01', time: '25:00' },
      { type: 'item.move', id: 'a', status: 'done', index: 0 },
      { type: 'item.move', id: 'a', status: 'idea', index: -1 },
      { type: 'variant.add', id: 'a', channel: 'tiktok' },
      { type: 'item.update', id: 'a', patch: { status: 'published' } },
      { type: 'rm -rf' },
    ];
    for (const command of bad) expect(PlanCommand.safeParse(command).success, JSON.stringify(command)).toBe(false);
  });
});

// Mutation testing found these unchecked: what a new item and a new variant hold, and that
// removing one channel keeps the others.
describe('what commands make, and how they refuse', () => {
  it('item.create makes exactly a new item: empty fields, no principles ticked, at the top of Idé', () => {
    const plan = applyCommand(base, { type: 'item.create', id: 'n', title: 'Ny' }, LATER);
    expect(plan.items.find((item) => item.id === 'n')).toEqual({
      id: 'n',
      title: 'Ny',
      notes: '',
      status: 'idea',
      date: null,
      time: null,
      audiences: [],
      tags: [],
      owner: '',
      principles: { openness: false, clarity: false, credibility: false },
      rank: Math.min(...base.items.filter((item) => item.status === 'idea').map((item) => item.rank)) - 1024,
      variants: [],
      createdAt: LATER,
      updatedAt: LATER,
    });
  });

  it('variant.add makes exactly an empty variant', () => {
    const plan = applyCommand(base, { type: 'variant.add', id: 'a', channel: 'linkedin' }, LATER);
    expect(plan.items.find((item) => item.id === 'a')?.variants).toEqual([
      {
        channel: 'linkedin',
        text: '',
        lead: '',
        slug: '',
        hashtags: [],
        link: '',
        mediaNote: '',
        altText: '',
        date: null,
        time: null,
        publishedAt: null,
        publishedUrl: '',
      },
    ]);
  });

  it('variant.remove removes that channel only', () => {
    const two = applyCommand(base, { type: 'variant.add', id: 'c', channel: 'facebook' }, LATER);
    const plan = applyCommand(two, { type: 'variant.remove', id: 'c', channel: 'x' }, LATER);
    expect(plan.items.find((item) => item.id === 'c')?.variants.map((v) => v.channel)).toEqual(['facebook']);
  });
});
