// Which channels carry an image or a video with the post, and so need a media note and alt text
// (the editor shows the fields; the export's LÄS-MIG lists them).
import type { ChannelId } from '../plan/model';

/**
 * Every channel but the website: its page has its own images in the Markdown. A channel added
 * later (ids are free strings then) is a social network, and those carry media.
 */
export function carriesMedia(channel: ChannelId): boolean {
  return channel !== 'website';
}
