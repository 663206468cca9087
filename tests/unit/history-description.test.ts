// Each undo step carries what it did, so undo and redo can be announced in words.
import { describe, expect, it } from 'vitest';
import type { PlanCommand } from '../../src-shared/plan/commands';
import { describeCommand, type HistoryDescription } from '../../src-shared/plan/history-description';
import { planReader } from '../../src-shared/plan/draft';
import { planWith } from '../support/plans';

const plan = planWith({ type: 'item.create', id: 'a', title: 'Kårval', date: '2026-12-01', channels: ['x'] });

describe('describeCommand', () => {
  it.each<[PlanCommand, HistoryDescription]>([
    [
      { type: 'item.create', id: 'n', title: 'Nytt' },
      { action: 'create', title: 'Nytt', channel: null },
    ],
    [
      { type: 'item.drop', id: 'a', date: '2026-12-02', lane: null },
      { action: 'move', title: 'Kårval', channel: null },
    ],
    [
      { type: 'variant.reschedule', id: 'a', channel: 'x', date: '2026-12-02' },
      { action: 'move', title: 'Kårval', channel: 'x' },
    ],
    [
      { type: 'item.move', id: 'a', status: 'draft', index: 0 },
      { action: 'move', title: 'Kårval', channel: null },
    ],
    [
      { type: 'item.delete', id: 'a' },
      { action: 'delete', title: 'Kårval', channel: null },
    ],
    [
      { type: 'variant.ownTime', id: 'a', channel: 'x', date: null, time: '12:00' },
      { action: 'ownTime', title: 'Kårval', channel: 'x' },
    ],
    [
      { type: 'settings.recordPolicyReview', date: '2026-12-01' },
      { action: 'settings', title: '', channel: null },
    ],
    [
      { type: 'items.put', items: [], removeIds: [] },
      { action: 'items', title: '', channel: null },
    ],
  ])('%j', (command, expected) => {
    expect(describeCommand(planReader(plan), command)).toEqual(expected);
  });
});
