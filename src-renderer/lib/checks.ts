// The checks of an item, computed once per version of the item: cards, the editor and the
// header's count all ask, and a keystroke changes one item, not the plan.
import { checkItem, type Finding } from '../../src-shared/checks';
import type { ContentItem, Settings } from '../../src-shared/model';
import { calendarEntries, collisionsOf, slotIndex, type SlotIndex } from '../../src-shared/planning';

interface Cached {
  settings: Settings;
  now: string;
  collisions: string;
  findings: Finding[];
}

const cache = new WeakMap<ContentItem, Cached>();
const slotsCache = new WeakMap<readonly ContentItem[], SlotIndex>();

/** The plan's slots, built once per version of the item list. */
function slotsOf(items: readonly ContentItem[]): SlotIndex {
  const cached = slotsCache.get(items);
  if (cached) return cached;
  const slots = slotIndex(calendarEntries(items));
  slotsCache.set(items, slots);
  return slots;
}

/**
 * `items` is the whole plan's, for the same-slot check. An item's findings are reused while it,
 * the settings, the time and the posts it collides with stay the same: typing in one post must
 * not re-check every other.
 */
export function checksOf(item: ContentItem, settings: Settings, now: string, items: readonly ContentItem[]): Finding[] {
  const slots = slotsOf(items);
  const collisions = collisionsOf(item, slots)
    .map(({ entry, others }) => `${entry.key}=${others.map((other) => `${other.item.id}:${other.item.title}`).join(',')}`)
    .join(';');
  const cached = cache.get(item);
  if (cached && cached.settings === settings && cached.now === now && cached.collisions === collisions) {
    return cached.findings;
  }
  const findings = checkItem(item, settings, now, { slots });
  cache.set(item, { settings, now, collisions, findings });
  return findings;
}
