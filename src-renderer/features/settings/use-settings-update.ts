// Every change under Inställningar is a settings command (undoable like any other). It is checked
// here first with the same function main uses, so a refusal can be shown beside the field while
// the user's draft stays in it; only a valid change is sent.
import { useTranslation } from 'react-i18next';
import type { PlanCommand } from '../../../src-shared/plan/commands';
import { applySettingsCommand, type SettingsPatch } from '../../../src-shared/settings/settings-commands';
import { useAppParts } from '../../app/app-context';
import { usePlanStore } from '../../app/plan-store';
import { errorText } from '../../i18n';

/** Resolves to null when the change was made, or to the reason it was not, in words for the user. */
export type SettingsCommit = (patch: SettingsPatch) => Promise<string | null>;

export function useSettingsUpdate(): SettingsCommit {
  const { t } = useTranslation();
  const apply = usePlanStore((state) => state.apply);
  const plans = useAppParts().plan;
  return async (patch) => {
    const { plan, model } = plans.getState();
    if (!plan) return null;
    const command: Extract<PlanCommand, { type: 'settings.update' }> = { type: 'settings.update', patch };
    try {
      applySettingsCommand(model.held.reader(), command);
    } catch (error) {
      return errorText(error);
    }
    const step = await apply(command);
    return step ? null : (plans.getState().error ?? t('app.saveFailed', { message: '' }));
  };
}
