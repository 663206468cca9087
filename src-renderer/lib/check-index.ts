// The checks kept per post and updated for the posts a change touched (issue #20): each post's
// count of errors and warnings, which posts share a slot, and the header's total over the posts
// not yet published. Nothing here walks every post on a keystroke, a drop or a week switch; the
// first count of a plan is made in slices (countSome) while the board is already in use.
import { countBySeverity, firstDue, timelessChecks, withTime, type Finding, type TimelessFindings } from '../../src-shared/checks/checks';
import { calendarEntries, type CalendarEntry } from '../../src-shared/calendar/entries';
import { collisionsOf, slotIndexOf, slotOf, type SlotIndex } from '../../src-shared/calendar/slots';
import { updateSlotIndex } from '../../src-shared/calendar/slot-update';
import type { Committed } from '../../src-shared/plan/held-plan';
import type { ItemTable } from '../../src-shared/plan/item-table';
import type { ContentItem, Settings } from '../../src-shared/plan/model';
import { SortedKeys } from './sorted-keys';

export interface Counts {
  errors: number;
  warnings: number;
}

/** The parts of the settings that can change a post's count (not names, purposes or colours). */
function countKey(settings: Settings): string {
  const channels = settings.channels.map((channel) => [channel.id, channel.enabled, channel.limit]);
  return JSON.stringify([settings.websiteBaseUrl, settings.instagramHashtagLimit, channels]);
}

/** Whether the header's count and the findings panel look at a post: only what is not yet out can be acted on. */
export function countsInPlan(item: ContentItem): boolean {
  return item.status !== 'published';
}

/** A post's clock-free findings by severity: errors and warnings are counted, infos only ordered by. */
interface Tally extends Counts {
  infos: number;
}

function tally({ before, after }: TimelessFindings): Tally {
  const [first, rest] = [countBySeverity(before), countBySeverity(after)];
  return { errors: first.error + rest.error, warnings: first.warning + rest.warning, infos: first.info + rest.info };
}

export class CheckIndex {
  private readonly entries = new WeakMap<ContentItem, CalendarEntry[]>();
  /**
   * Each post's count of clock-free findings and, once asked for (the editor, the findings
   * panel), the findings themselves, kept for the settings they were worded with (a message
   * names a channel): a second opening of the panel checks no post again. The first count of a
   * plan keeps counts only: holding every post's findings made it 5-8 % slower.
   */
  private readonly timeless = new WeakMap<ContentItem, { key: string; counts: Tally; asked?: { settings: Settings; findings: TimelessFindings } }>();
  private slots: SlotIndex = new Map();
  /** Per post that shares a slot with another post: how many of its posts do. */
  private readonly collisions = new Map<string, number>();
  /** The part of `collisionSum` each post adds: its collisions while it is not yet published. */
  private readonly countedCollisions = new Map<string, number>();
  private readonly due = new SortedKeys();
  /** The timeless count added to `sum` for each unpublished post counted so far. */
  private readonly counted = new Map<string, number>();
  private pending = new Set<string>();
  private sum = 0;
  private collisionSum = 0;
  private key = '';
  private settings: Settings | null = null;

  constructor(private readonly table: ItemTable) {}

  reset(settings: Settings): void {
    this.settings = settings;
    this.key = countKey(settings);
    this.slots = slotIndexOf([...this.table.values()], (item) => this.entriesOf(item));
    this.collisions.clear();
    this.countedCollisions.clear();
    this.collisionSum = 0;
    // Every post waits to be counted (countSome); only when each is due is noted now.
    this.recountAll();
    this.due.reset([...this.table.values()].map(firstDue).filter((due) => due !== null));
    for (const group of this.slots.values()) if (group.length > 1) for (const entry of group) this.recountCollisions(entry.item.id, entry.item);
  }

  commit({ before, after, settingsChanged }: Committed, settings: Settings): void {
    const pairs = [...after].map(([id, next]) => [before.get(id), next ?? undefined] as const);
    const { touched } = updateSlotIndex(this.slots, pairs, (item) => this.entriesOf(item));
    for (const [previous, next] of pairs) {
      if (previous) this.untrack(previous);
      if (next) this.track(next);
    }
    // Only posts in a slot the change touched can have started or stopped sharing it.
    const affected = new Map<string, ContentItem | undefined>();
    for (const [id, next] of after) affected.set(id, next ?? undefined);
    for (const slot of touched) for (const entry of this.slots.get(slot) ?? []) affected.set(entry.item.id, entry.item);
    for (const [id, item] of affected) this.recountCollisions(id, item);
    this.settings = settings;
    if (settingsChanged && countKey(settings) !== this.key) {
      this.key = countKey(settings);
      this.recountAll();
    }
  }

  /** Counts some of the posts not counted yet, until `deadline` (performance.now()); true when all are. */
  countSome(deadline: number): boolean {
    for (const id of this.pending) {
      if (performance.now() > deadline) return false;
      this.pending.delete(id);
      const item = this.table.get(id);
      if (item && countsInPlan(item)) this.count(item);
    }
    return true;
  }

  /** Whether posts wait to be counted (a reset, new settings, or many posts at once since the last count). */
  get uncounted(): boolean {
    return this.pending.size > 0;
  }

  /** The header's count over the posts not yet published, or null while the first count is still being made. */
  total(now: string): number | null {
    return this.pending.size > 0 ? null : this.sum + this.collisionSum + this.due.countBelow(now);
  }

  /** One post's errors and warnings as its card shows them. */
  countsOf(item: ContentItem, now: string): Counts {
    const { errors, warnings } = this.timelessCounts(item);
    const due = firstDue(item);
    const late = due !== null && due < now ? 1 : 0;
    return { errors, warnings: warnings + (this.collisions.get(item.id) ?? 0) + late };
  }

  /**
   * How serious a post's worst finding is now (0 error, 1 warning, 2 info), or null when it has
   * none: the findings panel's order from the counts kept, without wording every post's findings.
   */
  worstOf(item: ContentItem, now: string): number | null {
    if (!this.settings) return null;
    const { errors, warnings, infos } = this.timelessCounts(item);
    if (errors > 0) return 0;
    const due = firstDue(item);
    if (warnings > 0 || this.collisions.has(item.id) || (due !== null && due < now)) return 1;
    return infos > 0 ? 2 : null;
  }

  /** Every finding of one post (the editor, the findings panel), the same-slot check included. */
  findings(item: ContentItem, now: string): Finding[] {
    if (!this.settings) return [];
    if (this.collisions.has(item.id)) return withTime(timelessChecks(item, this.settings, { slots: this.slots }), item, now);
    return withTime(this.timelessFindings(item), item, now);
  }

  /** How many of the post's entries share their slot with another post's (0: none). */
  sharedSlots(id: string): number {
    return this.collisions.get(id) ?? 0;
  }

  /** Whether the post's calendar entry shares its slot (channel, day, time) with another post's. */
  collides(entry: CalendarEntry): boolean {
    const slot = slotOf(entry);
    return slot !== null && (this.slots.get(slot)?.length ?? 0) > 1;
  }

  private entriesOf(item: ContentItem): CalendarEntry[] {
    let entries = this.entries.get(item);
    if (!entries) {
      entries = calendarEntries([item]);
      this.entries.set(item, entries);
    }
    return entries;
  }

  private timelessCounts(item: ContentItem): Tally {
    const cached = this.timeless.get(item);
    // New names or purposes keep a post's count (countKey): only its findings' words are stale.
    if (cached?.key === this.key) return cached.counts;
    const counts = tally(timelessChecks(item, this.settings as Settings));
    this.timeless.set(item, { key: this.key, counts });
    return counts;
  }

  private timelessFindings(item: ContentItem): TimelessFindings {
    const settings = this.settings as Settings;
    const cached = this.timeless.get(item);
    if (cached?.asked?.settings === settings) return cached.asked.findings;
    const findings = timelessChecks(item, settings);
    const counts = cached?.key === this.key ? cached.counts : tally(findings);
    this.timeless.set(item, { key: this.key, counts, asked: { settings, findings } });
    return findings;
  }

  private recountAll(): void {
    this.counted.clear();
    this.sum = 0;
    this.pending = new Set([...this.table.values()].filter(countsInPlan).map((item) => item.id));
  }

  private count(item: ContentItem): void {
    const { errors, warnings } = this.timelessCounts(item);
    this.counted.set(item.id, errors + warnings);
    this.sum += errors + warnings;
  }

  /** A post joins the counts: its due moment and, once the first count is made, its timeless count. */
  private track(item: ContentItem): void {
    const due = firstDue(item);
    if (due !== null) this.due.add(due);
    if (countsInPlan(item) && !this.pending.has(item.id)) this.count(item);
  }

  private untrack(item: ContentItem): void {
    const due = firstDue(item);
    if (due !== null) this.due.remove(due);
    this.sum -= this.counted.get(item.id) ?? 0;
    this.counted.delete(item.id);
  }

  private recountCollisions(id: string, item: ContentItem | undefined): void {
    const count = item ? collisionsOf(item, this.slots).length : 0;
    if (count > 0) this.collisions.set(id, count);
    else this.collisions.delete(id);
    const counted = item && countsInPlan(item) ? count : 0;
    this.collisionSum += counted - (this.countedCollisions.get(id) ?? 0);
    if (counted > 0) this.countedCollisions.set(id, counted);
    else this.countedCollisions.delete(id);
  }
}
