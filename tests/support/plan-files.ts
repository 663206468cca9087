// A good plan file (the example plan, exported) and a store holding a plan, for import tests.
import { examplePlanItems } from '../../src-shared/example-plan';
import type { Plan } from '../../src-shared/plan/model';
import { planFileText } from '../../src-main/services/plan-file';
import { NOW, planWith } from './plans';

export function examplePlan(): Plan {
  return planWith({ type: 'items.put', items: examplePlanItems('2026-11-24', NOW), removeIds: [] });
}

export function examplePlanFile(): string {
  return planFileText(examplePlan(), new Date(NOW));
}
