// A calendar chip's accessible name: its time, the post's whole title, its channel, its status,
// and whether the channel has its own time or collides. Three chips of one post read apart.
import type { Settings } from '../../../src-shared/plan/model';
import type { CalendarEntry } from '../../../src-shared/calendar/entries';
import { channelSettings, STATUSES } from '../../../src-shared/settings/policy';
import { hasOwnTime } from '../../../src-shared/calendar/scheduling';
import { useLightTranslation, useLocalized } from '../../i18n';
import { seriesPostIds } from '../series/series-ids';

export function useEntryLabel(): (
  entry: CalendarEntry,
  settings: Settings | undefined,
  collides: boolean,
) => {
  label: string;
  status: string;
  ownTime: boolean;
  inSeries: boolean;
} {
  const { t } = useLightTranslation();
  const localized = useLocalized();
  return (entry, settings, collides) => {
    const status = STATUSES.find((s) => s.id === entry.item.status);
    const statusLabel = status ? localized(status.label) : entry.item.status;
    const channel = entry.channel && settings ? localized(channelSettings(settings, entry.channel).label) : null;
    const ownTime = entry.variant !== null && hasOwnTime(entry.variant);
    const inSeries = settings !== undefined && seriesPostIds(settings).has(entry.item.id);
    const parts = [
      entry.time,
      entry.item.title || t('editor.untitled'),
      channel,
      statusLabel,
      ownTime ? t('planningPolish.ownTimeMark') : null,
      inSeries ? t('series.mark') : null,
      collides ? t('calendar.collision') : null,
    ];
    return { label: parts.filter(Boolean).join(' · '), status: statusLabel, ownTime, inSeries };
  };
}
