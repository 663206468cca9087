// The website is the hub other channels link to (DESIGN §1): an item's website variant gives
// it a URL, and the other variants link there unless they name a link of their own.
import { rememberRecent } from './recent';
import { extractUrls } from './urls';
import type { ContentItem, Settings, Variant } from '../plan/model';

const MAX_SLUG = 80;
/** Letters NFD does not take apart; the rest (å ä ö é ü …) lose their marks below. */
const LIGATURES: Readonly<Record<string, string>> = { æ: 'ae', ø: 'o', ß: 'ss', œ: 'oe', ł: 'l', đ: 'd' };
// oxlint-disable-next-line no-control-regex -- every ASCII character, control characters included
const ASCII_OR_SWEDISH = /^[\u0000-\u007fåäöé]*$/;

/**
 * "Öppet hus på Campus Valla!" → "oppet-hus-pa-campus-valla". The checks ask for each variant of
 * every post, so the last few titles are remembered, and plain lower case is used: Swedish has no
 * casing of its own (only Turkish, Azeri and Lithuanian do), and the locale-aware call cost the
 * checks of a 10,000-post plan about 400 ms.
 */
export const slugify = rememberRecent(64, (title: string): string => {
  const lower = title.toLowerCase();
  const plain = ASCII_OR_SWEDISH.test(lower)
    ? // What NFD and dropping the marks make of the Swedish letters, without the cost of either.
      lower.replace(/[åä]/g, 'a').replace(/ö/g, 'o').replace(/é/g, 'e')
    : lower
        .normalize('NFD')
        .replace(/\p{M}/gu, '')
        .replace(/[æøßœłđ]/g, (letter) => LIGATURES[letter] ?? letter);
  const dashed = plain.replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
  return dashed.slice(0, MAX_SLUG).replace(/-+$/, '');
});

/**
 * The item's page on the website, or null when it has none: no website variant, nothing to
 * make a slug from, or no base URL in Settings (a bare "/slug" is no link to share).
 */
export function hubUrl(item: ContentItem, settings: Settings): string | null {
  const website = item.variants.find((variant) => variant.channel === 'website');
  if (!website) return null;
  const slug = website.slug.trim().replace(/^\/+/, '') || slugify(item.title);
  const base = settings.websiteBaseUrl.trim().replace(/\/+$/, '');
  if (slug === '' || base === '') return null;
  return `${base}/${slug}`;
}

/** The link a variant publishes: its own, else (outside the website itself) the hub, else ''. */
export function effectiveLink(item: ContentItem, variant: Variant, settings: Settings): string {
  const own = variant.link.trim();
  if (own !== '') return own;
  if (variant.channel === 'website') return '';
  return hubUrl(item, settings) ?? '';
}

/** Whether the text already links there; "ssco.se/val" and "https://www.ssco.se/val/" count. */
export function mentionsLink(text: string, link: string): boolean {
  if (link === '') return false;
  if (text.includes(link)) return true;
  const urls = extractUrls(text);
  if (urls.length === 0) return false;
  const wanted = bareUrl(link);
  return urls.some((url) => bareUrl(url) === wanted);
}

function bareUrl(url: string): string {
  return url
    .trim()
    .toLowerCase()
    .replace(/^https?:\/\//, '')
    .replace(/^www\./, '')
    .replace(/\/+$/, '');
}
