// What a drop in the calendar does, decided in one pure place so the drag callback, the
// announcement and the undo toast agree: the whole post moves, or only a channel that has its
// own date, and a lane the post lacks adds that channel.
import type { PlanCommand } from '../plan/commands';
import type { ChannelId, ContentItem } from '../plan/model';
import { hasOwnTime } from './scheduling';

export interface DropTarget {
  date: string;
  /** The lane's channel in the week view; null in the month view. */
  channel: ChannelId | null;
}

/** `post`: the whole post moves; `channel`: only the dragged channel; `added`: the post moves and gains the lane's channel. */
export type DropScope = 'post' | 'channel' | 'added';

export interface Drop {
  command: PlanCommand;
  scope: DropScope;
}

/**
 * The drop of `item`, dragged by its chip for `channel` (null: from the backlog, or a post
 * without channels) on `target`. Null when nothing would change.
 */
export function calendarDrop(item: ContentItem, channel: ChannelId | null, target: DropTarget): Drop | null {
  const variant = channel ? item.variants.find((v) => v.channel === channel) : undefined;
  if (variant && hasOwnTime(variant)) {
    if ((variant.date ?? item.date) === target.date) return null;
    return { command: { type: 'variant.reschedule', id: item.id, channel: variant.channel, date: target.date }, scope: 'channel' };
  }
  const adds = target.channel !== null && !item.variants.some((v) => v.channel === target.channel);
  if (item.date === target.date && !adds) return null;
  return { command: { type: 'item.drop', id: item.id, date: target.date, lane: target.channel }, scope: adds ? 'added' : 'post' };
}
