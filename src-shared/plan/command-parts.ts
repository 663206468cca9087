// The schemas of the parts commands are made of, apart from the union in commands.ts, so that
// the undo steps (steps.ts) can carry them without importing every command.
import { z } from 'zod';
import { MAX_CHANNELS, Principles, Variant, ContentItem } from './model';
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
