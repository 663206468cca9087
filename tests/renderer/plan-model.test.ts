// The renderer's plan model keeps everything it derives (columns, days, backlog, the filter's
// choices, the search, the checks and the shared slots) from what each command changed. After any
// sequence of edits, undos included, each must equal the same thing computed afresh from the plan.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { changeOf, type PlanCommand } from '../../src-shared/plan/commands';
import { planReader, withChange } from '../../src-shared/plan/draft';
import { stepsOf } from '../../src-shared/plan/history';
import { EMPTY_FILTER, facetValues, matchesFilter, type PlanFilter } from '../../src-shared/plan/filters';
import { columnsOf } from '../../src-shared/kanban/columns';
import { STATUS_IDS, type ContentItem, type Plan } from '../../src-shared/plan/model';
import { calendarEntries } from '../../src-shared/calendar/entries';
import { slotCollisions, slotIndexOf } from '../../src-shared/calendar/slots';
import { countBySeverity, timelessChecks, withTime } from '../../src-shared/checks/checks';
import { PlanModel } from '../../src-renderer/app/plan-model';
import { daysOfItem, isUnscheduled } from '../../src-renderer/app/day-index';
import { generatePlan } from '../../bench/plan-generator';
import { NOW, planWith } from '../support/plans';

const CHANNELS = ['x', 'instagram', 'facebook'] as const;
const DAYS = ['2026-11-20', '2026-12-01', '2026-12-02'];
const TIMES = ['09:00', '12:00', null];
const COUNT = 10;
const CLOCK = '2026-12-01T10:00';

function basePlan(): Plan {
  return planWith(
    ...Array.from({ length: COUNT }, (_, index): PlanCommand => ({
      type: 'item.create',
      id: `item-${index}`,
      title: `Inlägg ${index % 4}`,
      status: STATUS_IDS[index % STATUS_IDS.length],
      date: index % 5 === 4 ? null : (DAYS[index % 3] as string),
      time: TIMES[index % 3] ?? null,
      tags: index % 2 ? ['val'] : [],
      channels: [CHANNELS[index % 3] as (typeof CHANNELS)[number]],
    })),
  );
}

const id = fc.integer({ min: 0, max: COUNT + 2 }).map((index) => `item-${index}`);
const channel = fc.constantFrom(...CHANNELS);
const edit: fc.Arbitrary<PlanCommand | 'undo'> = fc.oneof(
  fc.constant<'undo'>('undo'),
  fc
    .record({ id, date: fc.constantFrom(...DAYS), time: fc.constantFrom(...TIMES) })
    .map(({ id, date, time }): PlanCommand => ({ type: 'item.schedule', id, date, time })),
  id.map((id): PlanCommand => ({ type: 'item.unschedule', id })),
  fc
    .record({ id, title: fc.constantFrom('A', 'Bostäder nu', 'Inlägg 1', 'Val nu') })
    .map(({ id, title }): PlanCommand => ({ type: 'item.update', id, patch: { title } })),
  fc
    .record({ id, tags: fc.constantFrom<string[]>([], ['val'], ['bostad', 'val']), owner: fc.constantFrom('', 'Anna', 'Bo') })
    .map(({ id, tags, owner }): PlanCommand => ({ type: 'item.update', id, patch: { tags, owner } })),
  fc.record({ id, channel }).map(({ id, channel }): PlanCommand => ({ type: 'variant.add', id, channel })),
  fc.record({ id, channel }).map(({ id, channel }): PlanCommand => ({ type: 'variant.remove', id, channel })),
  fc
    .record({ id, channel, text: fc.constantFrom('', 'Rösta nu', 'inlägg om val') })
    .map(({ id, channel, text }): PlanCommand => ({ type: 'variant.update', id, channel, patch: { text } })),
  fc
    .record({ id, status: fc.constantFrom(...STATUS_IDS), index: fc.integer({ min: 0, max: 4 }) })
    .map(({ id, status, index }): PlanCommand => ({ type: 'item.move', id, status, index })),
  fc
    .record({ id, channel, date: fc.constantFrom(...DAYS, null), time: fc.constantFrom(...TIMES) })
    .map(({ id, channel, date, time }): PlanCommand => ({ type: 'variant.ownTime', id, channel, date, time })),
  id.map((id): PlanCommand => ({ type: 'item.delete', id })),
  id.map((id): PlanCommand => ({ type: 'item.create', id, title: 'Ny', date: '2026-12-01', time: '09:00', channels: ['x'] })),
);

const FILTERS: PlanFilter[] = [
  { ...EMPTY_FILTER, text: 'inlägg' },
  { ...EMPTY_FILTER, text: 'val nu' },
  { ...EMPTY_FILTER, text: 'lägg 1' },
  { ...EMPTY_FILTER, text: 'rösta', tags: ['val'] },
  { ...EMPTY_FILTER, channels: ['x'], owners: ['Anna'] },
];

const sorted = (values: Iterable<string>) => [...values].sort();

function expectFresh(model: PlanModel, plan: Plan): void {
  const { items, settings } = plan;
  expect(model.held.table.size).toBe(items.length);
  expect(model.held.table.columns).toEqual(columnsOf(items));

  for (const day of DAYS) {
    expect(sorted(model.days.on(day))).toEqual(sorted(items.filter((item) => daysOfItem(item).includes(day)).map((item) => item.id)));
  }
  const backlog = items.filter(isUnscheduled).sort((a, b) => (a.createdAt + a.id < b.createdAt + b.id ? -1 : 1));
  expect(model.days.backlog.map((item) => item.id)).toEqual(backlog.map((item) => item.id));
  expect(sorted(model.days.itemsIn(DAYS[0] as string, DAYS[2] as string, model.held.table).map((item) => item.id))).toEqual(
    sorted(items.filter((item) => daysOfItem(item).some((day) => day >= (DAYS[0] as string) && day <= (DAYS[2] as string))).map((item) => item.id)),
  );

  const { tags, owners } = facetValues(items);
  expect(model.facets.list('tags')).toEqual(tags);
  expect(model.facets.list('owners')).toEqual(owners);

  for (const filter of FILTERS) {
    const fresh = columnsOf(items.filter((item) => matchesFilter(item, filter)));
    expect(model.filter.columns(filter)).toEqual(fresh);
  }

  const slots = slotIndexOf(items);
  const shared = slotCollisions(calendarEntries(items));
  for (const entry of calendarEntries(items)) expect(model.checks.collides(entry)).toBe(shared.has(entry.key));
  let total = 0;
  for (const item of items) {
    const fresh = withTime(timelessChecks(item, settings, { slots }), item, CLOCK);
    expect(model.checks.findings(item, CLOCK)).toEqual(fresh);
    const { error, warning } = countBySeverity(fresh);
    expect(model.checks.countsOf(item, CLOCK)).toEqual({ errors: error, warnings: warning });
    if (item.status !== 'published') total += error + warning;
  }
  model.checks.countSome(Number.POSITIVE_INFINITY);
  expect(model.checks.total(CLOCK)).toBe(total);
}

describe('the renderer’s plan model', () => {
  it('equals everything computed afresh after every edit and undo', () => {
    fc.assert(
      fc.property(fc.array(edit, { minLength: 1, maxLength: 30 }), (edits) => {
        let plan = basePlan();
        const model = new PlanModel();
        model.reset(plan);
        for (const filter of FILTERS) model.filter.columns(filter);
        const undos: PlanCommand[] = [];
        for (const next of edits) {
          const command = next === 'undo' ? undos.pop() : next;
          if (!command) continue;
          const reader = model.held.reader();
          let change;
          try {
            change = changeOf(reader, command, NOW);
          } catch {
            continue; // a post or a variant that is not there, or already is: the domain refuses it
          }
          if (next !== 'undo') undos.push(stepsOf(change, (id) => reader.get(id), reader.settings).undo);
          model.commit(change);
          plan = withChange(plan, change);
          expectFresh(model, plan);
        }
      }),
      { numRuns: 150 },
    );
  });

  it('takes many posts at once (the archive coming in) as one rebuild, equal to a fresh model', () => {
    const plan = generatePlan(400, { day: '2026-12-01' });
    const model = new PlanModel();
    model.reset({ ...plan, items: plan.items.slice(0, 100) });
    model.checks.countSome(Number.POSITIVE_INFINITY);
    const rest = plan.items.slice(100);
    model.commit({ items: new Map(rest.map((item) => [item.id, item])), settings: null });
    expect(model.checks.uncounted).toBe(true);
    expectFresh(model, plan);
  });

  it('keeps every column array when an edit moves nothing, and only the touched columns when it does', () => {
    const plan = basePlan();
    const model = new PlanModel();
    model.reset(plan);
    const filter = { ...EMPTY_FILTER, text: 'inlägg' };
    const before = model.held.table.columns;
    const shown = model.filter.columns(filter);
    model.commit(changeOf(model.held.reader(), { type: 'item.update', id: 'item-0', patch: { notes: 'Ring' } }, NOW));
    expect(model.held.table.columns).toBe(before);
    expect(model.filter.columns(filter)).toBe(shown);

    model.commit(changeOf(model.held.reader(), { type: 'item.move', id: 'item-0', status: 'draft', index: 0 }, NOW));
    const after = model.held.table.columns;
    expect(after.idea).not.toBe(before.idea);
    expect(after.draft).not.toBe(before.draft);
    expect(after.review).toBe(before.review);
    expect(model.filter.columns(filter).review).toBe(shown.review);
  });
});

describe('Publicerad', () => {
  const held = (plan: Plan) => {
    const model = new PlanModel();
    model.reset(plan);
    return model;
  };

  it('shows what was published, dated or changed in the last 30 days, and counts the older', () => {
    const old = planWith(
      { type: 'item.create', id: 'old', title: 'Gammal', status: 'published', date: '2025-01-10' },
      { type: 'item.create', id: 'new', title: 'Ny', status: 'published', date: '2026-11-20' },
      { type: 'item.create', id: 'later', title: 'Senare', status: 'published', date: '2027-01-10' },
    );
    // As if last changed long ago: only the dates tell.
    const items = old.items.map((item): ContentItem => ({ ...item, updatedAt: '2025-01-10T10:00:00.000Z' }));
    const model = held({ ...old, items });
    const column = () => model.held.table.columns.published;
    expect(model.published.split(column(), '2027-06-01')).toEqual({ recent: [], older: 3 });
    const now = model.published.split(column(), '2026-11-30');
    expect(sorted(now.recent)).toEqual(['later', 'new']);
    expect(now.older).toBe(1);
    // A post changed today (dragged into Publicerad, say) is recent whatever its date.
    const touched = { ...(items[0] as ContentItem), updatedAt: '2026-11-29T10:00:00.000Z' };
    model.commit({ items: new Map([[touched.id, touched]]), settings: null });
    expect(model.published.split(column(), '2026-11-30').older).toBe(0);
  });

  it('keeps its split while only posts in other columns change', () => {
    const model = held(
      planWith(
        { type: 'item.create', id: 'pub', title: 'Publicerad', status: 'published', date: '2026-11-20' },
        { type: 'item.create', id: 'idea', title: 'Idé' },
      ),
    );
    const split = model.published.split(model.held.table.columns.published, '2026-11-30');
    model.commit(changeOf(model.held.reader(), { type: 'item.update', id: 'idea', patch: { title: 'Idén' } }, NOW));
    expect(model.published.split(model.held.table.columns.published, '2026-11-30')).toBe(split);
  });
});

describe('the filter’s choices', () => {
  it('stay the same array while an edit leaves every tag and owner as it was', () => {
    const plan = planWith({ type: 'item.create', id: 'a', title: 'Kårval', tags: ['kårval'] });
    const model = new PlanModel();
    model.reset(plan);
    const tags = model.facets.list('tags');
    model.commit(changeOf(planReader(plan), { type: 'item.update', id: 'a', patch: { title: 'Kårvalet 2027' } }, NOW));
    expect(model.facets.list('tags')).toBe(tags);
    model.commit(changeOf(model.held.reader(), { type: 'item.update', id: 'a', patch: { tags: ['kårval', 'debatt'] } }, NOW));
    expect(model.facets.list('tags')).toEqual(['debatt', 'kårval']);
  });
});
