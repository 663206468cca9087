// Exactly the text to paste into a channel. The copy button and the export package both call
// channelReadyText, so what the officer copies is byte for byte what the package holds.
import type { ContentItem, Settings, Variant } from '../plan/model';
import { channelSettings } from '../settings/policy';
import { countFor } from './counting';
import { missingHashtags } from './hashtags';
import { effectiveLink, mentionsLink } from './links';
import { splitThread } from './thread';

/** What is pasted into the channel: for X a long post becomes its thread, parts split by a blank line. */
export function channelReadyText(item: ContentItem, variant: Variant, settings: Settings): string {
  return channelReadyParts(item, variant, settings).join(READY_PART_GAP);
}

/** Between an X thread's parts in the ready text. */
export const READY_PART_GAP = '\n\n';

/**
 * The posts to paste, one by one: an X thread's parts, else the one post. Copy buttons per part
 * use these, not the ready text split at blank lines, since a part may hold a blank line itself.
 */
export function channelReadyParts(item: ContentItem, variant: Variant, settings: Settings): string[] {
  const post = postText(item, variant, settings);
  if (variant.channel !== 'x') return [post];
  // The limit comes from Settings so the editor, the checks and the export agree if it changes.
  const limit = channelSettings(settings, 'x').limit;
  return countFor('x', post, limit).over ? splitThread(post, limit) : [post];
}

/**
 * The whole post before any thread split: the text with the link and the field's hashtags
 * appended, each on its own line, unless the text already has them. Instagram gets no link,
 * since links are not clickable there (the checks say "länk i bio" instead).
 */
export function postText(item: ContentItem, variant: Variant, settings: Settings): string {
  // The checks and the package (or the editor's counter and preview) ask for the same post in a
  // row; plan objects are never changed in place, so the same three objects give the same text.
  const known = RECENT_POSTS.find((post) => post.variant === variant && post.item === item && post.settings === settings);
  if (known !== undefined) return known.text;
  const text = composedText(item, variant, settings);
  RECENT_POSTS.unshift({ item, variant, settings, text });
  if (RECENT_POSTS.length > RECENT_POST_COUNT) RECENT_POSTS.pop();
  return text;
}

/** Enough for every variant of an item: its checks and then its posts ask for each. */
const RECENT_POST_COUNT = 8;
const RECENT_POSTS: Array<{ item: ContentItem; variant: Variant; settings: Settings; text: string }> = [];

function composedText(item: ContentItem, variant: Variant, settings: Settings): string {
  if (variant.channel === 'website') return websiteMarkdown(item, variant);
  const text = tidy(variant.text);
  const link = variant.channel === 'instagram' ? '' : effectiveLink(item, variant, settings);
  const tags = missingHashtags(text, variant.hashtags).map((tag) => `#${tag}`);
  const lines = [text, mentionsLink(text, link) ? '' : link, tags.join(' ')];
  return lines.filter((line) => line !== '').join('\n');
}

/**
 * Markdown page: "# title", the lead as a paragraph, then the body. Empty parts are left out.
 * Each block is tidied, so the page is too, without another pass over a long text.
 */
function websiteMarkdown(item: ContentItem, variant: Variant): string {
  const title = tidy(item.title).trim();
  const blocks = [title === '' ? '' : `# ${title}`, tidy(variant.lead).trim(), tidy(variant.text)];
  return blocks.filter((block) => block.trim() !== '').join('\n\n');
}

/**
 * Whether the officer has written nothing for the channel yet: the link and hashtags appended to
 * a text, or the title above a page, are no post by themselves. The checks and the package ask this.
 */
export function isEmptyText(variant: Variant): boolean {
  return variant.text.trim() === '';
}

/**
 * "\n" line endings and no trailing whitespace at the end. Trailing spaces inside lines are
 * kept: in Markdown two of them are a line break.
 */
export function tidy(text: string): string {
  // Most texts hold no CR, and the replace's scan was a tenth of the checks' cost.
  return (text.includes('\r') ? text.replace(/\r\n?/g, '\n') : text).trimEnd();
}
