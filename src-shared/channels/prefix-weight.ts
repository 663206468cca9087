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

/**
 * Where a piece ends: at a space or newline followed by an ASCII letter or digit that is not
 * followed by a combining mark or anything else from U+0300 up (NFC would make "e" + U+0301 "é").
 */
function endsPiece(text: string, at: number): boolean {
  const code = text.charCodeAt(at);
  return (code === 0x20 || code === 0x0a) && /^[A-Za-z0-9](?:[\0-\u02FF]|$)/.test(text.slice(at + 1, at + 3));
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

/** X's weighted length of the whole text: the sum of its pieces' weights. */
export function xWeightOfPieces(text: string): number {
  let [total, start] = [0, 0];
  for (let at = 0; at < text.length; at += 1) {
    if (!endsPiece(text, at)) continue;
    total += pieceWeight(text.slice(start, at + 1));
    start = at + 1;
  }
  return start < text.length ? total + pieceWeight(text.slice(start)) : total;
}

/** `weightOf(end)` is the weight of `text.slice(0, end)`, for any end from 0 to the text's length. */
export function prefixWeights(text: string): (end: number) => number {
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
