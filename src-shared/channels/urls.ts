// URLs as X finds them (twitter-text's extractor, which also finds "ssco.se/val" without a
// scheme). Its pattern is the checks' costliest step, so a text that cannot hold a URL skips it:
// every URL twitter-text extracts has a top-level domain right after a dot ("ssco.se",
// "例子.中国"), so a text with no dot followed by something other than a space has none. A text
// with one ("t.ex.", "ssco.se") still goes through the extractor, which decides.
// twitter-text ships CommonJS (`module.exports = {...}`) for Node and an ESM default export for
// bundlers; only the default import works in both, so every module here imports it that way.
import twitter from 'twitter-text';

const DOT_BEFORE_NAME = /\.\S/;

/** False when the text surely holds no URL; true when twitter-text has to be asked. */
export function mayHoldUrl(text: string): boolean {
  return DOT_BEFORE_NAME.test(text);
}

export function extractUrls(text: string): string[] {
  return mayHoldUrl(text) ? twitter.extractUrls(text) : [];
}

export function extractUrlsWithIndices(text: string): Array<{ url: string; indices: [number, number] }> {
  return mayHoldUrl(text) ? twitter.extractUrlsWithIndices(text) : [];
}
