// The filter's tags and owners are kept across edits that leave them alone, and gathered again
// when a post's tags or owner change, or posts come and go: always equal to a fresh count.
import { describe, expect, it } from 'vitest';
import { applyCommand, type PlanCommand } from '../../src-shared/plan/commands';
import { facetValues } from '../../src-shared/plan/filters';
import { planFacets } from '../../src-renderer/lib/facets';
import { NOW, planWith } from '../support/plans';

describe('the filter bar’s tags and owners', () => {
  it('follow every kind of edit, and stay the same object while only other fields change', () => {
    let plan = planWith(
      { type: 'item.create', id: 'a', title: 'Kårval', tags: ['kårval'] },
      { type: 'item.create', id: 'b', title: 'Bostäder', tags: ['bostad'] },
    );
    const steps: Array<[PlanCommand, 'kept' | 'new']> = [
      [{ type: 'item.update', id: 'a', patch: { title: 'Kårvalet 2027' } }, 'kept'],
      [{ type: 'item.update', id: 'a', patch: { tags: ['kårval', 'debatt'] } }, 'new'],
      [{ type: 'item.update', id: 'b', patch: { owner: 'Ordförande' } }, 'new'],
      [{ type: 'item.update', id: 'b', patch: { notes: 'Ring kommunen' } }, 'kept'],
      [{ type: 'item.create', id: 'c', title: 'Ny', tags: ['event'] }, 'new'],
      [{ type: 'item.delete', id: 'a' }, 'new'],
    ];
    let facets = planFacets(plan.items);
    for (const [command, expected] of steps) {
      plan = applyCommand(plan, command, NOW);
      const next = planFacets(plan.items);
      expect(next).toEqual(facetValues(plan.items));
      if (expected === 'kept') expect(next).toBe(facets);
      else expect(next).not.toBe(facets);
      facets = next;
    }
    expect(facets).toEqual({ tags: ['bostad', 'event'], owners: ['Ordförande'] });
  });
});
