// The example plan: about four weeks of realistic SSCO content, offered on an empty plan so a
// new user sees the kanban, the calendar and the board view filled in. The content lives in
// politics.ts and organisation.ts as specs with dates relative to `today`; this file turns
// them into ContentItems. Pure: `today` and `now` are the only clock.
import { addDays, format, parseISO, startOfISOWeek } from 'date-fns';
import { emptyVariant } from '../plan/commands';
import { STATUS_IDS, type ChannelId, type ContentItem, type Principles, type StatusId, type Variant } from '../plan/model';
import { ORGANISATION_ITEMS } from './organisation';
import { POLITICS_ITEMS } from './politics';

/** How many days the example plan spans, from the Monday of the week holding `today`. */
export const EXAMPLE_PLAN_DAYS = 28;

/**
 * When an item is due, relative to `today`:
 * - `recent`: already published, `daysAgo` days before today (moved back to the Friday when
 *   that is a weekend, and never before this week's Monday);
 * - `upcoming`: `weekday` (0 = Monday) of week `week` (0 = this week), or a week later when
 *   that day is today or already past, so nothing waits unpublished in the past;
 * - null: the backlog, not yet scheduled.
 */
export type When =
  | { kind: 'recent'; daysAgo: number; time: string }
  | { kind: 'upcoming'; week: 0 | 1 | 2 | 3; weekday: 0 | 1 | 2 | 3 | 4; time: string | null }
  | null;

/** A variant is `emptyVariant(channel)` with these fields overridden. */
export type VariantSpec = Partial<Omit<Variant, 'channel' | 'date' | 'publishedAt'>> & { channel: ChannelId };

export interface ItemSpec {
  id: string;
  title: string;
  notes: string;
  status: StatusId;
  when: When;
  audiences: string[];
  tags: string[];
  owner: string;
  /** Defaults: all ticked when approved or published, none otherwise. */
  principles?: Principles;
  variants: VariantSpec[];
}

export function examplePlanItems(today: string, now: string): ContentItem[] {
  const noon = parseISO(`${today}T12:00:00`);
  const monday = startOfISOWeek(noon);
  // Monday at midnight to today at noon: whole days plus half a day (± an hour across DST).
  const todayIndex = Math.floor((noon.getTime() - monday.getTime()) / 86_400_000);
  const dayAt = (index: number): string => format(addDays(monday, index), 'yyyy-MM-dd');

  const dateOf = (when: When): string | null => {
    if (when === null) return null;
    if (when.kind === 'recent') {
      let index = todayIndex - when.daysAgo;
      if (index % 7 >= 5) index -= (index % 7) - 4; // a weekend: the Friday before
      return dayAt(Math.max(0, index));
    }
    const index = when.week * 7 + when.weekday;
    return dayAt(index <= todayIndex ? index + 7 : index);
  };

  const ranks = new Map<StatusId, number>(STATUS_IDS.map((status) => [status, 0]));
  return [...POLITICS_ITEMS, ...ORGANISATION_ITEMS].map((spec) => {
    const rank = ranks.get(spec.status) ?? 0;
    ranks.set(spec.status, rank + 1024);
    const date = dateOf(spec.when);
    const time = spec.when?.time ?? null;
    const done = spec.status === 'approved' || spec.status === 'published';
    const variants = spec.variants.map(({ channel, ...fields }): Variant => {
      const variant = { ...emptyVariant(channel), ...fields };
      const at = variant.time ?? time;
      if (spec.status !== 'published' || date === null) return variant;
      return { ...variant, publishedAt: publishedAt(date, at, now) };
    });
    return {
      id: spec.id,
      title: spec.title,
      notes: spec.notes,
      status: spec.status,
      date,
      time,
      audiences: [...spec.audiences],
      tags: [...spec.tags],
      owner: spec.owner,
      principles: spec.principles ?? { openness: done, clarity: done, credibility: done },
      rank,
      variants,
      createdAt: now,
      updatedAt: now,
    };
  });
}

/** The local moment it was due, with its UTC offset; never later than `now`. */
function publishedAt(date: string, time: string | null, now: string): string {
  const due = parseISO(`${date}T${time ?? '12:00'}:00`);
  const current = parseISO(now);
  return due.getTime() <= current.getTime() ? format(due, "yyyy-MM-dd'T'HH:mm:ssxxx") : now;
}
