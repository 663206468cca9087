// URLs as X finds them (twitter-text's extractor, which also finds "ssco.se/val" without a
// scheme). Its pattern is the checks' costliest step, so a text that cannot hold a URL skips it:
// every URL twitter-text extracts has a top-level domain right after a dot ("ssco.se",
// "例子.中国"), so a text with no dot followed by something other than a space has none. A text
// with one ("t.ex.", "ssco.se") still goes through the extractor, which decides.
// twitter-text ships CommonJS (`module.exports = {...}`) for Node and an ESM default export for
// bundlers; only the default import works in both, so every module here imports it that way.
import twitter from 'twitter-text';
import { rememberRecent } from './recent';

const DOT_BEFORE_NAME = /\.\S/;

/** False when the text surely holds no URL; true when twitter-text has to be asked. */
export function mayHoldUrl(text: string): boolean {
  return DOT_BEFORE_NAME.test(text);
}

export type FoundUrl = Readonly<{ url: string; indices: readonly [number, number] }>;

export function extractUrls(text: string): string[] {
  return extractUrlsWithIndices(text).map((found) => found.url);
}

/**
 * The URLs and where each is, as twitter-text finds them (its extractUrls is this, without the
 * places). A post's text is asked several times in a row (its link, its weight, its thread's
 * cuts), so the last few answers are kept; callers get them read-only.
 */
export function extractUrlsWithIndices(text: string): readonly FoundUrl[] {
  return mayHoldUrl(text) ? recentUrls(text) : NONE;
}

const recentUrls = rememberRecent<readonly FoundUrl[]>(8, (text) => twitter.extractUrlsWithIndices(text));
const NONE: readonly FoundUrl[] = Object.freeze([]);
