// Splits a long X text into a numbered thread (DESIGN §1, §4). The numbering goes at the END
// of each part, after a space ("… 1/3"), so a reader sees the text first; every part,
// numbering included, stays within the limit in X's weighted counting.
import { graphemeStarts, urlRanges, type Range } from './counting';
import { prefixWeights } from './prefix-weight';
import { rememberRecent } from './recent';
import twitter from 'twitter-text';

type CutKind = 'paragraph' | 'sentence' | 'word' | 'grapheme';
const CUT_ORDER: readonly CutKind[] = ['paragraph', 'sentence', 'word', 'grapheme'];

/**
 * The places to end a part, in order: the part is text[0, at[i]) and the next part starts after
 * the gap. Two lists rather than an object per cut: a part of a long text has hundreds of cuts.
 */
interface Cuts {
  at: number[];
  kind: CutKind[];
}

/** Given a text, weighs its prefixes: `weigher(text)(end)` is the weight of text.slice(0, end). */
export type Weigher = (text: string) => (end: number) => number;

/** The plain way, twitter-text's parse of each whole prefix: what the tests hold `prefixWeights` to. */
export const parsePerPrefix: Weigher = (text) => (end) => twitter.parseTweet(text.slice(0, end)).weightedLength;

export function splitThread(text: string, limit = 280): string[] {
  // A copy: callers own the array they get.
  return [...recentSplitsAt(limit)(text)];
}

/**
 * The recent splits for each limit, keyed by the text itself: a key made of the limit and the
 * text was a new string of the whole text, hashed again, on every call.
 */
function recentSplitsAt(limit: number): (text: string) => string[] {
  let recent = SPLITS_BY_LIMIT.get(limit);
  if (recent === undefined) {
    recent = rememberRecent(16, (text) => computeSplit(text, limit, prefixWeights));
    SPLITS_BY_LIMIT.set(limit, recent);
  }
  return recent;
}

const SPLITS_BY_LIMIT = new Map<number, (text: string) => string[]>();

/** The split itself, uncached; `weigher` only decides how prefixes are weighed, never the answer. */
export function computeSplit(text: string, limit: number, weigher: Weigher): string[] {
  if (weigher(text)(text.length) <= limit) return [text];
  // Reserve room for the widest numbering of this many digits ("10/10"); a part's own
  // numbering is never wider. More digits mean less room, so try 1, 2, 3 … digits.
  for (let digits = 1; digits <= 6; digits += 1) {
    const budget = limit - numberingWeight(digits);
    if (budget <= 0) break;
    const parts = pack(text, budget, weigher);
    if (String(parts.length).length <= digits) {
      return parts.map((part, i) => `${part} ${i + 1}/${parts.length}`);
    }
  }
  return [text];
}

/** " 12/12": a space, two numbers and a slash, all weight 1. */
function numberingWeight(digits: number): number {
  return 2 + 2 * digits;
}

/** Greedy: each part takes as much of the rest as fits, ending at the strongest cut it can. */
function pack(text: string, budget: number, weigher: Weigher): string[] {
  const parts: string[] = [];
  let rest = text.trim();
  while (rest.length > 0) {
    const weightOf = weigher(rest);
    if (weightOf(rest.length) <= budget) {
      parts.push(rest);
      break;
    }
    const at = cutPoint(rest, budget, weightOf);
    parts.push(rest.slice(0, at).trimEnd());
    rest = rest.slice(at).trimStart();
  }
  return parts;
}

/**
 * Where to end the next part. Stronger cuts (paragraph, sentence) win, but only if the part
 * is at least half full: a short heading alone in a part would waste one, so then a weaker
 * cut further on is better. With no cut that fits (a budget shorter than the URL the text
 * starts with: a URL weighs 23 and is never cut) the part is that URL alone, the one part
 * that can exceed the limit, and the thread moves on after it.
 *
 * The cuts between words are tried first: one of them nearly always does, and a grapheme cut
 * only counts when none does, so the text is cut into graphemes only then.
 */
function cutPoint(text: string, budget: number, weightOf: (end: number) => number): number {
  const end = reach(text, budget, weightOf);
  // Found once for every list of cuts: twitter-text's URL pattern is the split's costliest step.
  const urls = urlRanges(text);
  const cuts = (upTo: number, kinds: readonly CutKind[]) => cutsOf(text, upTo, kinds, urls);
  return (
    chooseCut(text, budget, weightOf, cuts(end, ['paragraph', 'sentence', 'word']), true, cuts) ??
    chooseCut(text, budget, weightOf, cuts(end, CUT_ORDER), false, cuts) ??
    text.length
  );
}

/** The cut to end a part at, from `cuts`; with `strongOnly`, null unless a paragraph, sentence or word cut fills the part half. */
function chooseCut(
  text: string,
  budget: number,
  weightOf: (end: number) => number,
  cuts: Cuts,
  strongOnly: boolean,
  cutsUpTo: (end: number, kinds: readonly CutKind[]) => Cuts,
): number | null {
  const weight = (i: number): number => weightOf(text.slice(0, cuts.at[i]).trimEnd().length);
  const last = lastFitting(cuts.at.length, (i) => weight(i) <= budget);
  if (strongOnly && last < 0) return null;
  if (last < 0) return cuts.at[0] ?? cutsUpTo(text.length, CUT_ORDER).at[0] ?? null;
  for (const kind of CUT_ORDER) {
    let i = last; // the last fitting cut of this kind
    while (i >= 0 && cuts.kind[i] !== kind) i -= 1;
    // Checked again: the binary search assumes weight grows with length, which URLs bend.
    if (i >= 0 && weight(i) <= budget && weight(i) * 2 >= budget) return cuts.at[i] as number;
  }
  return strongOnly ? null : (cuts.at[last] as number);
}

/**
 * Gallops (cut 0, 1, 3, 7 …) past the end of what fits, then bisects: a few dozen prefixes
 * weighed per part, and none much longer than twice a part, however long the text.
 */
function lastFitting(count: number, fits: (i: number) => boolean): number {
  let [found, probe] = [-1, 0];
  while (probe < count && fits(probe)) [found, probe] = [probe, probe * 2 + 1];
  let [low, high] = [found + 1, Math.min(probe, count) - 1];
  while (low <= high) {
    const middle = (low + high) >> 1;
    if (fits(middle)) [found, low] = [middle, middle + 1];
    else high = middle - 1;
  }
  return found;
}

/**
 * How far into the text the next part can reach: a prefix that already weighs more than the
 * budget, found by doubling. Segmenting graphemes (Intl.Segmenter) is the slow step, so only
 * this stretch is segmented, not the whole rest of a long text for every part.
 */
function reach(text: string, budget: number, weightOf: (end: number) => number): number {
  let end = Math.min(text.length, budget * 2);
  while (end < text.length && weightOf(end) <= budget) end = Math.min(text.length, end * 2);
  return end;
}

/** One emoji as a reader sees it: flags, skin tones, variation selectors and ZWJ sequences whole. */
const EMOJI = String.raw`(?:\p{Regional_Indicator}{2}|\p{Extended_Pictographic}(?:\p{Emoji_Modifier}|\uFE0F|\u20E3)*(?:\u200D\p{Extended_Pictographic}(?:\p{Emoji_Modifier}|\uFE0F)*)*)`;
/**
 * A sentence's end: its punctuation, closing quotes or brackets, and the emoji that close it
 * ("Det är inte rimligt! 🎉"), which belong to that sentence and not to the next part.
 */
const SENTENCE_END = new RegExp(String.raw`[.!?…]+["'”’)\]]*(?:[^\S\n]*${EMOJI})*(?=\s)`, 'gu');

/**
 * Every allowed cut before `end`, in order, none inside a URL or a grapheme; where cuts of
 * several kinds fall at one place, the stronger comes first.
 */
function cutsOf(text: string, end: number, kinds: readonly CutKind[], urls: readonly Range[]): Cuts {
  const allowed = (at: number): boolean => at > 0 && at < end && !urls.some((url: Range) => at > url.start && at < url.end);
  const placesOf: Record<CutKind, () => number[]> = {
    paragraph: () => (text.includes('\n') ? matchCuts(text, end, /\n[^\S\n]*\n/g, 'start') : []),
    sentence: () => matchCuts(text, end, SENTENCE_END, 'end'),
    word: () => wordCuts(text, end),
    // Boundaries before `end` do not depend on what follows it, so the stretch is enough.
    grapheme: () => graphemeStarts(text.slice(0, end)),
  };
  // A merge of the ordered lists, place by place, the stronger kinds first at one place.
  const lists = kinds.map((kind) => ({ list: placesOf[kind](), kind, next: 0 }));
  const cuts: Cuts = { at: [], kind: [] };
  for (;;) {
    let at = Infinity;
    for (const { list, next } of lists) at = Math.min(at, list[next] ?? Infinity);
    if (at === Infinity) return cuts;
    const ok = allowed(at);
    for (const list of lists) {
      if (list.list[list.next] !== at) continue;
      list.next += 1;
      if (ok) {
        cuts.at.push(at);
        cuts.kind.push(list.kind);
      }
    }
  }
}

/**
 * Where each run of white space (JavaScript's `\s`) starts before `end`: the cuts between words.
 * A loop over the characters: a match object per word was the split's costliest allocation.
 */
export function wordCuts(text: string, end: number): number[] {
  const cuts: number[] = [];
  let inSpace = false;
  for (let i = 0; i < Math.min(end, text.length); i += 1) {
    const space = isWhiteSpace(text.charCodeAt(i));
    if (space && !inSpace) cuts.push(i);
    inSpace = space;
  }
  return cuts;
}

/** `\s` for one UTF-16 unit: ASCII's six by their codes, the rest (no-break, ideographic …) by the pattern. */
function isWhiteSpace(code: number): boolean {
  if (code < 0x80) return code === 0x20 || (code >= 0x09 && code <= 0x0d);
  return code >= 0xa0 && WHITE_SPACE.test(String.fromCharCode(code));
}

const WHITE_SPACE = /\s/;

/** Where the matches cut, in order; none from a match that starts at `end` or later, since its cut is not before `end`. */
function matchCuts(text: string, end: number, pattern: RegExp, side: 'start' | 'end'): number[] {
  const cuts: number[] = [];
  for (const m of text.matchAll(pattern)) {
    if (m.index >= end) break;
    cuts.push(side === 'start' ? m.index : m.index + m[0].length);
  }
  return cuts;
}
