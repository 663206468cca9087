// Which partition files a change dirties decides what the store writes: a wrong answer loses a
// write. Main learns it from what the command changed (where each changed post was and is now),
// not by comparing plans; each kind of change is tried here through the real commands.
import { describe, expect, it } from 'vitest';
import { changeOf, type PlanCommand } from '../../src-shared/plan/commands';
import { HeldPlan } from '../../src-shared/plan/held-plan';
import { touchedPartitions } from '../../src-main/services/plan-service';
import { NOW, planWith } from '../support/plans';

const plan = planWith(
  { type: 'item.create', id: 'a', title: 'A', date: '2026-05-01' },
  { type: 'item.create', id: 'b', title: 'B', date: '2025-05-01' },
  { type: 'item.create', id: 'c', title: 'C' },
);

describe('the partitions a change touches', () => {
  it.each<{ name: string; command: PlanCommand; partitions: string[] }>([
    { name: 'a title typed', command: { type: 'item.update', id: 'a', patch: { title: 'A2' } }, partitions: ['items-2026'] },
    {
      name: 'a post moved to another year',
      command: { type: 'item.schedule', id: 'a', date: '2027-01-02' },
      partitions: ['items-2026', 'items-2027'],
    },
    { name: 'a post taken off the calendar', command: { type: 'item.unschedule', id: 'b' }, partitions: ['items-2025', 'backlog'] },
    { name: 'a post deleted', command: { type: 'item.delete', id: 'c' }, partitions: ['backlog'] },
    { name: 'a post made', command: { type: 'item.create', id: 'd', title: 'D', date: '2024-01-01' }, partitions: ['items-2024'] },
    { name: 'the settings changed', command: { type: 'settings.update', patch: { language: 'en' } }, partitions: ['settings'] },
  ])('$name', ({ command, partitions }) => {
    const held = new HeldPlan(plan);
    const committed = held.commit(changeOf(held.reader(), command, NOW));
    expect([...touchedPartitions(committed)].sort()).toEqual([...partitions].sort());
  });
});
