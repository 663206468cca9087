// Hashtags and links as the platforms see them: twitter-text's extractors are the reference
// parsers we already ship (a hashtag after a letter or a URL without scheme is not what it seems).
import twitter from 'twitter-text';
import { extractUrls } from './urls';

/**
 * The distinct hashtags of a post, without '#': those written in the text first, then the
 * variant's hashtag field. Platforms treat #SSCO and #ssco as one tag, so the first spelling wins.
 */
export function hashtagsOf(text: string, extra: readonly string[]): string[] {
  const seen = new Set<string>();
  const tags: string[] = [];
  for (const tag of [...twitter.extractHashtags(text), ...extra.map(normaliseHashtag)]) {
    const key = tag.toLocaleLowerCase('sv');
    if (tag === '' || seen.has(key)) continue;
    seen.add(key);
    tags.push(tag);
  }
  return tags;
}

/** The field's hashtags that the text does not already have, to append after it. */
export function missingHashtags(text: string, extra: readonly string[]): string[] {
  if (extra.length === 0) return [];
  const inText = new Set(twitter.extractHashtags(text).map((tag) => tag.toLocaleLowerCase('sv')));
  return hashtagsOf('', extra).filter((tag) => !inText.has(tag.toLocaleLowerCase('sv')));
}

/** "#Kårval " and "Kårval" are the same tag in the hashtag field. */
export function normaliseHashtag(tag: string): string {
  return tag
    .trim()
    .replace(/^[#＃]+/, '')
    .trim();
}

/** Whether the text holds a link, also one without a scheme ("ssco.se/val"), as X detects it. */
export function containsLink(text: string): boolean {
  return extractUrls(text).length > 0;
}
