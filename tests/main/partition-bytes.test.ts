// A partition file is written from each item's kept JSON: the bytes must be exactly what
// JSON.stringify of the whole document gives, before and after edits.
import { describe, expect, it } from 'vitest';
import { applyCommand } from '../../src-shared/plan/commands';
import { generatePlan } from '../../bench/plan-generator';
import { partitionBytes } from '../../src-main/store/partition-bytes';
import { partitionDoc } from '../../src-main/store/partitions';
import { deltaOf } from '../../src-main/services/plan-service';
import { NOW, stepsFor } from '../support/plans';

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

describe('main’s answer to a command', () => {
  it('is what the command wrote: the changed item, or the removed id, and nothing else', () => {
    const target = plan.items[5]!;
    const edited = stepsFor(plan, { type: 'item.update', id: target.id, patch: { title: 'Ändrad' } });
    expect(deltaOf(edited.change)).toEqual({ items: [edited.after.items[5]], removedIds: [] });

    const removed = stepsFor(plan, { type: 'item.delete', id: target.id });
    expect(deltaOf(removed.change)).toEqual({ items: [], removedIds: [target.id] });

    const language = stepsFor(plan, { type: 'settings.update', patch: { language: 'en' } });
    expect(deltaOf(language.change)).toEqual({ items: [], removedIds: [], settings: language.after.settings });
  });
});
