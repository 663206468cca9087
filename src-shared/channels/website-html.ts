// The website page as an HTML fragment, for a website editor (WordPress, Sitevision, Episerver)
// that takes formatted text: pasted, it keeps its headings, lists and links, where the Markdown
// would arrive as raw characters. The title and lead are plain text, as the editor's preview shows
// them; the body is Markdown read by micromark (CommonMark). No scripts and no styles: micromark
// escapes raw HTML in the text and empties links with unsafe protocols (javascript:) by default.
import { micromark } from 'micromark';
import type { ContentItem, Variant } from '../plan/model';
import { tidy } from './format';
import { escapeHtml } from './html';

/** `<h1>` title, `<p>` lead, then the body's blocks; empty parts are left out, as in the Markdown. */
export function websiteHtml(item: ContentItem, variant: Variant): string {
  const title = item.title.trim();
  const lead = tidy(variant.lead).trim();
  const blocks = [
    title === '' ? '' : `<h1>${escapeHtml(title)}</h1>`,
    lead === '' ? '' : `<p>${escapeHtml(lead).replaceAll('\n', '<br>\n')}</p>`,
    micromark(tidy(variant.text)).trim(),
  ];
  return `${blocks.filter((block) => block !== '').join('\n')}\n`;
}
