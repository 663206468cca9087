import { memo } from 'react';
import { ChipImageMark } from '../media/CardImages';
import { openOnEnter } from '../../lib/dnd';
import { useDraggable } from '@dnd-kit/core';
import { CalendarX2, Clock, Repeat } from 'lucide-react';
import type { CalendarEntry } from '../../../src-shared/calendar/entries';
import { entryId, type Dragged } from './drop-targets';
import { entryLabel, type ChipContext } from './entry-label';
import { useRecycledKeys } from '../../lib/recycled-keys';
import './calendar-chips.css';

interface Props {
  entry: CalendarEntry;
  collides: boolean;
  /** What all chips of the view share: words, settings, the editor to open (one object per view). */
  context: ChipContext;
  compact?: boolean;
}

/**
 * One post on the calendar: time, status and title in its channel's colour; drag it to move it.
 * Only the drag hook is its own: everything else comes with its props, so a chip costs little
 * to make and renders again only when its post, its collision or the view's words change.
 */
export const EntryChip = memo(function EntryChip({ entry, collides, context, compact = false }: Props) {
  const data: Dragged = { kind: 'entry', entry };
  const { attributes, listeners, setNodeRef, isDragging } = useDraggable({ id: entryId(entry), data });
  const { label, status, ownTime, inSeries } = entryLabel(entry, context, collides);
  const open = () => context.open(entry);
  const onKeyDown = openOnEnter(listeners, open);
  const look = context.look(entry.channel);
  // Spaces between the parts: the month runs them on as one text that wraps between them. The
  // week lays the parts out as flex items, where a space is never drawn: no text node for it.
  const gap = compact ? ' ' : null;
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
      aria-roledescription={context.role}
      aria-label={label}
      title={label}
    >
      <span className={`entry-status status-${entry.item.status}`} title={status} aria-hidden />
      {gap}
      {entry.time && <span className="entry-time">{entry.time}</span>}
      {gap}
      {ownTime && <Clock className="entry-own-time" size={11} aria-hidden />}
      {gap}
      {inSeries && <Repeat className="entry-series" size={11} aria-hidden />}
      {gap}
      <span className="entry-title">{entry.item.title || context.untitled}</span>
      <ChipImageMark item={entry.item} channel={entry.channel} />
      {collides && <CalendarX2 className="entry-collision" size={13} aria-hidden />}
    </div>
  );
});

/**
 * The chips of one cell, each keyed by a recycled slot: a chip keeps its element while its post
 * stays in the cell, and the element of a post that left shows the next post to come. A week
 * switch so changes the words of the chips already there instead of making them all anew.
 */
export function CellChips({
  entries,
  collisions,
  context,
}: {
  entries: readonly CalendarEntry[];
  collisions: ReadonlySet<string>;
  context: ChipContext;
}) {
  const slots = useRecycledKeys(entries.map((entry) => entry.key));
  return entries.map((entry) => (
    <EntryChip key={slots.get(entry.key)} entry={entry} collides={collisions.has(entry.key)} context={context} />
  ));
}
