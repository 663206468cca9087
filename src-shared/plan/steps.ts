// Undo and redo at the level of fields (issue #20): a step says, per item, only what a command
// changed (a title, a rank, one channel's text), not the whole item, so undoing it never puts
// back a field that was changed since by another step. Whole items are carried only where an
// item came or went.
import { z } from 'zod';
import { ChannelId, ContentItem, ItemId, MAX_CHANNELS, Variant, type ContentItem as Item } from './model';
import { IncomingItem, LiveUrl } from './command-parts';

const IncomingVariant = Variant.extend({ publishedUrl: LiveUrl });

/** The item's own fields a step may set; ids, variants and the timestamps are not among them. */
export const ITEM_FIELDS = ['title', 'notes', 'status', 'date', 'time', 'audiences', 'tags', 'owner', 'principles', 'rank', 'media'] as const;
const ItemFields = ContentItem.pick(Object.fromEntries(ITEM_FIELDS.map((field) => [field, true])) as Record<ItemField, true>).partial();
type ItemField = (typeof ITEM_FIELDS)[number];

const VARIANT_FIELDS = Object.keys(Variant.shape).filter((field) => field !== 'channel') as Array<Exclude<keyof Variant, 'channel'>>;
const VariantFields = IncomingVariant.omit({ channel: true }).partial();

export const VariantStep = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('put'), variant: IncomingVariant }),
  z.strictObject({ kind: z.literal('remove'), channel: ChannelId }),
  z.strictObject({ kind: z.literal('patch'), channel: ChannelId, fields: VariantFields }),
]);
export type VariantStep = z.infer<typeof VariantStep>;

export const ItemStep = z.discriminatedUnion('kind', [
  /** The item as a whole: it was not there on the other side of the step. */
  z.strictObject({ kind: z.literal('put'), item: IncomingItem }),
  z.strictObject({ kind: z.literal('remove'), id: ItemId }),
  z.strictObject({
    kind: z.literal('patch'),
    id: ItemId,
    fields: ItemFields,
    variants: z.array(VariantStep).max(MAX_CHANNELS * 2),
    /** The channels' order afterwards, when it changed (a channel added or taken away keeps its place). */
    order: z.array(ChannelId).max(MAX_CHANNELS).optional(),
  }),
]);
export type ItemStep = z.infer<typeof ItemStep>;
type Patch = Extract<ItemStep, { kind: 'patch' }>;

export function stepId(step: ItemStep): string {
  return step.kind === 'put' ? step.item.id : step.id;
}

/** The step that turns `before` into `after` (undefined: absent), or null when no field differs. */
export function stepBetween(id: string, before: Item | undefined, after: Item | undefined): ItemStep | null {
  if (!after) return before ? { kind: 'remove', id } : null;
  if (!before) return { kind: 'put', item: after };
  const fields: Record<string, unknown> = {};
  // A post without images has no `media` at all: a step says [] for it, which survives the IPC.
  const value = (item: Item, field: ItemField) => (field === 'media' ? (item.media ?? []) : item[field]);
  for (const field of ITEM_FIELDS) if (!sameValue(value(before, field), value(after, field))) fields[field] = value(after, field);
  const variants = variantSteps(before.variants, after.variants);
  const order = sameOrder(before.variants, after.variants) ? undefined : after.variants.map((v) => v.channel);
  if (Object.keys(fields).length === 0 && variants.length === 0 && order === undefined) return null;
  return { kind: 'patch', id, fields, variants, ...(order ? { order } : {}) };
}

function variantSteps(before: readonly Variant[], after: readonly Variant[]): VariantStep[] {
  const old = new Map(before.map((variant) => [variant.channel, variant]));
  const steps: VariantStep[] = [];
  for (const variant of after) {
    const previous = old.get(variant.channel);
    old.delete(variant.channel);
    if (!previous) steps.push({ kind: 'put', variant });
    else if (previous !== variant) {
      const fields: Record<string, unknown> = {};
      for (const field of VARIANT_FIELDS) if (!sameValue(previous[field], variant[field])) fields[field] = variant[field];
      if (Object.keys(fields).length > 0) steps.push({ kind: 'patch', channel: variant.channel, fields });
    }
  }
  for (const channel of old.keys()) steps.push({ kind: 'remove', channel });
  return steps;
}

function sameOrder(before: readonly Variant[], after: readonly Variant[]): boolean {
  return before.length === after.length && before.every((variant, i) => variant.channel === after[i]?.channel);
}

/** Equal as stored: strings, numbers, null, lists of strings, and the principles' flags. */
function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((value, i) => value === b[i]);
  if (a && b && typeof a === 'object' && typeof b === 'object') {
    const keys = Object.keys(a);
    return keys.length === Object.keys(b).length && keys.every((key) => sameValue((a as never)[key], (b as never)[key]));
  }
  return false;
}

/** A patch applied to the item it was made for (or a later version of it); throws nothing itself. */
export function patched(item: Item, step: Patch): Item {
  let variants = [...item.variants];
  for (const change of step.variants) {
    if (change.kind === 'remove') variants = variants.filter((v) => v.channel !== change.channel);
    else if (change.kind === 'put') {
      const at = variants.findIndex((v) => v.channel === change.variant.channel);
      if (at >= 0) variants[at] = change.variant;
      else variants.push(change.variant);
    } else variants = variants.map((v) => (v.channel === change.channel ? { ...v, ...change.fields } : v));
  }
  if (step.order) variants = inOrder(variants, step.order);
  const { media, ...rest } = { ...item, ...step.fields, variants };
  // No images is no `media` key, as the commands leave it (the plan's files stay their size).
  return media && media.length > 0 ? { ...rest, media } : rest;
}

/** The variants in `order`; any the order does not name keep their place after those it does. */
function inOrder(variants: Variant[], order: readonly string[]): Variant[] {
  const rank = new Map(order.map((channel, i) => [channel, i]));
  const named = variants.filter((v) => rank.has(v.channel)).sort((a, b) => (rank.get(a.channel) ?? 0) - (rank.get(b.channel) ?? 0));
  return [...named, ...variants.filter((v) => !rank.has(v.channel))];
}

/** `first` then `second` as one step of the same item: what a merged undo step sends. */
export function composeSteps(first: ItemStep, second: ItemStep): ItemStep {
  if (second.kind !== 'patch') return second;
  if (first.kind === 'put') return { kind: 'put', item: patched(first.item, second) };
  if (first.kind === 'remove') return second;
  const variants = [...first.variants];
  for (const change of second.variants) {
    const channel = change.kind === 'put' ? change.variant.channel : change.channel;
    const at = variants.findIndex((v) => (v.kind === 'put' ? v.variant.channel : v.channel) === channel);
    const earlier = at >= 0 ? variants[at] : undefined;
    const merged = earlier ? composeVariantSteps(earlier, change) : change;
    if (at >= 0) variants.splice(at, 1);
    variants.push(merged);
  }
  const order = second.order ?? first.order;
  return { kind: 'patch', id: first.id, fields: { ...first.fields, ...second.fields }, variants, ...(order ? { order } : {}) };
}

function composeVariantSteps(first: VariantStep, second: VariantStep): VariantStep {
  if (second.kind !== 'patch') return second;
  if (first.kind === 'put') return { kind: 'put', variant: { ...first.variant, ...second.fields } };
  if (first.kind === 'remove') return second;
  return { kind: 'patch', channel: second.channel, fields: { ...first.fields, ...second.fields } };
}
