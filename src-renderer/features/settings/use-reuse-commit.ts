// Templates and snippets under Inställningar change through their own commands (template.put,
// snippet.put…). Like a settings change, each is checked here first with the shared schema and
// function, so a refusal stays beside the field; only a valid change is sent, as one undo step.
import { applyCommand, PlanCommand } from '../../../src-shared/plan/commands';
import { describeIssues } from '../../../src-shared/ipc/validation';
import { useAppParts } from '../../app/app-context';
import { usePlanStore } from '../../app/plan-store';
import { errorText, useLanguage } from '../../i18n';

export type ReuseCommit = (command: PlanCommand) => Promise<string | null>;

export function useReuseCommit(): ReuseCommit {
  const language = useLanguage();
  const apply = usePlanStore((state) => state.apply);
  const plans = useAppParts().plan;
  return async (command) => {
    const plan = plans.getState().plan;
    if (!plan) return null;
    const parsed = PlanCommand.safeParse(command);
    if (!parsed.success) return describeIssues(parsed.error, language);
    try {
      applyCommand(plan, parsed.data, new Date().toISOString());
    } catch (error) {
      return errorText(error);
    }
    return (await apply(parsed.data)) ? null : plans.getState().error;
  };
}
