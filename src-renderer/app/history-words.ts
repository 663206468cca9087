// Words for an undo step's description, in the UI language: "flytt av ”Titel”".
import { useTranslation } from 'react-i18next';
import type { HistoryDescription } from '../../src-shared/plan/history-description';
import type { Settings } from '../../src-shared/plan/model';
import { channelSettings } from '../../src-shared/settings/policy';
import { useLocalized } from '../i18n';

export function useHistoryWords(settings: Settings | undefined): (description: HistoryDescription | undefined) => string {
  const { t } = useTranslation();
  const localized = useLocalized();
  return (description) => {
    if (!description) return t('planningPolish.history.items');
    const channel = description.channel && settings ? localized(channelSettings(settings, description.channel).label) : '';
    const title = description.title || t('editor.untitled');
    return t(`planningPolish.history.${description.action}`, { title, channel });
  };
}
