// Ids of what can be dragged and where it can be dropped in the calendar, and the command a drop
// makes. Pure, so the drag callback stays one line.
import type { PlanCommand } from '../../../src-shared/commands';
import type { CalendarEntry } from '../../../src-shared/planning';
import { ChannelId, type ContentItem } from '../../../src-shared/model';

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

export function dropCommand(dragged: Dragged, target: { date: string; channel: ChannelId | null }): PlanCommand | null {
  if (dragged.kind === 'backlog') return { type: 'item.schedule', id: dragged.item.id, date: target.date };
  const { entry } = dragged;
  if (!entry.channel) return entry.date === target.date ? null : { type: 'item.schedule', id: entry.item.id, date: target.date };
  const toChannel = target.channel && target.channel !== entry.channel ? target.channel : undefined;
  if (entry.date === target.date && !toChannel) return null;
  return {
    type: 'variant.reschedule',
    id: entry.item.id,
    channel: entry.channel,
    date: target.date,
    ...(toChannel ? { toChannel } : {}),
  };
}
