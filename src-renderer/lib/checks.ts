// The checks of an item, computed once per version of the item: cards, the editor and the
// header's count all ask, and a keystroke changes one item, not the plan. Only the
// past-unpublished check depends on the clock, so a minute's tick re-checks only that.
import { timelessChecks, withTime, type Finding, type TimelessFindings } from '../../src-shared/checks/checks';
import type { ContentItem, Settings } from '../../src-shared/plan/model';
import { calendarEntries, type CalendarEntry } from '../../src-shared/calendar/entries';
import { collisionsOf, slotIndexOf, type SlotIndex } from '../../src-shared/calendar/slots';
import { collides, updateSlotIndex } from '../../src-shared/calendar/slot-update';

interface Slots {
  items: readonly ContentItem[];
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
  const built = (latestSlots && carriedOver(latestSlots, items)) ?? builtAfresh(items);
  slotsCache.set(items, built);
  latestSlots = built;
  return built;
}

let latestSlots: Slots | null = null;
/** Beyond this many changed items a fresh build is as quick as carrying the index over. */
const CARRY_OVER_LIMIT = 50;

function builtAfresh(items: readonly ContentItem[]): Slots {
  const slots = slotIndexOf(items, entriesOf);
  const colliding = new Set<string>();
  for (const group of slots.values()) {
    if (group.length < 2) continue;
    const ids = new Set(group.map((entry) => entry.item.id));
    if (ids.size > 1) for (const id of ids) colliding.add(id);
  }
  return { items, slots, colliding };
}

/** The previous version's slots with only the changed items moved; null when that will not do. */
function carriedOver(previous: Slots, items: readonly ContentItem[]): Slots | null {
  if (previous.items.length !== items.length) return null;
  const changed: Array<readonly [ContentItem, ContentItem]> = [];
  for (let index = 0; index < items.length; index += 1) {
    const [before, after] = [previous.items[index] as ContentItem, items[index] as ContentItem];
    if (before === after) continue;
    if (before.id !== after.id || changed.length === CARRY_OVER_LIMIT) return null;
    changed.push([before, after]);
  }
  // The map moves on to the new version; the previous one, if it is ever asked again, is built afresh.
  const { slots, touched } = updateSlotIndex(previous.slots, changed, entriesOf);
  slotsCache.delete(previous.items);
  // Only items in a touched slot can have started or stopped colliding; each is asked again.
  const affected = new Map<string, ContentItem>(changed.map(([, after]) => [after.id, after]));
  for (const slot of touched) for (const entry of slots.get(slot) ?? []) affected.set(entry.item.id, entry.item);
  const colliding = new Set(previous.colliding);
  for (const [id, item] of affected) {
    if (collides(item, slots, entriesOf)) colliding.add(id);
    else colliding.delete(id);
  }
  return { items, slots, colliding };
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

/**
 * Whether the plan's count and the findings panel look at a post: only what is not yet published
 * can still be acted on. A published post's own checks still show on its card and in its editor,
 * and years of published posts no longer make the count of a large plan slow (issue #11).
 */
export function countsInPlan(item: ContentItem): boolean {
  return item.status !== 'published';
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

/** Ids of the items with a post that shares its slot with another item's, from the cached slots. */
export function collidingItemIds(items: readonly ContentItem[]): ReadonlySet<string> {
  return slotsOf(items).colliding;
}
