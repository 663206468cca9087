// Every change to the plan is a command: data that main validates, applies and stores, and that
// the renderer applies optimistically with the very same function (STYLE habit 4).
import { z } from 'zod';
import { MAX_CHANNELS, ChannelId, ClockTime, ContentItem, IsoDay, ItemId, Settings, StatusId, type Plan, type Variant } from './model';
import { IncomingItem, ItemSchedule, ItemUpdate, LiveUrl, VariantAdd, VariantRemove, VariantUpdate } from './command-parts';
import { emptyVariant } from './variants';

export { IncomingItem } from './command-parts';
export { emptyVariant } from './variants';
import { DomainError, message } from '../ipc/errors';
import { allPublished, fixHubSlug, markAllPublished, markPublished, markUnpublished } from '../publishing/live-post';
import { rankForIndex, renumbered } from '../kanban/ranking';
import { columnOf, findItem } from './lookup';

export { byRank, columnOf, findItem } from './lookup';
import { applySettingsCommand, SettingsCommand } from '../settings/settings-commands';
import { dropItem, moveOwnDate, setOwnTime } from '../calendar/scheduling';
import { itemProblem, knownIds, unknownAudiences } from './item-rules';
import { applyMediaCommand, MediaCommand } from '../media/media-commands';
import { DuplicateCommand, duplicateItem } from './duplicate';
import { applyReuseCommand, ReuseCommand } from '../templates/template-commands';
import { applySeriesCommand, SeriesCommand } from '../series/series-commands';
import { ImportCommand, importPosts } from '../csv-import/import-command';

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
  DuplicateCommand,
  ImportCommand,
  ...ReuseCommand,
  ...SeriesCommand,
  ...SettingsCommand,
  ...MediaCommand,
]);
export type PlanCommand = z.infer<typeof PlanCommand>;
type CommandOf<T extends PlanCommand['type']> = Extract<PlanCommand, { type: T }>;

/** Applies one command. Pure: `now` is the only clock, and the input plan is never mutated. */
export function applyCommand(plan: Plan, command: PlanCommand, now: string): Plan {
  switch (command.type) {
    case 'item.create':
      return createItem(plan, command, now);
    case 'item.update':
      // Fixed first, from the title it has now: a live post's rename must not move its hub link.
      return updateItem(plan, command.id, now, (item) => {
        assertAudiencesKnown(plan, command.patch.audiences ?? [], item.audiences);
        return { ...fixHubSlug(item), ...command.patch };
      });
    case 'item.delete':
      findItem(plan, command.id);
      return { ...plan, items: plan.items.filter((item) => item.id !== command.id) };
    case 'items.put':
      return putItems(plan, command, now);
    case 'item.move':
      return moveItem(plan, command, now);
    case 'item.schedule':
      return updateItem(plan, command.id, now, (item) => ({
        ...item,
        date: command.date,
        time: command.time === undefined ? item.time : command.time,
      }));
    case 'item.unschedule':
      return updateItem(plan, command.id, now, (item) => ({ ...item, date: null, time: null }));
    case 'variant.add':
      assertKnownChannel(plan, command.channel);
      return updateItem(plan, command.id, now, (item) => addVariant(item, command.channel));
    case 'variant.update':
      return updateItem(plan, command.id, now, (item) => ({
        ...item,
        variants: item.variants.map((v) => (v.channel === command.channel ? { ...v, ...command.patch } : v)),
      }));
    case 'variant.remove':
      return updateItem(plan, command.id, now, (item) => {
        variantOf(item, command.channel);
        return { ...item, variants: item.variants.filter((v) => v.channel !== command.channel) };
      });
    case 'item.drop':
      if (command.lane !== null) assertKnownChannel(plan, command.lane);
      return updateItem(plan, command.id, now, (item) => dropItem(item, command, addVariant));
    case 'variant.reschedule':
      return updateItem(plan, command.id, now, (item) => moveOwnDate(item, command.channel, command.date));
    case 'variant.ownTime':
      return updateItem(plan, command.id, now, (item) => setOwnTime(item, command.channel, command));
    case 'variant.publish':
      return publishVariant(plan, command, now);
    case 'variant.unpublish':
      return unpublishVariant(plan, command, now);
    case 'media.add':
    case 'media.update':
    case 'media.move':
    case 'media.remove':
      return updateItem(plan, command.id, now, (item) => applyMediaCommand(item, command));
    case 'settings.update':
    case 'settings.put':
    case 'settings.recordPolicyReview':
      return applySettingsCommand(plan, command);
    case 'plan.put':
      return putItems(applySettingsCommand(plan, { type: 'settings.put', settings: command.settings }), command, now);
    case 'item.duplicate':
      return duplicateItem(plan, command, now);
    case 'items.import':
      return importPosts(plan, command.posts, now);
    case 'template.put':
    case 'template.remove':
    case 'item.fromTemplate':
    case 'snippet.put':
    case 'snippet.remove':
      return applyReuseCommand(plan, command, now);
    case 'series.create':
    case 'series.end':
    case 'series.follow':
    case 'series.topUp':
      return applySeriesCommand(plan, command, now, (current, change) => applyCommand(current, change, now));
  }
}

/** Audiences a command brings in must be in the settings; those the item already has may stay. */
function assertAudiencesKnown(plan: Plan, audiences: readonly string[], kept: readonly string[]): void {
  if (audiences.length === 0) return; // most updates (every keystroke in a title) name none
  const brought = unknownAudiences(audiences, knownIds(plan.settings)).find((audience) => !kept.includes(audience));
  if (brought === undefined) return;
  const problem = message('planRules.unknownAudience', { audience: brought });
  throw new DomainError('invalid-input', message('errors.itemRefused', { problem }));
}

/** A variant may only be on a channel the settings have (custom ones come and go). */
function assertKnownChannel(plan: Plan, channel: ChannelId): void {
  if (!plan.settings.channels.some((c) => c.id === channel)) {
    throw new DomainError('invalid-input', message('errors.unknownPlanChannel', { channel }));
  }
}

function variantOf(item: ContentItem, channel: ChannelId): Variant {
  const variant = item.variants.find((v) => v.channel === channel);
  if (!variant) throw new DomainError('variant-not-found', message('errors.variantNotFound', { channel }));
  return variant;
}

function updateItem(plan: Plan, id: string, now: string, change: (item: ContentItem) => ContentItem): Plan {
  const current = findItem(plan, id);
  const next = { ...change(current), updatedAt: now };
  return { ...plan, items: plan.items.map((item) => (item === current ? next : item)) };
}

function createItem(plan: Plan, command: CommandOf<'item.create'>, now: string): Plan {
  if (plan.items.some((item) => item.id === command.id)) {
    throw new DomainError('item-exists', message('errors.itemExists', { id: command.id }));
  }
  for (const channel of command.channels ?? []) assertKnownChannel(plan, channel);
  assertAudiencesKnown(plan, command.audiences ?? [], []);
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
    rank: rankForIndex(columnOf(plan, status), 0) ?? 0,
    variants: [],
    createdAt: now,
    updatedAt: now,
  };
  const withVariants = (command.channels ?? []).reduce(addVariant, item);
  // New items go to the top of their column, where the quick-add field is.
  return { ...plan, items: [...plan.items, withVariants] };
}

// Put items are stamped `now`: the store keeps the newest copy of an item, so an undo must
// look newer than what it undoes. Each must fit the settings as they are now: an undo may bring
// back a variant on a channel removed since, and the plan would then be one its import refuses.
function putItems(plan: Plan, command: Pick<CommandOf<'items.put'>, 'items' | 'removeIds'>, now: string): Plan {
  const known = knownIds(plan.settings);
  for (const item of command.items) {
    const problem = itemProblem(item, known, () => plan.items.find((candidate) => candidate.id === item.id));
    if (problem) throw new DomainError('invalid-input', message('errors.itemRefused', { problem }));
  }
  const put = new Map(command.items.map((item) => [item.id, { ...item, updatedAt: now }]));
  const removed = new Set(command.removeIds);
  const kept = plan.items.filter((item) => !removed.has(item.id) && !put.has(item.id));
  return { ...plan, items: [...kept, ...put.values()] };
}

function moveItem(plan: Plan, command: CommandOf<'item.move'>, now: string): Plan {
  findItem(plan, command.id);
  const others = columnOf(plan, command.status).filter((item) => item.id !== command.id);
  const index = Math.min(command.index, others.length);
  const rank = rankForIndex(others, index);
  if (rank === null) return moveItem(renumberColumn(plan, others, now), command, now);
  // Godkänd and Publicerad fix the hub link: other channels' texts now carry it. A card moved to
  // Publicerad is out: its variants not yet marked are marked now (with no link), as in Publicera.
  return updateItem(plan, command.id, now, (item) => {
    const moved = { ...item, status: command.status, rank };
    const goesOut = command.status === 'published' && item.status !== 'published';
    return fixHubSlug(goesOut ? markAllPublished(moved, now) : moved);
  });
}

function publishVariant(plan: Plan, command: CommandOf<'variant.publish'>, now: string): Plan {
  variantOf(findItem(plan, command.id), command.channel);
  const marked = updateItem(plan, command.id, now, (item) => markPublished(item, command.channel, command.url, now));
  const item = findItem(marked, command.id);
  if (item.status === 'published' || !allPublished(item)) return marked;
  return moveItem(marked, { type: 'item.move', id: item.id, status: 'published', index: 0 }, now);
}

function unpublishVariant(plan: Plan, command: CommandOf<'variant.unpublish'>, now: string): Plan {
  variantOf(findItem(plan, command.id), command.channel);
  const unmarked = updateItem(plan, command.id, now, (item) => markUnpublished(item, command.channel));
  if (findItem(unmarked, command.id).status !== 'published') return unmarked;
  // Not every variant is out any more, so the item is no longer Publicerad.
  return moveItem(unmarked, { type: 'item.move', id: command.id, status: 'approved', index: 0 }, now);
}

function renumberColumn(plan: Plan, column: ContentItem[], now: string): Plan {
  const spaced = renumbered(column.length);
  const ranks = new Map(column.map((item, i) => [item.id, spaced[i] as number]));
  return {
    ...plan,
    items: plan.items.map((item) => {
      const rank = ranks.get(item.id);
      return rank === undefined ? item : { ...item, rank, updatedAt: now };
    }),
  };
}

function addVariant(item: ContentItem, channel: ChannelId): ContentItem {
  if (item.variants.some((v) => v.channel === channel)) {
    throw new DomainError('variant-exists', message('errors.variantExists', { channel }));
  }
  // A website added to a live post gets its link fixed at once, like one it had before.
  return fixHubSlug({ ...item, variants: [...item.variants, emptyVariant(channel)] });
}
