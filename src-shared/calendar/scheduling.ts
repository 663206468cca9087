// One scheduling model (DESIGN §2): a post has one date and time, and every channel follows it,
// unless that channel was given its own date or time on purpose ("Egen tid för X"). Pure
// functions for the commands that move posts and set those overrides.
import type { ChannelId, ContentItem, Variant } from '../plan/model';
import { DomainError, message } from '../ipc/errors';

/** Whether the channel has its own date or time rather than the post's. */
export function hasOwnTime(variant: Variant): boolean {
  return variant.date !== null || variant.time !== null;
}

/** The variants that keep their own date or time, in the post's order. */
export function ownTimes(item: ContentItem): Variant[] {
  return item.variants.filter(hasOwnTime);
}

/** When a channel goes out: its own date and time where it has them, else the post's. */
export function whenOf(item: ContentItem, variant: Variant): { date: string | null; time: string | null } {
  return { date: variant.date ?? item.date, time: variant.time ?? item.time };
}

function variantOf(item: ContentItem, channel: ChannelId): Variant {
  const variant = item.variants.find((v) => v.channel === channel);
  if (!variant) throw new DomainError('variant-not-found', message('errors.variantNotFound', { channel }));
  return variant;
}

/**
 * The whole post dropped on a day (from the backlog, or by any chip without its own time): the
 * post's date changes, its time stays, and channels without their own date follow. Dropped on
 * the lane of a channel it does not have, the post gets that channel.
 */
export function dropItem(
  item: ContentItem,
  drop: { date: string; lane: ChannelId | null },
  addVariant: (item: ContentItem, channel: ChannelId) => ContentItem,
): ContentItem {
  const moved = { ...item, date: drop.date };
  const needsLane = drop.lane !== null && !item.variants.some((v) => v.channel === drop.lane);
  return needsLane && drop.lane ? addVariant(moved, drop.lane) : moved;
}

/** A chip with its own date dragged to another day: only that channel moves, keeping its time. */
export function moveOwnDate(item: ContentItem, channel: ChannelId, date: string): ContentItem {
  const moving = variantOf(item, channel);
  return { ...item, variants: item.variants.map((v) => (v === moving ? { ...v, date } : v)) };
}

/**
 * Gives a channel its own date and time, or (both null) lets it follow the post again. A time
 * without a date is allowed: the channel goes out on the post's day at its own hour.
 */
export function setOwnTime(item: ContentItem, channel: ChannelId, when: { date: string | null; time: string | null }): ContentItem {
  const variant = variantOf(item, channel);
  return { ...item, variants: item.variants.map((v) => (v === variant ? { ...v, date: when.date, time: when.time } : v)) };
}
