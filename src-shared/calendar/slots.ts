// Slots: a channel, a day and a time. Two posts in one slot are flagged (DESIGN §3).
import type { ContentItem } from '../plan/model';
import { byWhen, calendarEntries, type CalendarEntry } from './entries';

/** Timed posts by their slot (channel, day and time), to find the posts that share one. */
export type SlotIndex = Map<string, CalendarEntry[]>;

export function slotIndex(entries: readonly CalendarEntry[]): SlotIndex {
  const bySlot: SlotIndex = new Map();
  for (const entry of entries) {
    const slot = slotOf(entry);
    if (slot) bySlot.set(slot, [...(bySlot.get(slot) ?? []), entry]);
  }
  return bySlot;
}

/**
 * The same index as `slotIndex(calendarEntries(items))` without sorting every entry: only the
 * slots that several posts share are put in order. `entriesOf` lets a caller reuse each item's
 * entries between versions of the plan.
 */
export function slotIndexOf(
  items: readonly ContentItem[],
  entriesOf: (item: ContentItem) => readonly CalendarEntry[] = (item) => calendarEntries([item]),
): SlotIndex {
  const bySlot: SlotIndex = new Map();
  for (const item of items) {
    for (const entry of entriesOf(item)) {
      const slot = slotOf(entry);
      if (!slot) continue;
      const group = bySlot.get(slot);
      if (group) group.push(entry);
      else bySlot.set(slot, [entry]);
    }
  }
  for (const group of bySlot.values()) if (group.length > 1) group.sort(byWhen);
  return bySlot;
}

export function slotOf(entry: CalendarEntry): string | null {
  return entry.channel && entry.time ? `${entry.channel}|${entry.date}|${entry.time}` : null;
}

/** Keys of entries that share a channel, a day and a time with another item's post. */
export function slotCollisions(entries: readonly CalendarEntry[]): Set<string> {
  const colliding = new Set<string>();
  for (const group of slotIndex(entries).values()) if (group.length > 1) for (const entry of group) colliding.add(entry.key);
  return colliding;
}

/** Each of the item's timed posts that shares its slot with other items' posts, with those. */
export function collisionsOf(item: ContentItem, slots: SlotIndex): Array<{ entry: CalendarEntry; others: CalendarEntry[] }> {
  return calendarEntries([item]).flatMap((entry) => {
    const slot = slotOf(entry);
    const others = slot ? (slots.get(slot) ?? []).filter((other) => other.item.id !== item.id) : [];
    return others.length > 0 ? [{ entry, others }] : [];
  });
}
