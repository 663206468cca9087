// The commands on a post's images: attach (after main stored the file), alt text and channels,
// order, and removal. Removing only drops the reference: files are immutable and an undo brings
// the reference back, so no command ever deletes a file (issue 18 item 2).
import { z } from 'zod';
import { ChannelId, ItemId, MAX_CHANNELS, MAX_MEDIA_PER_ITEM, MediaRef, TEXT_LIMITS, type ContentItem } from '../plan/model';
import { DomainError, message } from '../ipc/errors';

export const MediaCommand = [
  /** Appends images main has stored (`media:attach`); their ids are new on the post. */
  z.strictObject({ type: z.literal('media.add'), id: ItemId, media: z.array(MediaRef).min(1).max(MAX_MEDIA_PER_ITEM) }),
  z.strictObject({
    type: z.literal('media.update'),
    id: ItemId,
    mediaId: ItemId,
    patch: z
      .strictObject({
        altText: z.string().max(TEXT_LIMITS.altText),
        channels: z.array(ChannelId).max(MAX_CHANNELS).nullable(),
      })
      .partial(),
  }),
  /** To `index` in the post's list (keyboard or drag). */
  z.strictObject({ type: z.literal('media.move'), id: ItemId, mediaId: ItemId, index: z.number().int().min(0) }),
  z.strictObject({ type: z.literal('media.remove'), id: ItemId, mediaId: ItemId }),
] as const;
export type MediaCommand = z.infer<(typeof MediaCommand)[number]>;

export function mediaOf(item: ContentItem): readonly MediaRef[] {
  return item.media ?? [];
}

/** The post with the command applied; throws a DomainError for an image it does not have. */
export function applyMediaCommand(item: ContentItem, command: MediaCommand): ContentItem {
  const media = mediaOf(item);
  switch (command.type) {
    case 'media.add': {
      const taken = new Set(media.map((ref) => ref.id));
      if (command.media.some((ref) => taken.has(ref.id))) throw refused('media.refused.duplicateId');
      const next = [...media, ...command.media];
      if (next.length > MAX_MEDIA_PER_ITEM) throw refused('media.refused.tooMany', { max: MAX_MEDIA_PER_ITEM });
      return withMedia(item, next);
    }
    case 'media.update':
      refOf(media, command.mediaId);
      return withMedia(
        item,
        media.map((ref) => (ref.id === command.mediaId ? { ...ref, ...command.patch } : ref)),
      );
    case 'media.move': {
      const ref = refOf(media, command.mediaId);
      const others = media.filter((other) => other !== ref);
      const index = Math.min(command.index, others.length);
      return withMedia(item, [...others.slice(0, index), ref, ...others.slice(index)]);
    }
    case 'media.remove':
      refOf(media, command.mediaId);
      return withMedia(
        item,
        media.filter((ref) => ref.id !== command.mediaId),
      );
  }
}

/** A post with no images has no `media` key: the stored file stays as it was before images. */
function withMedia(item: ContentItem, media: MediaRef[]): ContentItem {
  const { media: _old, ...rest } = item;
  return media.length === 0 ? rest : { ...rest, media };
}

function refOf(media: readonly MediaRef[], id: string): MediaRef {
  const ref = media.find((candidate) => candidate.id === id);
  if (!ref) throw refused('media.refused.notFound');
  return ref;
}

function refused(key: string, values?: Record<string, number>): DomainError {
  return new DomainError('invalid-input', message(key, values));
}
