// What a screen reader hears after a card's title: its date in words, status, channels (with
// any channel's own time) and how many checks fail. The card points at it with aria-describedby.
import type { ContentItem, Settings } from '../../../src-shared/plan/model';
import { formatDay } from '../../../src-shared/calendar/dates';
import { channelSettings, STATUSES } from '../../../src-shared/settings/policy';
import { hasOwnTime, whenOf } from '../../../src-shared/calendar/scheduling';
import { useLightTranslation, useLocalized } from '../../i18n';
import { seriesPostIds } from '../series/series-ids';

export const cardDescriptionId = (id: string) => `card-description-${id}`;

export function useCardDescription(): (item: ContentItem, settings: Settings, failed: number) => string {
  const { t, i18n } = useLightTranslation();
  const localized = useLocalized();
  const language = i18n.language === 'en' ? 'en' : 'sv';
  const when = (date: string | null, time: string | null) =>
    date ? [formatDay(date, language, 'EEEE d MMMM'), time].filter(Boolean).join(' ') : (time ?? t('kanban.unscheduled'));
  return (item, settings, failed) => {
    const status = STATUSES.find((s) => s.id === item.status);
    const channels = item.variants.map((variant) => {
      const label = localized(channelSettings(settings, variant.channel).label);
      if (!hasOwnTime(variant)) return label;
      const own = whenOf(item, variant);
      return `${label} (${t('planningPolish.ownTimeMark')} ${when(own.date, own.time)})`;
    });
    return [
      when(item.date, item.time),
      status ? localized(status.label) : item.status,
      channels.length > 0
        ? t('planningPolish.card.channels', { channels: channels.join(', ') })
        : t('planningPolish.card.noChannels'),
      failed > 0 ? t('checks.failedCount', { count: failed }) : t('planningPolish.card.noFindings'),
      ...(seriesPostIds(settings).has(item.id) ? [t('series.mark')] : []),
    ].join('. ');
  };
}
