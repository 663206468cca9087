// What a screen reader hears during a calendar drag: the post's title, the day in words
// ("onsdag 2 december") and the channel, and whether the whole post or one channel moves.
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { Announcements, ScreenReaderInstructions } from '@dnd-kit/core';
import type { Drop } from '../../../src-shared/calendar/drop';
import type { ChannelId, Settings } from '../../../src-shared/plan/model';
import { formatDay } from '../../../src-shared/calendar/dates';
import { channelSettings } from '../../../src-shared/settings/policy';
import { hasOwnTime } from '../../../src-shared/calendar/scheduling';
import { useLocalized } from '../../i18n';
import { draggedItem, dropOf, parseCell, type Dragged } from './drop-targets';

const dataOf = (active: { data: { current?: unknown } }) => active.data.current as Dragged | undefined;

export function useCalendarWords(settings: Settings) {
  const { t, i18n } = useTranslation();
  const localized = useLocalized();
  const language = i18n.language === 'en' ? 'en' : 'sv';
  const day = (date: string) => formatDay(date, language, 'EEEE d MMMM');
  const channel = (id: ChannelId | null) =>
    id ? localized(channelSettings(settings, id).label) : t('planningPolish.announce.noChannel');
  const title = (dragged: Dragged) => draggedItem(dragged).title || t('editor.untitled');

  /** What a drop did, in a sentence: for the live region and the undo toast alike. */
  const dropSentence = (dragged: Dragged, drop: Drop | null, date: string, lane: ChannelId | null): string => {
    const words = { title: title(dragged), day: day(date) };
    if (!drop) return t('planningPolish.announce.endSame', words);
    if (drop.scope === 'channel' && dragged.kind === 'entry') {
      return t('planningPolish.announce.endChannel', { ...words, channel: channel(dragged.entry.channel) });
    }
    if (drop.scope === 'added') return t('planningPolish.announce.endAdded', { ...words, channel: channel(lane) });
    return t('planningPolish.announce.endPost', words);
  };
  return { t, day, channel, title, dropSentence };
}

export function useCalendarAnnouncements(settings: Settings): {
  announcements: Announcements;
  screenReaderInstructions: ScreenReaderInstructions;
} {
  const { t, day, channel, title, dropSentence } = useCalendarWords(settings);
  const pickedUp = (dragged: Dragged): string => {
    if (dragged.kind === 'backlog') return t('planningPolish.announce.startBacklog', { title: title(dragged) });
    const from = dragged.entry;
    const scope =
      from.variant !== null && hasOwnTime(from.variant)
        ? t('planningPolish.announce.scopeChannel', { channel: channel(from.channel) })
        : t('planningPolish.announce.scopePost');
    return t('planningPolish.announce.start', {
      title: title(dragged),
      channel: channel(from.channel),
      day: day(from.date),
      scope,
    });
  };
  // A pick-up is over a cell at once, and what is said then replaces the pick-up, unheard. So the
  // first "over" is left unsaid when it is the chip's own cell, and else says the pick-up too.
  const justPicked = useRef(false);
  const announcements: Announcements = {
    onDragStart: ({ active }) => {
      justPicked.current = true;
      const dragged = dataOf(active);
      return dragged ? pickedUp(dragged) : undefined;
    },
    onDragOver: ({ active, over }) => {
      const dragged = dataOf(active);
      const cell = over ? parseCell(String(over.id)) : null;
      const first = justPicked.current;
      justPicked.current = false;
      if (!dragged || !cell) return undefined;
      const home =
        dragged.kind === 'entry' &&
        dragged.entry.date === cell.date &&
        (cell.channel === null || dragged.entry.channel === cell.channel);
      if (first && home) return undefined;
      const words = { title: title(dragged), day: day(cell.date) };
      const said = cell.channel
        ? t('planningPolish.announce.over', { ...words, lane: channel(cell.channel) })
        : t('planningPolish.announce.overDay', words);
      return first ? `${pickedUp(dragged)} ${said}` : said;
    },
    onDragEnd: ({ active, over }) => {
      const dragged = dataOf(active);
      const cell = over ? parseCell(String(over.id)) : null;
      if (!dragged) return undefined;
      if (!cell) return t('planningPolish.announce.cancel', { title: title(dragged) });
      return dropSentence(dragged, dropOf(dragged, cell), cell.date, cell.channel);
    },
    onDragCancel: ({ active }) => {
      const dragged = dataOf(active);
      return dragged ? t('planningPolish.announce.cancel', { title: title(dragged) }) : undefined;
    },
  };
  return { announcements, screenReaderInstructions: { draggable: t('calendar.dragInstructions') } };
}
