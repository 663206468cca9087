// Every change to the plan is a command: data that main validates, applies and stores, and that
// the renderer applies optimistically with the very same function (STYLE habit 4). A command
// reads the plan through a `Draft` and writes only through it (`put`, `remove`, `setSettings`):
// what it wrote is what it changed, and main's answer, the undo step and every index use that.
import { z } from 'zod';
import {
  MAX_CHANNELS,
  ChannelId,
  ClockTime,
  ContentItem,
  IsoDay,
  ItemId,
  SCHEMA_VERSION,
  Settings,
  StatusId,
  type Plan,
  type Variant,
} from './model';
import { DomainError, message } from '../ipc/errors';
import { allPublished, fixHubSlug, markAllPublished, markPublished, markUnpublished } from '../publishing/live-post';
import { rankForIndex, renumbered } from '../kanban/ranking';
import { applySettingsCommand, SettingsCommand } from '../settings/settings-commands';
import { dropItem, moveOwnDate, setOwnTime } from '../calendar/scheduling';
import { itemProblem, knownIds, unknownAudiences, type KnownIds } from './item-rules';
import { IncomingItem, ItemSchedule, ItemUpdate, LiveUrl, VariantAdd, VariantRemove, VariantUpdate } from './command-parts';
import { Draft, planReader, withChange, type PlanChange, type PlanReader } from './draft';
import { ItemStep, patched } from './steps';
import { emptyVariant } from './variants';
import { applyMediaCommand, MediaCommand } from '../media/media-commands';
import { DuplicateCommand, duplicateOf } from './duplicate';
import { applyReuseCommand, ReuseCommand } from '../templates/template-commands';
import { applySeriesCommand, follow, SeriesCommand } from '../series/series-commands';
import { ImportCommand, importPosts } from '../csv-import/import-command';

export { IncomingItem } from './command-parts';
export { emptyVariant } from './variants';
export { byRank, columnOf, findItem } from './lookup';

export const PlanCommand = z.discriminatedUnion('type', [
  z.strictObject({
    type: z.literal('item.create'),
    id: ItemId,
    title: ContentItem.shape.title,
    status: StatusId.optional(),
    date: IsoDay.nullable().optional(),
    time: ClockTime.nullable().optional(),
    /** Taken from the filter by quick-add, so the new post stays in view. */
    audiences: ContentItem.shape.audiences.optional(),
    tags: ContentItem.shape.tags.optional(),
    owner: ContentItem.shape.owner.optional(),
    channels: z.array(ChannelId).max(MAX_CHANNELS).optional(),
  }),
  ItemUpdate,
  z.strictObject({ type: z.literal('item.delete'), id: ItemId }),
  /** Puts whole items back and removes others: undo, redo, and loading the example plan. */
  z.strictObject({
    type: z.literal('items.put'),
    items: z.array(IncomingItem).max(10_000),
    removeIds: z.array(ItemId).max(10_000),
  }),
  /** The settings and items put back together: the undo of a step that changed both (a series). */
  z.strictObject({
    type: z.literal('plan.put'),
    settings: Settings,
    items: z.array(IncomingItem).max(10_000),
    removeIds: z.array(ItemId).max(10_000),
  }),
  z.strictObject({ type: z.literal('item.move'), id: ItemId, status: StatusId, index: z.number().int().min(0) }),
  ItemSchedule,
  z.strictObject({ type: z.literal('item.unschedule'), id: ItemId }),
  VariantAdd,
  VariantUpdate,
  VariantRemove,
  /**
   * A calendar drop of the whole post: onto a day, keeping its time; channels without their own
   * date follow. On the lane of a channel the post lacks, that channel is added.
   */
  z.strictObject({ type: z.literal('item.drop'), id: ItemId, date: IsoDay, lane: ChannelId.nullable() }),
  /** A calendar drag of a channel with its own date: only that channel moves, keeping its time. */
  z.strictObject({ type: z.literal('variant.reschedule'), id: ItemId, channel: ChannelId, date: IsoDay }),
  /** "Egen tid för X": a channel's own date and time, or both null to follow the post again. */
  z.strictObject({
    type: z.literal('variant.ownTime'),
    id: ItemId,
    channel: ChannelId,
    date: IsoDay.nullable(),
    time: ClockTime.nullable(),
  }),
  /**
   * A variant went live: stamps `publishedAt` (now, unless already set) and its address. When
   * every variant of the item is out, the item moves to Publicerad in the same step.
   */
  z.strictObject({ type: z.literal('variant.publish'), id: ItemId, channel: ChannelId, url: LiveUrl }),
  /** Takes a publish mark back; an item in Publicerad goes back to Godkänd. */
  z.strictObject({ type: z.literal('variant.unpublish'), id: ItemId, channel: ChannelId }),
  /**
   * Undo and redo: per item only the fields a step changed (steps.ts), whole items where one came
   * or went, and the settings when the step changed them.
   */
  z.strictObject({ type: z.literal('plan.patch'), settings: Settings.optional(), items: z.array(ItemStep).max(10_000) }),
  DuplicateCommand,
  ImportCommand,
  ...ReuseCommand,
  ...SeriesCommand,
  ...SettingsCommand,
  ...MediaCommand,
]);
export type PlanCommand = z.infer<typeof PlanCommand>;
type CommandOf<T extends PlanCommand['type']> = Extract<PlanCommand, { type: T }>;

/**
 * Applies one command to the plan `plan` reads, which it leaves untouched, and returns what the
 * command changed. Pure: `now` is the only clock.
 */
export function changeOf(plan: PlanReader, command: PlanCommand, now: string): PlanChange {
  const draft = new Draft(plan);
  applyTo(draft, command, now);
  return draft.change();
}

/** `plan` after `command`, for code that holds a whole `Plan` (tests, the example plan). */
export function applyCommand(plan: Plan, command: PlanCommand, now: string): Plan {
  return withChange(plan, changeOf(planReader(plan), command, now));
}

/**
 * Applies a command into `draft`. A new command is a case here that reads through the draft and
 * writes only through it; a command made of others (publishing that moves the post) calls this
 * again with the same draft.
 */
export function applyTo(draft: Draft, command: PlanCommand, now: string): void {
  switch (command.type) {
    case 'item.create':
      return createItem(draft, command, now);
    case 'item.update':
      // Fixed first, from the title it has now: a live post's rename must not move its hub link.
      return updateItem(draft, command.id, now, (item) => {
        assertAudiencesKnown(draft, command.patch.audiences ?? [], item.audiences);
        return { ...fixHubSlug(item), ...command.patch };
      });
    case 'item.delete':
      findIn(draft, command.id);
      return draft.remove(command.id);
    case 'items.put':
      return putItems(draft, command, now);
    case 'plan.patch':
      return patchPlan(draft, command, now);
    case 'item.move':
      return moveItem(draft, command, now);
    case 'item.schedule':
      return updateItem(draft, command.id, now, (item) => ({
        ...item,
        date: command.date,
        time: command.time === undefined ? item.time : command.time,
      }));
    case 'item.unschedule':
      return updateItem(draft, command.id, now, (item) => ({ ...item, date: null, time: null }));
    case 'variant.add':
      assertKnownChannel(draft, command.channel);
      return updateItem(draft, command.id, now, (item) => addVariant(item, command.channel));
    case 'variant.update':
      return updateItem(draft, command.id, now, (item) => ({
        ...item,
        variants: item.variants.map((v) => (v.channel === command.channel ? { ...v, ...command.patch } : v)),
      }));
    case 'variant.remove':
      return updateItem(draft, command.id, now, (item) => {
        variantOf(item, command.channel);
        return { ...item, variants: item.variants.filter((v) => v.channel !== command.channel) };
      });
    case 'item.drop':
      if (command.lane !== null) assertKnownChannel(draft, command.lane);
      return updateItem(draft, command.id, now, (item) => dropItem(item, command, addVariant));
    case 'variant.reschedule':
      return updateItem(draft, command.id, now, (item) => moveOwnDate(item, command.channel, command.date));
    case 'variant.ownTime':
      return updateItem(draft, command.id, now, (item) => setOwnTime(item, command.channel, command));
    case 'variant.publish':
      return publishVariant(draft, command, now);
    case 'variant.unpublish':
      return unpublishVariant(draft, command, now);
    case 'media.add':
    case 'media.update':
    case 'media.move':
    case 'media.remove':
      return updateItem(draft, command.id, now, (item) => applyMediaCommand(item, command));
    case 'settings.update':
    case 'settings.put':
    case 'settings.recordPolicyReview':
      return draft.setSettings(applySettingsCommand(draft, command));
    case 'plan.put':
      draft.setSettings(applySettingsCommand(draft, { type: 'settings.put', settings: command.settings }));
      return putItems(draft, command, now);
    case 'item.duplicate':
      return draft.put(duplicateOf(draft, command, now));
    case 'items.import':
      return viaWholePlan(draft, (plan) => importPosts(plan, command.posts, now));
    case 'template.put':
    case 'template.remove':
    case 'item.fromTemplate':
    case 'snippet.put':
    case 'snippet.remove':
      return viaWholePlan(draft, (plan) => applyReuseCommand(plan, command, now));
    case 'series.follow':
      return follow(draft, command.change, (change) => applyTo(draft, change, now));
    case 'series.create':
    case 'series.end':
    case 'series.topUp':
      return viaWholePlan(draft, (plan) => applySeriesCommand(plan, command, now));
  }
}

/**
 * A command still written over a whole `Plan` (issue 19's templates, snippets, series made,
 * ended or topped up, CSV import): run on the plan listed from the draft, and each item it made,
 * changed or dropped (by identity) written back, so its change is told like any other's. It
 * costs the whole plan, as these commands did before; none of them runs on a keystroke or a
 * drop (duplicate and "Det här och följande", which can, are written on the draft).
 */
function viaWholePlan(draft: Draft, apply: (plan: Plan) => Plan): void {
  const items = [...draft.items()];
  const before: Plan = { schemaVersion: SCHEMA_VERSION, settings: draft.settings, items };
  const after = apply(before);
  if (after === before) return;
  const kept = new Set<string>();
  for (const item of after.items) {
    kept.add(item.id);
    if (draft.get(item.id) !== item) draft.put(item);
  }
  for (const item of items) if (!kept.has(item.id)) draft.remove(item.id);
  draft.setSettings(after.settings);
}

function findIn(plan: PlanReader, id: string): ContentItem {
  const item = plan.get(id);
  if (!item) throw new DomainError('item-not-found', message('errors.itemNotFound', { id }));
  return item;
}

/** Audiences a command brings in must be in the settings; those the item already has may stay. */
function assertAudiencesKnown(plan: PlanReader, audiences: readonly string[], kept: readonly string[]): void {
  if (audiences.length === 0) return; // most updates (every keystroke in a title) name none
  const brought = unknownAudiences(audiences, knownIds(plan.settings)).find((audience) => !kept.includes(audience));
  if (brought === undefined) return;
  const problem = message('planRules.unknownAudience', { audience: brought });
  throw new DomainError('invalid-input', message('errors.itemRefused', { problem }));
}

/** A variant may only be on a channel the settings have (custom ones come and go). */
function assertKnownChannel(plan: PlanReader, channel: ChannelId): void {
  if (!plan.settings.channels.some((c) => c.id === channel)) {
    throw new DomainError('invalid-input', message('errors.unknownPlanChannel', { channel }));
  }
}

function variantOf(item: ContentItem, channel: ChannelId): Variant {
  const variant = item.variants.find((v) => v.channel === channel);
  if (!variant) throw new DomainError('variant-not-found', message('errors.variantNotFound', { channel }));
  return variant;
}

function updateItem(draft: Draft, id: string, now: string, change: (item: ContentItem) => ContentItem): void {
  draft.put({ ...change(findIn(draft, id)), updatedAt: now });
}

function createItem(draft: Draft, command: CommandOf<'item.create'>, now: string): void {
  if (draft.get(command.id)) {
    throw new DomainError('item-exists', message('errors.itemExists', { id: command.id }));
  }
  for (const channel of command.channels ?? []) assertKnownChannel(draft, channel);
  assertAudiencesKnown(draft, command.audiences ?? [], []);
  const status = command.status ?? 'idea';
  const item: ContentItem = {
    id: command.id,
    title: command.title,
    notes: '',
    status,
    date: command.date ?? null,
    time: command.time ?? null,
    audiences: command.audiences ?? [],
    tags: command.tags ?? [],
    owner: command.owner ?? '',
    principles: { openness: false, clarity: false, credibility: false },
    // New items go to the top of their column, where the quick-add field is.
    rank: rankForIndex(draft.column(status), 0) ?? 0,
    variants: [],
    createdAt: now,
    updatedAt: now,
  };
  draft.put((command.channels ?? []).reduce(addVariant, item));
}

// Put items are stamped `now`: the store keeps the newest copy of an item, so an undo must
// look newer than what it undoes. Each must fit the settings as they are now: an undo may bring
// back a variant on a channel removed since, and the plan would then be one its import refuses.
function putItems(draft: Draft, command: Pick<CommandOf<'items.put'>, 'items' | 'removeIds'>, now: string): void {
  const known = knownIds(draft.settings);
  for (const item of command.items) assertFits(item, known, draft);
  for (const id of command.removeIds) draft.remove(id);
  for (const item of command.items) draft.put({ ...item, updatedAt: now });
}

function assertFits(item: ContentItem, known: KnownIds, plan: PlanReader): void {
  const problem = itemProblem(item, known, () => plan.get(item.id));
  if (problem) throw new DomainError('invalid-input', message('errors.itemRefused', { problem }));
}

/**
 * An undo or a redo: the settings put back if the step changed them, then each item's step. A
 * field step on a post deleted since has nothing to apply to: it is refused, as an edit would be.
 */
function patchPlan(draft: Draft, command: CommandOf<'plan.patch'>, now: string): void {
  if (command.settings) draft.setSettings(applySettingsCommand(draft, { type: 'settings.put', settings: command.settings }));
  const known = knownIds(draft.settings);
  for (const step of command.items) {
    if (step.kind === 'remove') {
      if (draft.get(step.id)) draft.remove(step.id);
      continue;
    }
    const item = step.kind === 'put' ? step.item : patched(findIn(draft, step.id), step);
    assertFits(item, known, draft);
    draft.put({ ...item, updatedAt: now });
  }
}

function moveItem(draft: Draft, command: CommandOf<'item.move'>, now: string): void {
  findIn(draft, command.id);
  const others = draft.column(command.status).filter((item) => item.id !== command.id);
  const index = Math.min(command.index, others.length);
  const rank = rankForIndex(others, index);
  if (rank === null) {
    renumberColumn(draft, others, now);
    return moveItem(draft, command, now);
  }
  // Godkänd and Publicerad fix the hub link: other channels' texts now carry it. A card moved to
  // Publicerad is out: its variants not yet marked are marked now (with no link), as in Publicera.
  updateItem(draft, command.id, now, (item) => {
    const moved = { ...item, status: command.status, rank };
    const goesOut = command.status === 'published' && item.status !== 'published';
    return fixHubSlug(goesOut ? markAllPublished(moved, now) : moved);
  });
}

function publishVariant(draft: Draft, command: CommandOf<'variant.publish'>, now: string): void {
  variantOf(findIn(draft, command.id), command.channel);
  updateItem(draft, command.id, now, (item) => markPublished(item, command.channel, command.url, now));
  const item = findIn(draft, command.id);
  if (item.status === 'published' || !allPublished(item)) return;
  moveItem(draft, { type: 'item.move', id: item.id, status: 'published', index: 0 }, now);
}

function unpublishVariant(draft: Draft, command: CommandOf<'variant.unpublish'>, now: string): void {
  variantOf(findIn(draft, command.id), command.channel);
  updateItem(draft, command.id, now, (item) => markUnpublished(item, command.channel));
  if (findIn(draft, command.id).status !== 'published') return;
  // Not every variant is out any more, so the item is no longer Publicerad.
  moveItem(draft, { type: 'item.move', id: command.id, status: 'approved', index: 0 }, now);
}

function renumberColumn(draft: Draft, column: readonly ContentItem[], now: string): void {
  const spaced = renumbered(column.length);
  column.forEach((item, i) => {
    const rank = spaced[i] as number;
    if (item.rank !== rank) draft.put({ ...item, rank, updatedAt: now });
  });
}

function addVariant(item: ContentItem, channel: ChannelId): ContentItem {
  if (item.variants.some((v) => v.channel === channel)) {
    throw new DomainError('variant-exists', message('errors.variantExists', { channel }));
  }
  // A website added to a live post gets its link fixed at once, like one it had before.
  return fixHubSlug({ ...item, variants: [...item.variants, emptyVariant(channel)] });
}
