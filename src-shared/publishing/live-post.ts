// A post that is approved or already out: what changes about it once it is live. Its hub link
// is fixed (issue #7 item 6), and marking a variant published is recorded on the variant.
import { slugify } from '../channels';
import type { ChannelId, ContentItem } from '../plan/model';

/** Approved, published, or with any variant already out: its links are in use or about to be. */
export function isLive(item: ContentItem): boolean {
  return item.status === 'approved' || item.status === 'published' || item.variants.some((v) => v.publishedAt !== null);
}

/** Whether the website variant's slug is empty in the sense `hubUrl` uses: then the title decides. */
function slugIsEmpty(slug: string): boolean {
  return slug.trim().replace(/^\/+/, '') === '';
}

/**
 * Stores the slug the title gives today into an empty website slug, once the item is live.
 * Until then the hub link follows the title; after this, renaming the post no longer moves the
 * link that its X and Facebook texts carry. Returns the item itself when nothing changes.
 */
export function fixHubSlug(item: ContentItem): ContentItem {
  if (!isLive(item)) return item;
  const slug = slugify(item.title);
  const website = item.variants.find((v) => v.channel === 'website');
  if (slug === '' || !website || !slugIsEmpty(website.slug)) return item;
  return { ...item, variants: item.variants.map((v) => (v === website ? { ...v, slug } : v)) };
}

/**
 * Marks one variant as out, with the live post's address ('' when not given). A variant marked
 * again keeps the moment it first went out and takes the new address.
 */
export function markPublished(item: ContentItem, channel: ChannelId, url: string, now: string): ContentItem {
  const variants = item.variants.map((v) =>
    v.channel === channel ? { ...v, publishedAt: v.publishedAt ?? now, publishedUrl: url.trim() } : v,
  );
  return fixHubSlug({ ...item, variants });
}

/** Every variant not yet marked is marked out now, with no address: the whole post went out. */
export function markAllPublished(item: ContentItem, now: string): ContentItem {
  return { ...item, variants: item.variants.map((v) => (v.publishedAt === null ? { ...v, publishedAt: now } : v)) };
}

export function markUnpublished(item: ContentItem, channel: ChannelId): ContentItem {
  return {
    ...item,
    variants: item.variants.map((v) => (v.channel === channel ? { ...v, publishedAt: null, publishedUrl: '' } : v)),
  };
}

export function allPublished(item: ContentItem): boolean {
  return item.variants.length > 0 && item.variants.every((v) => v.publishedAt !== null);
}

/**
 * The address of a live post as typed: '' when empty, else an http(s) URL with a dotted host,
 * with "https://" added when it was left out ("x.com/ssco/status/1"); null when it is no URL.
 */
export function normaliseLiveUrl(text: string): string | null {
  const typed = text.trim();
  if (typed === '') return '';
  // "x.com:443/…" has a port, not a scheme.
  const withScheme = /^[a-z][a-z0-9+.-]*:(?!\d)/i.test(typed) ? typed : `https://${typed}`;
  return isLiveUrl(withScheme) ? withScheme : null;
}

// No URL parser here: the domain is typechecked without the DOM and Node libraries, and a
// live post's address is simple enough to recognise by its shape.
const LIVE_URL = /^https?:\/\/(?:[\p{L}\p{N}-]+\.)+[\p{L}\p{N}-]{2,}(?::\d{1,5})?(?:[/?#]\S*)?$/iu;

/** An absolute http(s) URL whose host has a dot: what a published post's address looks like. */
export function isLiveUrl(text: string): boolean {
  return LIVE_URL.test(text);
}
