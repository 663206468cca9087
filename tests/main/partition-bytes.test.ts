// A partition file is written from each item's kept JSON: the bytes must be exactly what
// JSON.stringify of the whole document gives, before and after edits.
import { describe, expect, it } from 'vitest';
import { applyCommand } from '../../src-shared/plan/commands';
import { generatePlan } from '../../bench/plan-generator';
import { changedInPlace } from '../../src-shared/plan/changed-in-place';
import { partitionBytes } from '../../src-main/store/partition-bytes';
import { partitionDoc } from '../../src-main/store/partitions';
import { deltaBetween } from '../../src-main/services/plan-service';
import { NOW } from '../support/plans';

const plan = generatePlan(60);

describe('the bytes of a partition file', () => {
  it('are JSON.stringify of the document, for items and for settings, before and after an edit', () => {
    const target = plan.items[3]!;
    const edited = applyCommand(plan, { type: 'item.update', id: target.id, patch: { title: 'Ny rubrik – ”citat” 🎉' } }, NOW);
    for (const version of [plan, edited, plan]) {
      for (const partition of ['settings', 'backlog', 'items-2024', 'items-2026']) {
        const doc = partitionDoc(version, partition);
        expect(partitionBytes(doc).equals(Buffer.from(JSON.stringify(doc), 'utf8'))).toBe(true);
      }
    }
  });
});

describe('what a command changed', () => {
  it('is found side by side when the list keeps its ids, and otherwise by identity', () => {
    const target = plan.items[5]!;
    const edited = applyCommand(plan, { type: 'item.update', id: target.id, patch: { title: 'Ändrad' } }, NOW);
    expect(changedInPlace(plan.items, edited.items)?.map((item) => item.id)).toEqual([target.id]);
    expect(deltaBetween(plan, edited)).toEqual({ items: [edited.items[5]], removedIds: [] });

    const removed = applyCommand(plan, { type: 'item.delete', id: target.id }, NOW);
    expect(changedInPlace(plan.items, removed.items)).toBeNull();
    expect(deltaBetween(plan, removed)).toEqual({ items: [], removedIds: [target.id] });

    const reversed = { ...plan, items: [...plan.items].reverse() };
    expect(changedInPlace(plan.items, reversed.items)).toBeNull();
    expect(deltaBetween(plan, reversed)).toEqual({ items: [], removedIds: [] });
  });
});
