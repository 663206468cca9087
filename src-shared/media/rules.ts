// Each network's media rules in one table (issue 18 item 4), with where each number comes from
// and when it was read. Networks change these without notice: update the row and its date
// together. The checks, the previews' crops and the README's table all read this one table.
import type { ChannelId } from '../plan/model';

export interface MediaRules {
  /** The most images (or videos) one post takes. */
  maxCount: number;
  /** The largest image file the network takes for upload, in bytes (GIF separately where it differs). */
  maxImageBytes: number;
  maxGifBytes: number;
  /** Width ÷ height the feed shows uncropped; outside it, the network crops (or letterboxes). */
  minAspect: number;
  maxAspect: number;
  /** The narrowest image the network shows without scaling it up. */
  minWidth: number;
  /**
   * The frame a single image gets in the feed, width ÷ height: the image's own shape kept within
   * these bounds, and cropped (centred) beyond them. X shows every single image at 16:9.
   */
  shownAspect: { min: number; max: number };
  /** Whether a post's later images are shown in the first one's frame (a carousel), cropped to it. */
  carouselInFirstFrame: boolean;
  sources: readonly string[];
  /** The day the numbers above were read at `source`. */
  checked: string;
}

const MB = 1024 * 1024;

export const MEDIA_RULES: ReadonlyMap<ChannelId, MediaRules> = new Map<ChannelId, MediaRules>([
  [
    'instagram',
    {
      // Carousels took 10 until August 2024 and take 20 since.
      maxCount: 20,
      maxImageBytes: 8 * MB,
      maxGifBytes: 8 * MB,
      minAspect: 4 / 5,
      maxAspect: 1.91,
      minWidth: 320,
      shownAspect: { min: 4 / 5, max: 1.91 },
      // Every slide of a carousel takes the first slide's shape; the others are cropped to it.
      carouselInFirstFrame: true,
      // The image specifications (8 MB, 4:5 to 1.91:1, 320 px) and the carousel's 20 items.
      sources: ['https://developers.facebook.com/docs/instagram-platform/content-publishing', 'https://help.instagram.com/1631821640426723'],
      checked: '2026-12-02',
    },
  ],
  [
    'x',
    {
      maxCount: 4,
      maxImageBytes: 5 * MB,
      maxGifBytes: 15 * MB,
      minAspect: 0,
      maxAspect: Number.POSITIVE_INFINITY,
      minWidth: 0,
      // A single image shows as 16:9 in the timeline; the whole image opens on a click.
      shownAspect: { min: 16 / 9, max: 16 / 9 },
      carouselInFirstFrame: false,
      // Image 5 MB and GIF 15 MB; up to 4 photos a post.
      sources: ['https://docs.x.com/x-api/media', 'https://docs.x.com/x-api/media/quickstart/best-practices'],
      checked: '2026-12-02',
    },
  ],
  [
    'facebook',
    {
      maxCount: 10,
      maxImageBytes: 10 * MB,
      maxGifBytes: 10 * MB,
      minAspect: 0,
      maxAspect: Number.POSITIVE_INFINITY,
      minWidth: 0,
      // Portrait images up to 4:5 show whole in the feed; taller ones are cropped to 4:5.
      shownAspect: { min: 4 / 5, max: 1.91 },
      carouselInFirstFrame: false,
      // A publishing service's guidelines, not Meta's own page, which gives no single number.
      sources: ['https://www.ayrshare.com/docs/media-guidelines/facebook'],
      checked: '2026-12-02',
    },
  ],
  [
    'linkedin',
    {
      maxCount: 20,
      maxImageBytes: 5 * MB,
      maxGifBytes: 5 * MB,
      minAspect: 0,
      maxAspect: Number.POSITIVE_INFINITY,
      minWidth: 0,
      // As Facebook: portrait to 4:5, landscape to 1.91:1.
      shownAspect: { min: 4 / 5, max: 1.91 },
      carouselInFirstFrame: false,
      // A publishing service's guidelines, not LinkedIn's own page.
      sources: ['https://www.ayrshare.com/docs/media-guidelines/linkedin'],
      checked: '2026-12-02',
    },
  ],
]);

/** A channel with no row (a custom one, a newsletter): no count, size or shape is assumed. */
const UNKNOWN: MediaRules = {
  maxCount: Number.POSITIVE_INFINITY,
  maxImageBytes: Number.POSITIVE_INFINITY,
  maxGifBytes: Number.POSITIVE_INFINITY,
  minAspect: 0,
  maxAspect: Number.POSITIVE_INFINITY,
  minWidth: 0,
  shownAspect: { min: 0, max: Number.POSITIVE_INFINITY },
  carouselInFirstFrame: false,
  sources: [],
  checked: '',
};

export function mediaRulesFor(channel: ChannelId): MediaRules {
  return MEDIA_RULES.get(channel) ?? UNKNOWN;
}

/** The largest file Kanalplan stores at all: a phone's video fits, a 200 MB file does not. */
export const MAX_MEDIA_BYTES = 100 * MB;
/**
 * The most pixels an image may declare: a 100-megapixel camera fits; a decompression bomb (a small
 * PNG that says 100,000 × 100,000) is refused from its header, before a pixel is decoded.
 */
export const MAX_MEDIA_PIXELS = 120_000_000;

/** The frame the feed gives an image of `width` × `height` on `channel` (width ÷ height). */
export function shownAspectOf(channel: ChannelId, width: number, height: number): number {
  const { min, max } = mediaRulesFor(channel).shownAspect;
  return Math.min(max, Math.max(min, width / height));
}
