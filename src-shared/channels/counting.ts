// How long a text is, in each channel's own counting (DESIGN §1). Readers count graphemes;
// X counts weighted characters by its official rules, so we ask twitter-text, not a hand list.
// twitter-text ships CommonJS (`module.exports = {...}`) for Node and an ESM default export for
// bundlers; only the default import works in both, so every module here imports it that way.
import { rememberRecent } from './recent';
import twitter from 'twitter-text';
import type { ChannelId } from '../model';

export interface Range {
  start: number;
  end: number;
}

export interface Count {
  used: number;
  limit: number;
  over: boolean;
}

const segmenter = new Intl.Segmenter('sv', { granularity: 'grapheme' });

/** The text's graphemes with their UTF-16 offsets: what a reader sees as characters. */
export function graphemeSegments(text: string): Array<{ segment: string; index: number }> {
  return Array.from(segmenter.segment(text), ({ segment, index }) => ({ segment, index }));
}

/**
 * Characters that never join a neighbour into one grapheme (UAX #29): Latin, Latin-1 and Latin
 * Extended below the combining marks (U+0300), general punctuation without the invisible format
 * characters, € and the arrows; no CR (CR LF is one grapheme). Swedish text is almost always
 * made only of these, and then each UTF-16 unit is one grapheme: segmenting is about a hundred
 * times slower, and the checks count every variant of every item.
 */
// oxlint-disable-next-line no-control-regex -- control characters never join a neighbour, CR aside
const NEVER_JOINS = /^[\u0000-\u000C\u000E-\u02FF\u2010-\u2027\u2030-\u205E\u20AC\u2190-\u21FF]*$/;

/** The UTF-16 offsets where each grapheme starts; with the same fast path as `graphemeLength`. */
export function graphemeStarts(text: string): number[] {
  if (NEVER_JOINS.test(text)) return Array.from({ length: text.length }, (_, index) => index);
  return Array.from(segmenter.segment(text), ({ index }) => index);
}

/** User-perceived characters: a family emoji is 1, although it is 8 UTF-16 units. */
export function graphemeLength(text: string): number {
  if (NEVER_JOINS.test(text)) return text.length;
  let count = 0;
  for (const _ of segmenter.segment(text)) count += 1;
  return count;
}

/** X's weighted length (twitter-text v3 rules): a URL counts 23, emoji and CJK count 2. */
export function xWeightedLength(text: string): number {
  return twitter.parseTweet(text).weightedLength;
}

// Whole posts only: the thread split weighs many prefixes, which would push these out.
const recentXWeights = rememberRecent(32, xWeightedLength);

/** UTF-16 offsets where a URL (with or without scheme, as X detects it) starts and ends. */
export function urlRanges(text: string): Range[] {
  return twitter.extractUrlsWithIndices(text).map(({ indices: [start, end] }) => ({ start, end }));
}

/**
 * UTF-16 ranges of the graphemes that cost more than 1 on X (… • € → emoji, CJK), outside
 * URLs, adjacent ones merged, for highlighting in the editor. Each grapheme is weighed with
 * parseTweet itself, so the highlight always agrees with xWeightedLength, emoji included.
 */
export function xDoubleWeightRanges(text: string): Range[] {
  const urls = urlRanges(text);
  const weights = new Map<string, number>();
  const ranges: Range[] = [];
  for (const { segment, index } of graphemeSegments(text)) {
    if (/^\s+$/.test(segment) || urls.some((url) => index >= url.start && index < url.end)) continue;
    let weight = weights.get(segment);
    if (weight === undefined) {
      weight = xWeightedLength(segment);
      weights.set(segment, weight);
    }
    if (weight <= 1) continue;
    const end = index + segment.length;
    const last = ranges[ranges.length - 1];
    if (last && last.end === index) last.end = end;
    else ranges.push({ start: index, end });
  }
  return ranges;
}

/** The count shown against a channel's limit: X weighs, every other channel counts graphemes. */
export function countFor(channel: ChannelId, text: string, limit: number): Count {
  const used = channel === 'x' ? recentXWeights(text) : graphemeLength(text);
  return { used, limit, over: used > limit };
}
