import { useTranslation } from 'react-i18next';
import { openOnEnter } from '../../lib/dnd';
import { useDraggable } from '@dnd-kit/core';
import { CalendarX2 } from 'lucide-react';
import type { CalendarEntry } from '../../../src-shared/planning';
import { useUiStore } from '../../app/ui-store';
import { usePlanStore } from '../../app/plan-store';
import { channelLook } from '../../lib/channel-look';
import { entryId, type Dragged } from './drop-targets';

/** One post on the calendar: time and title in its channel's colour; drag it to move it. */
export function EntryChip({ entry, collides, compact = false }: { entry: CalendarEntry; collides: boolean; compact?: boolean }) {
  const { t } = useTranslation();
  const openEditor = useUiStore((state) => state.openEditor);
  const data: Dragged = { kind: 'entry', entry };
  const { attributes, listeners, setNodeRef, isDragging } = useDraggable({ id: entryId(entry), data });
  const label = [entry.time, entry.item.title, collides ? t('calendar.collision') : null].filter(Boolean).join(' · ');
  const onKeyDown = openOnEnter(listeners, () => openEditor(entry.item.id));
  const settings = usePlanStore((state) => state.plan?.settings);
  const look = settings ? channelLook(settings, entry.channel) : { className: `channel-${entry.channel ?? 'none'}`, style: undefined };
  return (
    <div
      ref={setNodeRef}
      className={`entry-chip ${look.className}${compact ? ' compact' : ''}`}
      style={look.style}
      data-collision={collides || undefined}
      data-dragging={isDragging || undefined}
      data-entry={entry.key}
      {...attributes}
      {...listeners}
      onKeyDown={onKeyDown}
      onClick={() => openEditor(entry.item.id)}
      aria-roledescription={t('calendar.entryRole')}
      aria-label={label}
      title={label}
    >
      {entry.time && <span className="entry-time">{entry.time}</span>}
      <span className="entry-title">{entry.item.title}</span>
      {collides && <CalendarX2 className="entry-collision" size={13} aria-hidden />}
    </div>
  );
}
