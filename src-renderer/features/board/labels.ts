// The board's names in the UI language: thin hooks over the shared label functions.
import { audienceName, channelName } from '../../../src-shared/board/labels';
import type { ChannelId, Settings } from '../../../src-shared/plan/model';
import { useLanguage } from '../../i18n';

export function useNames(settings: Settings) {
  const language = useLanguage();
  return {
    language,
    channel: (id: ChannelId) => channelName(settings, id, language),
    audience: (id: string) => audienceName(settings, id, language),
  };
}
