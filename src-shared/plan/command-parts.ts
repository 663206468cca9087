// The schemas of the parts commands are made of, apart from the union in commands.ts, so that the
// undo steps (steps.ts) can carry them and a command about many posts (a series' "Det här och
// följande") can carry one of them.
import { z } from 'zod';
import { MAX_CHANNELS, ChannelId, ClockTime, IsoDay, ItemId, Principles, Variant, ContentItem } from './model';
import { isLiveUrl } from '../publishing/live-post';

export const ItemPatch = z
  .strictObject({
    title: ContentItem.shape.title,
    notes: ContentItem.shape.notes,
    audiences: ContentItem.shape.audiences,
    tags: ContentItem.shape.tags,
    owner: ContentItem.shape.owner,
    principles: Principles,
  })
  .partial();

/**
 * The live post's address: empty, or an http(s) URL (the UI adds a missing "https://"). One rule
 * for every way an address comes in: marking a post published, an edit, an undo, an import.
 */
export const LiveUrl = Variant.shape.publishedUrl.refine((url) => url === '' || isLiveUrl(url), 'schemaRule.liveUrl');

export const VariantPatch = Variant.omit({ channel: true }).extend({ publishedUrl: LiveUrl }).partial();

/**
 * A whole item as it comes in from outside main's own commands (undo, redo, an import). Stored
 * items are read with the plain ContentItem, so a file written before this rule still opens.
 */
export const IncomingItem = ContentItem.extend({
  variants: z.array(Variant.extend({ publishedUrl: LiveUrl })).max(MAX_CHANNELS),
});

export const ItemUpdate = z.strictObject({ type: z.literal('item.update'), id: ItemId, patch: ItemPatch });
export const ItemSchedule = z.strictObject({
  type: z.literal('item.schedule'),
  id: ItemId,
  date: IsoDay,
  time: ClockTime.nullable().optional(),
});
export const VariantAdd = z.strictObject({ type: z.literal('variant.add'), id: ItemId, channel: ChannelId });
export const VariantUpdate = z.strictObject({ type: z.literal('variant.update'), id: ItemId, channel: ChannelId, patch: VariantPatch });
export const VariantRemove = z.strictObject({ type: z.literal('variant.remove'), id: ItemId, channel: ChannelId });
