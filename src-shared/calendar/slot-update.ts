// The slot index (which posts share a channel, day and time) carried from one version of the
// plan to the next: a keystroke changes one item, and rebuilding the index over 10,000 items took
// about 50 ms of every keystroke (issue #11). The result equals `slotIndexOf` on the new items.
import type { ContentItem } from '../plan/model';
import { byWhen, type CalendarEntry } from './entries';
import { slotOf, type SlotIndex } from './slots';

export interface SlotUpdate {
  slots: SlotIndex;
  /** The slots whose posts changed: only their items can have started or stopped colliding. */
  touched: Set<string>;
}

/**
 * `slots` indexed the items before `changed` (pairs of an item's old and new version, undefined
 * where it was made or removed) were applied; it is changed in place to index them after (copying a map of 20,000 slots cost more
 * than the rest of a keystroke's carry-over). The groups it held are left as they were: every
 * touched slot gets a new array.
 */
export function updateSlotIndex(
  slots: SlotIndex,
  changed: ReadonlyArray<readonly [ContentItem | undefined, ContentItem | undefined]>,
  entriesOf: (item: ContentItem) => readonly CalendarEntry[],
): SlotUpdate {
  const touched = new Set<string>();
  for (const [before, after] of changed) {
    for (const entry of before ? entriesOf(before) : []) {
      const slot = slotOf(entry);
      if (!slot) continue;
      slots.set(slot, (slots.get(slot) ?? []).filter((other) => other.item !== before));
      touched.add(slot);
    }
    for (const entry of after ? entriesOf(after) : []) {
      const slot = slotOf(entry);
      if (!slot) continue;
      slots.set(slot, [...(slots.get(slot) ?? []), entry]);
      touched.add(slot);
    }
  }
  // Every touched group is a new array, so sorting it leaves the groups handed out before alone.
  for (const slot of touched) {
    const group = slots.get(slot) ?? [];
    if (group.length === 0) slots.delete(slot);
    else if (group.length > 1) group.sort(byWhen);
  }
  return { slots, touched };
}

/** Whether any of the item's posts shares its slot with another item's. */
export function collides(item: ContentItem, slots: SlotIndex, entriesOf: (item: ContentItem) => readonly CalendarEntry[]): boolean {
  return entriesOf(item).some((entry) => {
    const slot = slotOf(entry);
    return slot !== null && (slots.get(slot) ?? []).some((other) => other.item.id !== item.id);
  });
}
