// Small builders for tests: a plan with items, made through the real commands.
import { applyCommand, type PlanCommand } from '../../src-shared/plan/commands';
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
