// Small pictures in the board's document (issue 18 item 5): each post's first images as data:
// URIs made by main (160 px, JPEG), so the saved HTML stays one self-contained file that opens
// anywhere and loads nothing. The bounds here keep it of reasonable size however many images
// the period holds: a few per post, a few hundred in all, and a cap on each one's bytes.
import type { Plan } from '../plan/model';
import { boardPosts } from './posts';
import type { Period } from './period';

/** The longest side of a board thumbnail, in CSS pixels. */
export const BOARD_THUMBNAIL_SIZE = 160;
/** Shown per post; more are counted ("+2"). */
export const BOARD_THUMBNAILS_PER_POST = 4;
/** Shown in one document; later posts show the count only. */
export const MAX_BOARD_THUMBNAILS = 200;
/** The most characters one data: URI may have (a 160 px JPEG is 3 to 15 kB as base64). */
export const MAX_BOARD_THUMBNAIL_CHARS = 24_000;

const DATA_URI = /^data:image\/(?:jpeg|webp);base64,[A-Za-z0-9+/]+={0,2}$/;

/** The board's data: URIs, by media file name; anything else main could send is left out. */
export type BoardThumbnails = ReadonlyMap<string, string>;

export function isBoardThumbnail(uri: string): boolean {
  return uri.length <= MAX_BOARD_THUMBNAIL_CHARS && DATA_URI.test(uri);
}

/** The image files the board's document for `period` shows, in its order, each once. */
export function boardThumbnailFiles(plan: Plan, period: Period): string[] {
  const files = new Set<string>();
  for (const post of boardPosts(plan.items, period, plan.settings)) {
    for (const ref of shownImages(post.item.media ?? [])) {
      if (files.size >= MAX_BOARD_THUMBNAILS) return [...files];
      files.add(ref.file);
    }
  }
  return [...files];
}

/** A post's images the board shows: pictures only (a video has no thumbnail), the first few. */
export function shownImages<T extends { type: string }>(media: readonly T[]): T[] {
  return media.filter((ref) => ref.type.startsWith('image/')).slice(0, BOARD_THUMBNAILS_PER_POST);
}
