// Small builders for tests: a plan with items, made through the real commands.
import { applyCommand, changeOf, type PlanCommand } from '../../src-shared/plan/commands';
import { planReader, withChange } from '../../src-shared/plan/draft';
import { stepsOf } from '../../src-shared/plan/history';
import type { Plan } from '../../src-shared/plan/model';
import { emptyPlan } from '../../src-shared/plan/empty-plan';

export const NOW = '2026-11-24T10:00:00.000Z';

export function planWith(...commands: PlanCommand[]): Plan {
  return commands.reduce((plan, command) => applyCommand(plan, command, NOW), emptyPlan());
}

export function titlesIn(plan: Plan, status: string): string[] {
  return plan.items
    .filter((item) => item.status === status)
    .sort((a, b) => a.rank - b.rank)
    .map((item) => item.title);
}

/**
 * `command` applied to `plan` the way main and the renderer apply it: what it changed, the plan
 * after, and the undo and redo steps made from that change (never from comparing plans).
 */
export function stepsFor(plan: Plan, command: PlanCommand, now = NOW) {
  const reader = planReader(plan);
  const change = changeOf(reader, command, now);
  return { change, after: withChange(plan, change), ...stepsOf(change, (id) => reader.get(id), plan.settings) };
}
