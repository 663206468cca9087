// Which images go to which channel: an image with no channel list goes to every channel of its
// post that carries media; one with a list only to those. The checks, the previews and the
// package all ask here, so they never disagree.
import { carriesMedia } from '../channels/media';
import type { ChannelId, ContentItem, MediaRef } from '../plan/model';

/** The post's channels that can carry an image, in the post's order. */
export function mediaChannelsOf(item: ContentItem): ChannelId[] {
  return item.variants.map((variant) => variant.channel).filter(carriesMedia);
}

export function goesTo(ref: MediaRef, channel: ChannelId): boolean {
  return carriesMedia(channel) && (ref.channels === null || ref.channels.includes(channel));
}

/** The post's images for `channel`, in order. */
export function mediaFor(item: ContentItem, channel: ChannelId): MediaRef[] {
  return (item.media ?? []).filter((ref) => goesTo(ref, channel));
}

/** The channel list after turning `channel` on or off for `ref`: null again once it has them all. */
export function toggledChannels(item: ContentItem, ref: MediaRef, channel: ChannelId, on: boolean): ChannelId[] | null {
  const all = mediaChannelsOf(item);
  const current = all.filter((id) => goesTo(ref, id));
  const next = on ? [...new Set([...current, channel])] : current.filter((id) => id !== channel);
  return all.every((id) => next.includes(id)) ? null : all.filter((id) => next.includes(id));
}

export function isVideo(ref: Pick<MediaRef, 'type'>): boolean {
  return ref.type.startsWith('video/');
}

/** The thumbnail's name beside the file in media/ (made when the image was attached). */
export function thumbnailOf(ref: Pick<MediaRef, 'file'>): string {
  return ref.file.replace(/\.[a-z0-9]+$/, '.thumb.webp');
}
