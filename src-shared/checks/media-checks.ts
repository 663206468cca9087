// The checks of a post's images (issue 18 item 4), each channel against its row of MEDIA_RULES:
// Instagram without an image, an image without alt text, more images than the channel takes, a
// file too large to upload, a shape it crops, a carousel slide cropped to the first slide's
// frame, an image it scales up.
import { message } from '../ipc/errors';
import type { Message } from '../i18n/messages';
import type { ChannelId, ContentItem, MediaRef, Settings, Variant } from '../plan/model';
import { mediaFor } from '../media/for-channel';
import { mediaRulesFor, shownAspectOf, type MediaRules } from '../media/rules';
import { channelSettings } from '../settings/policy';

export type MediaRule =
  | 'instagram-media'
  | 'media-alt-text'
  | 'media-too-many'
  | 'media-too-large'
  | 'media-aspect'
  | 'media-carousel-crop'
  | 'media-narrow';

export interface MediaFinding {
  rule: MediaRule;
  severity: 'error' | 'warning' | 'info';
  channel: ChannelId | null;
  message: Message;
  /** No image finding has a fix: which image to use, or how to crop it, is the officer's call. */
  fix: null;
}

const MB = 1024 * 1024;
const round2 = (value: number) => Math.round(value * 100) / 100;

/** Each image without alt text, once, whichever channels it goes to. */
export function altTextFindings(item: ContentItem): MediaFinding[] {
  return (item.media ?? []).flatMap((ref, index) =>
    ref.altText.trim() === ''
      ? [
          {
            rule: 'media-alt-text' as const,
            severity: 'warning' as const,
            channel: null,
            message: message('mediaFindings.noAltText', { number: index + 1 }),
            fix: null,
          },
        ]
      : [],
  );
}

/** The findings of one channel's images; `[]` for a channel with no images and no rule needing one. */
export function channelMediaFindings(item: ContentItem, variant: Variant, settings: Settings): MediaFinding[] {
  const channel = variant.channel;
  const refs = mediaFor(item, channel);
  if (refs.length === 0) {
    if (channel !== 'instagram') return [];
    // A media note says which image is meant: then it only remains to attach it.
    return variant.mediaNote.trim() === ''
      ? [{ rule: 'instagram-media', severity: 'warning', channel, message: message('mediaFindings.instagramNoImage'), fix: null }]
      : [{ rule: 'instagram-media', severity: 'info', channel, message: message('mediaFindings.instagramNoteOnly'), fix: null }];
  }
  const label = channelSettings(settings, channel).label;
  const rules = mediaRulesFor(channel);
  const found: MediaFinding[] = [];
  const add = (rule: MediaRule, severity: MediaFinding['severity'], key: string, values: Record<string, number>) =>
    found.push({ rule, severity, channel, message: message(`mediaFindings.${key}`, { channel: label, ...values }), fix: null });
  if (refs.length > rules.maxCount) add('media-too-many', 'error', 'tooMany', { max: rules.maxCount, count: refs.length });
  const all = item.media ?? [];
  for (const ref of refs) {
    const number = all.indexOf(ref) + 1;
    for (const [rule, severity, key, values] of refFindings(ref, rules)) add(rule, severity, key, { number, ...values });
  }
  if (rules.carouselInFirstFrame) {
    for (const [ref, values] of carouselCrops(refs, channel))
      add('media-carousel-crop', 'warning', 'carouselCrop', { number: all.indexOf(ref) + 1, ...values });
  }
  return found;
}

/** Share of the frame a slide may differ by before its crop shows (a few pixels of rounding do not). */
const CAROUSEL_TOLERANCE = 0.02;

/** The later slides whose own shape differs from the frame the first slide gives the carousel. */
function carouselCrops(refs: readonly MediaRef[], channel: ChannelId): Array<[MediaRef, Record<string, number>]> {
  const [first, ...later] = refs;
  if (!first || first.width === null || first.height === null) return [];
  const frame = shownAspectOf(channel, first.width, first.height);
  return later.flatMap((ref): Array<[MediaRef, Record<string, number>]> => {
    if (ref.width === null || ref.height === null) return [];
    const ratio = ref.width / ref.height;
    return Math.abs(ratio - frame) / frame > CAROUSEL_TOLERANCE ? [[ref, { ratio: round2(ratio), frame: round2(frame) }]] : [];
  });
}

type RefFinding = [MediaRule, MediaFinding['severity'], string, Record<string, number>];

function refFindings(ref: MediaRef, rules: MediaRules): RefFinding[] {
  const found: RefFinding[] = [];
  const max = ref.type === 'image/gif' ? rules.maxGifBytes : rules.maxImageBytes;
  if (!ref.type.startsWith('video/') && ref.bytes > max) {
    found.push(['media-too-large', 'error', 'tooLarge', { size: round2(ref.bytes / MB), max: max / MB }]);
  }
  if (ref.width === null || ref.height === null) return found;
  const ratio = ref.width / ref.height;
  if (ratio < rules.minAspect || ratio > rules.maxAspect) {
    found.push([
      'media-aspect',
      'warning',
      'aspect',
      { ratio: round2(ratio), min: round2(rules.minAspect), max: round2(rules.maxAspect) },
    ]);
  }
  if (ref.width < rules.minWidth) found.push(['media-narrow', 'info', 'tooNarrow', { width: ref.width, min: rules.minWidth }]);
  return found;
}
