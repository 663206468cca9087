// The board's names in the UI language: thin hooks over the shared label functions.
import { useTranslation } from 'react-i18next';
import { audienceName, channelName } from '../../../src-shared/board/labels';
import type { ChannelId, Language, Settings } from '../../../src-shared/plan/model';

export function useLanguage(): Language {
  const { i18n } = useTranslation();
  return i18n.language === 'en' ? 'en' : 'sv';
}

export function useNames(settings: Settings) {
  const language = useLanguage();
  return {
    language,
    channel: (id: ChannelId) => channelName(settings, id, language),
    audience: (id: string) => audienceName(settings, id, language),
  };
}
