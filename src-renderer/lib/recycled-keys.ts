// React keys that recycle elements, as a virtual list does: an item keeps its slot (so its
// element, its focus) while it stays in the list, and a slot an item left goes to the next item
// that comes. A week switch then changes the calendar chips' words instead of removing a
// hundred elements and making a hundred new ones, whose layout was most of its cost (issue #20).
import { useState } from 'react';

/**
 * Each of `ids` with its slot: the slot it had in `previous`, or else the lowest slot neither
 * kept nor given yet. Pure: the same arguments give the same slots.
 */
export function recycleSlots(previous: ReadonlyMap<string, number>, ids: readonly string[]): Map<string, number> {
  const slots = new Map<string, number>();
  const taken = new Set<number>();
  for (const id of ids) {
    const slot = previous.get(id);
    if (slot !== undefined && !slots.has(id)) {
      slots.set(id, slot);
      taken.add(slot);
    }
  }
  let free = 0;
  for (const id of ids) {
    if (slots.has(id)) continue;
    while (taken.has(free)) free += 1;
    slots.set(id, free);
    taken.add(free);
  }
  return slots;
}

/**
 * The slots of `ids` as React keys, kept from render to render as state (the slots change only
 * when the ids do: a render React throws away changes nothing).
 */
export function useRecycledKeys(ids: readonly string[]): ReadonlyMap<string, number> {
  const [kept, setKept] = useState(() => ({ ids, slots: recycleSlots(new Map(), ids) }));
  if (sameIds(kept.ids, ids)) return kept.slots;
  const slots = recycleSlots(kept.slots, ids);
  setKept({ ids, slots });
  return slots;
}

function sameIds(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((id, index) => id === b[index]);
}
