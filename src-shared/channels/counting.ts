// How long a text is, in each channel's own counting (DESIGN §1). Readers count graphemes;
// X counts weighted characters by its official rules, so we ask twitter-text, not a hand list.
import { xWeightOfPieces } from './prefix-weight';
import { rememberRecent } from './recent';
import { extractUrlsWithIndices } from './urls';
import type { ChannelId } from '../plan/model';

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

/** One UTF-16 unit of NEVER_JOINS's set. */
function joinsNothing(code: number): boolean {
  return (
    (code <= 0x02ff && code !== 0x0d) ||
    (code >= 0x2010 && code <= 0x2027) ||
    (code >= 0x2030 && code <= 0x205e) ||
    code === 0x20ac ||
    (code >= 0x2190 && code <= 0x21ff)
  );
}

/** Whether each UTF-16 unit of the text is a grapheme of its own (NEVER_JOINS). */
export function joinsNoNeighbour(text: string): boolean {
  return NEVER_JOINS.test(text);
}

/**
 * The UTF-16 offsets where each grapheme starts; with the same fast path as `graphemeLength`.
 * A text with an emoji or a combining mark is segmented only around them: between two
 * characters of NEVER_JOINS's set a grapheme always ends (no rule of UAX #29 joins that pair,
 * and the rules that look back, emoji ZWJ sequences and flags, never look past such a pair).
 */
export function graphemeStarts(text: string): number[] {
  const starts: number[] = [];
  if (NEVER_JOINS.test(text)) {
    for (let index = 0; index < text.length; index += 1) starts.push(index);
    return starts;
  }
  let from = 0;
  for (let at = 1; at <= text.length; at += 1) {
    if (at < text.length && !(joinsNothing(text.charCodeAt(at - 1)) && joinsNothing(text.charCodeAt(at)))) continue;
    if (at - from === 1) starts.push(from);
    else for (const { index } of segmenter.segment(text.slice(from, at))) starts.push(from + index);
    from = at;
  }
  return starts;
}

/** User-perceived characters: a family emoji is 1, although it is 8 UTF-16 units. */
export function graphemeLength(text: string): number {
  if (NEVER_JOINS.test(text)) return text.length;
  let count = 0;
  for (const _ of segmenter.segment(text)) count += 1;
  return count;
}

/**
 * X's weighted length (twitter-text v3 rules): a URL counts 23, emoji and CJK count 2. Weighed
 * word by word, each word once (prefix-weight.ts says why that equals parsing the whole text).
 */
export function xWeightedLength(text: string): number {
  return xWeightOfPieces(text);
}

// Whole posts only: the thread split weighs many prefixes, which would push these out.
const recentXWeights = rememberRecent(32, xWeightedLength);

/** UTF-16 offsets where a URL (with or without scheme, as X detects it) starts and ends. */
export function urlRanges(text: string): Range[] {
  return extractUrlsWithIndices(text).map(({ indices: [start, end] }) => ({ start, end }));
}

/**
 * UTF-16 ranges of the graphemes that cost more than 1 on X (… • € → emoji, CJK), outside
 * URLs, adjacent ones merged, for highlighting in the editor. Each grapheme is weighed with
 * xWeightedLength itself, so the highlight always agrees with the count, emoji included.
 */
export function xDoubleWeightRanges(text: string): Range[] {
  const urls = urlRanges(text);
  const ranges: Range[] = [];
  const starts = graphemeStarts(text);
  for (const [i, index] of starts.entries()) {
    const segment = text.slice(index, starts[i + 1] ?? text.length);
    if (/^\s+$/.test(segment) || urls.some((url) => index >= url.start && index < url.end)) continue;
    if (xWeightedLength(segment) <= 1) continue;
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
