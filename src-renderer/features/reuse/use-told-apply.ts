// The chores' one-step changes that say what they did: applied as one undo step and, once main has
// it, told in a toast that offers "Ångra" for that very step.
import type { PlanCommand } from '../../../src-shared/plan/commands';
import type { HistoryEntry } from '../../../src-shared/plan/history';
import { usePlanStore } from '../../app/plan-store';
import { useUiStore } from '../../app/ui-store';

export function useToldApply(): (command: PlanCommand, told: string) => Promise<HistoryEntry | null> {
  const apply = usePlanStore((state) => state.apply);
  const showToast = useUiStore((state) => state.showToast);
  return async (command, told) => {
    const step = await apply(command);
    if (step) showToast(told, step);
    return step;
  };
}
