// Ids of what can be dragged and where it can be dropped in the calendar. What a drop does is
// decided in src-shared/calendar-drop.ts, so the drag callback stays one line.
import { calendarDrop, type Drop } from '../../../src-shared/calendar/drop';
import type { CalendarEntry } from '../../../src-shared/calendar/entries';
import { ChannelId, type ContentItem } from '../../../src-shared/plan/model';

export const cellId = (date: string, channel: ChannelId | null) => `cell|${date}|${channel ?? ''}`;
export const entryId = (entry: CalendarEntry) => `entry|${entry.key}`;
export const backlogId = (item: ContentItem) => `backlog|${item.id}`;

export type Dragged = { kind: 'entry'; entry: CalendarEntry } | { kind: 'backlog'; item: ContentItem };

export function parseCell(id: string): { date: string; channel: ChannelId | null } | null {
  const [kind, date, channel] = id.split('|');
  if (kind !== 'cell' || !date) return null;
  const parsed = ChannelId.safeParse(channel);
  return { date, channel: parsed.success ? parsed.data : null };
}

export function draggedItem(dragged: Dragged): ContentItem {
  return dragged.kind === 'entry' ? dragged.entry.item : dragged.item;
}

export function dropOf(dragged: Dragged, target: { date: string; channel: ChannelId | null }): Drop | null {
  const channel = dragged.kind === 'entry' ? dragged.entry.channel : null;
  return calendarDrop(draggedItem(dragged), channel, target);
}
