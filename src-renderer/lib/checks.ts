// The checks of an item, computed once per version of the item: cards, the editor and the
// header's count all ask, and a keystroke changes one item, not the plan. Only the
// past-unpublished check depends on the clock, so a minute's tick re-checks only that.
import { timelessChecks, withTime, type Finding, type TimelessFindings } from '../../src-shared/checks';
import type { ContentItem, Settings } from '../../src-shared/model';
import { calendarEntries, collisionsOf, slotIndexOf, type CalendarEntry, type SlotIndex } from '../../src-shared/planning';

interface Slots {
  slots: SlotIndex;
  /** Items with a post that shares its slot with another item's: only these need the slot check. */
  colliding: Set<string>;
}

const entriesCache = new WeakMap<ContentItem, CalendarEntry[]>();
const slotsCache = new WeakMap<readonly ContentItem[], Slots>();
const timelessCache = new WeakMap<ContentItem, { settings: Settings; findings: TimelessFindings }>();
const cache = new WeakMap<ContentItem, { settings: Settings; now: string; collisions: string; findings: Finding[] }>();

function entriesOf(item: ContentItem): CalendarEntry[] {
  let entries = entriesCache.get(item);
  if (!entries) {
    entries = calendarEntries([item]);
    entriesCache.set(item, entries);
  }
  return entries;
}

/** The plan's slots, built once per version of the item list from each item's cached posts. */
function slotsOf(items: readonly ContentItem[]): Slots {
  const cached = slotsCache.get(items);
  if (cached) return cached;
  const slots = slotIndexOf(items, entriesOf);
  const colliding = new Set<string>();
  for (const group of slots.values()) {
    if (group.length < 2) continue;
    const ids = new Set(group.map((entry) => entry.item.id));
    if (ids.size > 1) for (const id of ids) colliding.add(id);
  }
  const built = { slots, colliding };
  slotsCache.set(items, built);
  return built;
}

function timelessOf(item: ContentItem, settings: Settings): TimelessFindings {
  const cached = timelessCache.get(item);
  if (cached && cached.settings === settings) return cached.findings;
  const findings = timelessChecks(item, settings);
  timelessCache.set(item, { settings, findings });
  return findings;
}

/**
 * `items` is the whole plan's, for the same-slot check. An item's findings are reused while it,
 * the settings, the time and the posts it collides with stay the same: typing in one post must
 * not re-check every other.
 */
export function checksOf(item: ContentItem, settings: Settings, now: string, items: readonly ContentItem[]): Finding[] {
  const { slots, colliding } = slotsOf(items);
  const collisions = colliding.has(item.id)
    ? collisionsOf(item, slots)
        .map(({ entry, others }) => `${entry.key}=${others.map((other) => `${other.item.id}:${other.item.title}`).join(',')}`)
        .join(';')
    : '';
  const cached = cache.get(item);
  if (cached && cached.settings === settings && cached.now === now && cached.collisions === collisions) {
    return cached.findings;
  }
  // With no collision the slot check finds nothing: the timeless findings kept for the item serve.
  const base = collisions ? timelessChecks(item, settings, { slots }) : timelessOf(item, settings);
  const findings = withTime(base, item, now);
  cache.set(item, { settings, now, collisions, findings });
  return findings;
}

/** True once the item's time-independent checks are cached: asking again costs nothing. */
export function isChecked(item: ContentItem, settings: Settings): boolean {
  return timelessCache.get(item)?.settings === settings;
}

/** Keys of the calendar posts that share a slot with another post, from the cached slots. */
export function collidingKeys(items: readonly ContentItem[]): Set<string> {
  const keys = new Set<string>();
  for (const group of slotsOf(items).slots.values()) if (group.length > 1) for (const entry of group) keys.add(entry.key);
  return keys;
}
