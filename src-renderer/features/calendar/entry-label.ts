// A calendar chip's accessible name: its time, the post's whole title, its channel, its status,
// and whether the channel has its own time or collides. Three chips of one post read apart.
// What every chip of a view shares (its words, the plan's settings, the editor to open) is made
// once per view and handed to each chip: a week of a hundred chips used to ask the stores and
// the translations a hundred times over (issue #20).
import { useMemo } from 'react';
import type { TFunction } from 'i18next';
import type { ChannelId, LocalizedText, Settings, StatusId } from '../../../src-shared/plan/model';
import type { CalendarEntry } from '../../../src-shared/calendar/entries';
import { channelSettings, STATUSES } from '../../../src-shared/settings/policy';
import { hasOwnTime } from '../../../src-shared/calendar/scheduling';
import { useLightTranslation, useLocalized } from '../../i18n';
import { useUiStore, type UiState } from '../../app/ui-store';
import { channelLook, type ChannelLook } from '../../lib/channel-look';
import { seriesPostIds } from '../series/series-ids';

export interface ChipContext {
  /** The chip's role description ("flyttbart inlägg"). */
  role: string;
  untitled: string;
  /** The marks a chip's name ends with, when they apply. */
  marks: { ownTime: string; series: string; collision: string };
  status: (status: StatusId) => string;
  /** The channel's name, or null for a post without channels. */
  channel: (channel: ChannelId | null) => string | null;
  look: (channel: ChannelId | null) => ChannelLook;
  seriesIds: ReadonlySet<string>;
  /** Opens the editor on the chip's post, at the chip's channel. */
  open: (entry: CalendarEntry) => void;
}

/** One context for all the chips of a view: the same object until the language or the settings change. */
export function useChipContext(settings: Settings): ChipContext {
  const { t } = useLightTranslation();
  const localized = useLocalized();
  const openEditor = useUiStore((state) => state.openEditor);
  return useMemo(() => chipContext(t, localized, settings, openEditor), [t, localized, settings, openEditor]);
}

function chipContext(
  t: TFunction,
  localized: (text: LocalizedText) => string,
  settings: Settings,
  openEditor: UiState['openEditor'],
): ChipContext {
  const statuses = new Map(STATUSES.map((status) => [status.id, localized(status.label)]));
  const channels = new Map<ChannelId, string>();
  const looks = new Map<ChannelId | null, ChannelLook>();
  return {
    role: t('calendar.entryRole'),
    untitled: t('editor.untitled'),
    marks: { ownTime: t('planningPolish.ownTimeMark'), series: t('series.mark'), collision: t('calendar.collision') },
    status: (status) => statuses.get(status) ?? status,
    channel: (channel) => {
      if (channel === null) return null;
      let name = channels.get(channel);
      if (name === undefined) {
        name = localized(channelSettings(settings, channel).label);
        channels.set(channel, name);
      }
      return name;
    },
    look: (channel) => {
      let look = looks.get(channel);
      if (!look) {
        look = channelLook(settings, channel);
        looks.set(channel, look);
      }
      return look;
    },
    seriesIds: seriesPostIds(settings),
    // A chip is one channel's post: the editor opens at that channel's tab.
    open: (entry) => openEditor(entry.item.id, entry.channel ? { channel: entry.channel } : null),
  };
}

export function entryLabel(
  entry: CalendarEntry,
  context: ChipContext,
  collides: boolean,
): { label: string; status: string; ownTime: boolean; inSeries: boolean } {
  const status = context.status(entry.item.status);
  const ownTime = entry.variant !== null && hasOwnTime(entry.variant);
  const inSeries = context.seriesIds.has(entry.item.id);
  const parts = [
    entry.time,
    entry.item.title || context.untitled,
    context.channel(entry.channel),
    status,
    ownTime ? context.marks.ownTime : null,
    inSeries ? context.marks.series : null,
    collides ? context.marks.collision : null,
  ];
  return { label: parts.filter(Boolean).join(' · '), status, ownTime, inSeries };
}
