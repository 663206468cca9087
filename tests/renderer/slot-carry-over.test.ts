// The slot index carried from one version of the plan to the next must equal one built afresh,
// whatever the edits: generated sequences of moves, own times, channels and renames.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyCommand, type PlanCommand } from '../../src-shared/plan/commands';
import type { Plan } from '../../src-shared/plan/model';
import { calendarEntries } from '../../src-shared/calendar/entries';
import { slotCollisions, slotIndexOf } from '../../src-shared/calendar/slots';
import { timelessChecks, withTime } from '../../src-shared/checks/checks';
import { checksOf, collidingItemIds, collidingKeys } from '../../src-renderer/lib/checks';
import { NOW, planWith } from '../support/plans';

const CHANNELS = ['x', 'instagram', 'facebook'] as const;
const DAYS = ['2026-12-01', '2026-12-02'];
const TIMES = ['09:00', '12:00', null];
const COUNT = 12;

function basePlan(): Plan {
  return planWith(
    ...Array.from({ length: COUNT }, (_, index): PlanCommand => ({
      type: 'item.create',
      id: `item-${index}`,
      title: `Inlägg ${index % 4}`,
      date: DAYS[index % 2] as string,
      time: TIMES[index % 3] ?? null,
      channels: [CHANNELS[index % 3] as (typeof CHANNELS)[number]],
    })),
  );
}

const id = fc.integer({ min: 0, max: COUNT - 1 }).map((index) => `item-${index}`);
const channel = fc.constantFrom(...CHANNELS);
const edit: fc.Arbitrary<PlanCommand> = fc.oneof(
  fc.record({ id, date: fc.constantFrom(...DAYS), time: fc.constantFrom(...TIMES) }).map(
    ({ id, date, time }): PlanCommand => ({ type: 'item.schedule', id, date, time }),
  ),
  fc.record({ id, title: fc.constantFrom('A', 'B', 'Inlägg 1') }).map(
    ({ id, title }): PlanCommand => ({ type: 'item.update', id, patch: { title } }),
  ),
  fc.record({ id, channel }).map(({ id, channel }): PlanCommand => ({ type: 'variant.add', id, channel })),
  id.map((id): PlanCommand => ({ type: 'item.move', id, status: 'review', index: 0 })),
  fc.record({ id, channel }).map(({ id, channel }): PlanCommand => ({ type: 'variant.remove', id, channel })),
  fc.record({ id, channel, date: fc.constantFrom(...DAYS, null), time: fc.constantFrom(...TIMES) }).map(
    ({ id, channel, date, time }): PlanCommand => ({ type: 'variant.ownTime', id, channel, date, time }),
  ),
);

function freshCollidingIds(plan: Plan): string[] {
  const ids = new Set<string>();
  for (const group of slotIndexOf(plan.items).values()) {
    const owners = new Set(group.map((entry) => entry.item.id));
    if (owners.size > 1) for (const owner of owners) ids.add(owner);
  }
  return [...ids].sort();
}

function expectFreshChecks(plan: Plan) {
  const slots = slotIndexOf(plan.items);
  for (const item of plan.items) {
    const fresh = withTime(timelessChecks(item, plan.settings, { slots }), item, NOW);
    expect(checksOf(item, plan.settings, NOW, plan.items)).toEqual(fresh);
  }
  expect([...collidingItemIds(plan.items)].sort()).toEqual(freshCollidingIds(plan));
}

describe('the slot index carried over between versions of the plan', () => {
  it('equals one built afresh after every edit', () => {
    fc.assert(
      fc.property(fc.array(edit, { minLength: 1, maxLength: 40 }), (edits) => {
        let plan = basePlan();
        const versions: Plan[] = [];
        collidingKeys(plan.items);
        for (const command of edits) {
          try {
            plan = applyCommand(plan, command, NOW);
          } catch {
            continue; // a variant that is already there, or not there: the domain refuses it
          }
          expect([...collidingKeys(plan.items)].sort()).toEqual([...slotCollisions(calendarEntries(plan.items))].sort());
          expect([...collidingItemIds(plan.items)].sort()).toEqual(freshCollidingIds(plan));
          expectFreshChecks(plan);
          versions.push(plan);
        }
        // A version asked again after the index has moved on is answered as if it were new.
        for (const version of versions.slice(-3)) expectFreshChecks(version);
      }),
      { numRuns: 300 },
    );
  });
});
