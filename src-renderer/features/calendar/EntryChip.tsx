import { ChipImageMark } from '../media/CardImages';
import { useLightTranslation } from '../../i18n';
import { openOnEnter } from '../../lib/dnd';
import { useDraggable } from '@dnd-kit/core';
import { CalendarX2, Clock, Repeat } from 'lucide-react';
import type { CalendarEntry } from '../../../src-shared/calendar/entries';
import { usePlanStore } from '../../app/plan-store';
import { useUiStore } from '../../app/ui-store';
import { channelLook } from '../../lib/channel-look';
import { entryId, type Dragged } from './drop-targets';
import { useEntryLabel } from './entry-label';
import './calendar-chips.css';

/** One post on the calendar: time, status and title in its channel's colour; drag it to move it. */
export function EntryChip({ entry, collides, compact = false }: { entry: CalendarEntry; collides: boolean; compact?: boolean }) {
  const { t } = useLightTranslation();
  const openEditor = useUiStore((state) => state.openEditor);
  const settings = usePlanStore((state) => state.plan?.settings);
  const data: Dragged = { kind: 'entry', entry };
  const { attributes, listeners, setNodeRef, isDragging } = useDraggable({ id: entryId(entry), data });
  const { label, status, ownTime, inSeries } = useEntryLabel()(entry, settings, collides);
  // A chip is one channel's post: the editor opens at that channel's tab.
  const open = () => openEditor(entry.item.id, entry.channel ? { channel: entry.channel } : null);
  const onKeyDown = openOnEnter(listeners, open);
  const look = settings ? channelLook(settings, entry.channel) : { className: `channel-${entry.channel ?? 'none'}`, style: undefined };
  return (
    <div
      ref={setNodeRef}
      className={`entry-chip ${look.className}${compact ? ' compact' : ''}`}
      style={look.style}
      data-collision={collides || undefined}
      data-dragging={isDragging || undefined}
      data-entry={entry.key}
      data-post-id={entry.item.id}
      data-own-time={ownTime || undefined}
      {...attributes}
      {...listeners}
      onKeyDown={onKeyDown}
      onClick={open}
      aria-roledescription={t('calendar.entryRole')}
      aria-label={label}
      title={label}
    >
      <span className={`entry-status status-${entry.item.status}`} title={status} aria-hidden />
      {/* Spaces between the parts: the month runs them on as one text that wraps between them. */}{' '}
      {entry.time && <span className="entry-time">{entry.time}</span>}{' '}
      {ownTime && <Clock className="entry-own-time" size={11} aria-hidden />}{' '}
      {inSeries && <Repeat className="entry-series" size={11} aria-hidden />}{' '}
      <span className="entry-title">{entry.item.title || t('editor.untitled')}</span>
      <ChipImageMark item={entry.item} channel={entry.channel} />
      {collides && <CalendarX2 className="entry-collision" size={13} aria-hidden />}
    </div>
  );
}
