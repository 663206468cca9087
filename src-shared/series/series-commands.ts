// Recurring series as commands (issue 19, item 3). A series' posts are ordinary posts, made ahead
// for a horizon, so each is edited, approved, exported and published on its own; the series
// keeps its rule, what its new posts are made of, and which days it has made a post for.
import { z } from 'zod';
import { DomainError, message } from '../ipc/errors';
import { findItem } from '../plan/lookup';
import type { Draft } from '../plan/draft';
import { IsoDay, ItemId, type ContentItem, type Plan, type Series, type Settings, type StatusId } from '../plan/model';
import { contentOf } from '../templates/content';
import { atTime, endedOn, occurrences, Repeat, ruleStart, ruleText } from './rule';
import { followContent, isOut, laterPosts, makeAhead, seriesOf } from './series-posts';
import { FollowedChange } from './followed-change';

/** An item id is at most 64 characters, and a series' posts are named `<series id>-<yyyymmdd>`. */
const SeriesId = ItemId.max(40);

export const SeriesCommand = [
  /** "Upprepa": the post becomes the first of a series, and the posts up to the horizon are made. */
  z.strictObject({ type: z.literal('series.create'), id: ItemId, seriesId: SeriesId, repeat: Repeat, today: IsoDay }),
  /** Ends the series after `today`: its later unpublished posts go, the past stays. */
  z.strictObject({ type: z.literal('series.end'), seriesId: SeriesId, today: IsoDay }),
  /** "Det här och följande": a change to a series' post, made to its later unpublished posts too. */
  z.strictObject({ type: z.literal('series.follow'), change: FollowedChange }),
  /** Makes the posts that have come within the horizon (at start, and when the day changes). */
  z.strictObject({ type: z.literal('series.topUp'), today: IsoDay }),
] as const;

type SeriesCommandOf = z.infer<(typeof SeriesCommand)[number]>;
/** Applies a one-post command into the draft: handed in by commands.ts, which imports this file. */
export type ApplyOne = (command: FollowedChange) => void;

/** The series commands written over a whole plan; "Det här och följande" is `follow`, on the draft. */
export function applySeriesCommand(plan: Plan, command: Exclude<SeriesCommandOf, { type: 'series.follow' }>, now: string): Plan {
  switch (command.type) {
    case 'series.create':
      return createSeries(plan, command, now);
    case 'series.end':
      return endSeries(plan, command.seriesId, command.today);
    case 'series.topUp':
      return plan.settings.series.reduce((current, series) => topUpOne(current, series.id, command.today, now), plan);
  }
}

/** A series whose rule cannot be read makes nothing; the others are still topped up, and start never fails. */
function topUpOne(plan: Plan, seriesId: string, today: string, now: string): Plan {
  try {
    return makeAhead(plan, seriesId, today, now);
  } catch (error) {
    if (error instanceof DomainError) return plan;
    throw error;
  }
}

function createSeries(plan: Plan, command: Extract<SeriesCommandOf, { type: 'series.create' }>, now: string): Plan {
  const item = findItem(plan, command.id);
  if (item.date === null) throw refused('needsDate');
  if (seriesOf(plan.settings, item.id)) throw refused('alreadyInSeries');
  if (plan.settings.series.some((series) => series.id === command.seriesId)) throw refused('exists');
  if (command.repeat.until !== null && command.repeat.until < item.date) throw refused('untilBeforeStart');
  const rule = ruleText(command.repeat, item.date, item.time);
  occurrences(rule); // refuses an endless rule, or one of too many posts, before anything changes
  const series: Series = {
    id: command.seriesId,
    rule,
    status: firstStatus(item.status),
    content: contentOf(item),
    made: [{ day: item.date, id: item.id }],
  };
  const withSeries = { ...plan, settings: { ...plan.settings, series: [...plan.settings.series, series] } };
  return makeAhead(withSeries, series.id, command.today, now);
}

/** A series' later posts start as drafts at most: each is reviewed and approved on its own. */
function firstStatus(status: StatusId): StatusId {
  return status === 'idea' ? 'idea' : 'draft';
}

function endSeries(plan: Plan, seriesId: string, today: string): Plan {
  const series = plan.settings.series.find((candidate) => candidate.id === seriesId);
  if (!series) throw refused('notFound');
  const made = new Set(series.made.map((entry) => entry.id));
  const gone = new Set(
    plan.items
      .filter((item) => made.has(item.id) && item.date !== null && item.date > today && !isOut(item))
      .map((item) => item.id),
  );
  const start = ruleStart(series.rule).day;
  const ended = { ...series, rule: endedOn(series.rule, today < start ? start : today) };
  return {
    ...plan,
    settings: { ...plan.settings, series: plan.settings.series.map((other) => (other === series ? ended : other)) },
    items: plan.items.filter((item) => !gone.has(item.id)),
  };
}

/**
 * "Det här och följande": the change to the post itself, then to each later post it applies to,
 * then to what new posts are made of. On the draft, looking the later posts up by id: it runs on
 * every keystroke while the choice stands, so it costs the series, not the plan.
 */
export function follow(draft: Draft, change: FollowedChange, applyOne: ApplyOne): void {
  const found = seriesOf(draft.settings, change.id);
  if (!found) throw refused('notInSeries');
  const item = draft.get(change.id);
  if (!item) throw new DomainError('item-not-found', message('errors.itemNotFound', { id: change.id }));
  if (change.type === 'item.schedule' && change.date !== item.date) throw refused('followDate');
  const later = laterPosts((id) => draft.get(id), found.series, found.day);
  applyOne(change);
  for (const post of later) applyLenient(post, change, applyOne);
  const series = findSeries(draft.settings, found.series.id);
  const rule = change.type === 'item.schedule' ? atTime(series.rule, change.time ?? item.time) : series.rule;
  const updated = { ...series, rule, content: followContent(series.content, change) };
  draft.setSettings({ ...draft.settings, series: draft.settings.series.map((s) => (s === series ? updated : s)) });
}

/** A later post may lack the channel changed, or have it already: that post is left as it is. */
function applyLenient(later: ContentItem, change: FollowedChange, applyOne: ApplyOne): void {
  if (change.type === 'item.schedule') {
    if (later.date !== null) applyOne({ ...change, id: later.id, date: later.date });
    return;
  }
  try {
    applyOne({ ...change, id: later.id });
  } catch (error) {
    if (!(error instanceof DomainError)) throw error;
  }
}

function findSeries(settings: Settings, id: string): Series {
  const series = settings.series.find((candidate) => candidate.id === id);
  if (!series) throw refused('notFound');
  return series;
}

function refused(reason: string): DomainError {
  return new DomainError('invalid-input', message(`series.errors.${reason}`));
}
