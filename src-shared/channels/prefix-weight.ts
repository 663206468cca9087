// X's weighted length of every prefix of one text, without asking twitter-text to parse each
// prefix whole (issue #11: the thread split weighs dozens of prefixes per part, and each parse
// costs the prefix's length).
//
// Why it is exact: cut a text after a space or a newline that an ASCII letter or digit follows
// (one that NFC leaves alone), and twitter-text's parseTweet weighs it as the sum of the two
// sides. Nothing it counts as one unit holds a space or a newline: a URL (its domain excludes
// every space; its path, query and port allow none), an emoji sequence, a surrogate pair. A URL
// at the start of the right side is found as after the space: a letter or digit cannot be the
// character a URL needs before it, so the regex anchors at the start instead (any other
// character, "é" or a combining mark, is taken as that character at the start but as part of
// the URL after a space, and the weights differ). NFC does not reach across the cut: a space
// or newline composes with nothing, nor does the letter with anything below U+0300. So a text
// weighs the sum of its pieces, and the pieces (words, mostly) repeat within a text and between
// texts, so each is parsed once. tests/unit/prefix-weight.test.ts holds this equal to parseTweet
// on generated texts.
import twitter from 'twitter-text';
import { mayHoldUrl } from './urls';

/**
 * Where a piece ends: at a space or newline followed by an ASCII letter or digit that is not
 * followed by a combining mark or anything else from U+0300 up (NFC would make "e" + U+0301 "é").
 */
function endsPiece(text: string, at: number): boolean {
  const code = text.charCodeAt(at);
  if (code !== 0x20 && code !== 0x0a) return false;
  const next = text.charCodeAt(at + 1);
  const asciiLetterOrDigit = (next >= 0x30 && next <= 0x39) || (next >= 0x41 && next <= 0x5a) || (next >= 0x61 && next <= 0x7a);
  // charCodeAt past the end is NaN, and NaN > 0x2ff is false: the end of the text is fine.
  return asciiLetterOrDigit && !(text.charCodeAt(at + 2) > 0x2ff);
}

const MAX_REMEMBERED = 20_000;

const pieceWeights = new Map<string, number>();

function pieceWeight(piece: string): number {
  let weight = pieceWeights.get(piece);
  if (weight === undefined) {
    weight = twitter.parseTweet(piece).weightedLength;
    // Dropping all at once is cheap and rare: a long session weighs a few thousand words.
    if (pieceWeights.size >= MAX_REMEMBERED) pieceWeights.clear();
    pieceWeights.set(piece, weight);
  }
  return weight;
}

/**
 * Text X weighs one per UTF-16 unit: below U+0300 (twitter-text's weight-1 range reaches
 * U+10FF, and nothing below the combining marks changes under NFC) but © and ®, which X
 * counts as emoji. Most Swedish posts are only this.
 */
// oxlint-disable-next-line no-control-regex -- control characters weigh one too
const ONE_PER_UNIT = /^[\u0000-\u00A8\u00AA-\u00AD\u00AF-\u02FF]*$/;

/** X's weighted length of the whole text: the sum of its pieces' weights. */
export function xWeightOfPieces(text: string): number {
  if (ONE_PER_UNIT.test(text)) return weightOfOnePerUnit(text);
  let [total, start] = [0, 0];
  for (let at = 0; at < text.length; at += 1) {
    if (!endsPiece(text, at)) continue;
    total += pieceWeight(text.slice(start, at + 1));
    start = at + 1;
  }
  return start < text.length ? total + pieceWeight(text.slice(start)) : total;
}

interface Piece {
  start: number;
  end: number;
}

/**
 * The pieces of a one-per-unit text that may hold a URL, in order: those with a dot before a
 * name (urls.ts). The rest of such a text weighs its length, so only these are weighed piece by
 * piece; exact, as no URL reaches past its piece.
 */
function urlPieces(text: string): Piece[] {
  const pieces: Piece[] = [];
  if (!mayHoldUrl(text)) return pieces;
  let done = 0; // where the last piece found ends: a piece starts there
  for (const { index } of text.matchAll(/\.\S/g)) {
    if (index < done) continue; // in the piece just found
    let start = index;
    while (start > done && !endsPiece(text, start - 1)) start -= 1;
    let end = index + 1;
    while (end < text.length && !endsPiece(text, end - 1)) end += 1;
    pieces.push({ start, end });
    done = end;
  }
  return pieces;
}

/** What weighing the piece adds to its length: 23 for a URL, less its characters. */
function extraWeight(text: string, start: number, end: number): number {
  return pieceWeight(text.slice(start, end)) - (end - start);
}

function weightOfOnePerUnit(text: string): number {
  return urlPieces(text).reduce((total, { start, end }) => total + extraWeight(text, start, end), text.length);
}

function prefixWeightsOfOnePerUnit(text: string): (end: number) => number {
  const pieces = urlPieces(text);
  // extra[i]: what the pieces before the i-th add to the length.
  const extra = [0];
  for (const { start, end } of pieces) extra.push((extra.at(-1) as number) + extraWeight(text, start, end));
  return (end) => {
    // The first piece that does not end by `end`: whole pieces before it, and perhaps a part of it.
    let [low, high] = [0, pieces.length];
    while (low < high) {
      const middle = (low + high) >> 1;
      if ((pieces[middle] as Piece).end <= end) low = middle + 1;
      else high = middle;
    }
    const piece = pieces[low];
    const partial = piece !== undefined && piece.start < end ? extraWeight(text, piece.start, end) : 0;
    return end + (extra[low] as number) + partial;
  };
}

/** `weightOf(end)` is the weight of `text.slice(0, end)`, for any end from 0 to the text's length. */
export function prefixWeights(text: string): (end: number) => number {
  if (ONE_PER_UNIT.test(text)) return prefixWeightsOfOnePerUnit(text);
  // starts[i]: where the i-th piece starts; sums[i]: the weight of everything before it.
  const starts = [0];
  const sums = [0];
  let total = 0;
  for (let at = 0; at < text.length; at += 1) {
    if (!endsPiece(text, at)) continue;
    total += pieceWeight(text.slice(starts[starts.length - 1], at + 1));
    starts.push(at + 1);
    sums.push(total);
  }
  return (end) => {
    const piece = lastAtOrBefore(starts, end);
    const start = starts[piece] as number;
    return (sums[piece] as number) + (end > start ? pieceWeight(text.slice(start, end)) : 0);
  };
}

/** The index of the last value ≤ `at` in an ascending list that starts with 0. */
function lastAtOrBefore(sorted: number[], at: number): number {
  let [low, high] = [0, sorted.length - 1];
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if ((sorted[middle] as number) <= at) low = middle;
    else high = middle - 1;
  }
  return low;
}
