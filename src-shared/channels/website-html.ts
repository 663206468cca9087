// The website page as an HTML fragment, for a website editor (WordPress, Sitevision, Episerver)
// that takes formatted text: pasted, it keeps its headings, lists and links, where the Markdown
// would arrive as raw characters. The title and lead are plain text, as the editor's preview shows
// them; the body is Markdown read by markdown-it (CommonMark; micromark before it took a year's
// export seven times as long). No scripts and no styles: raw HTML in the text is escaped, and a
// link or image with an unsafe protocol (javascript:, data:) keeps its text but loses its address.
import MarkdownIt from 'markdown-it';
import type { ContentItem, Variant } from '../plan/model';
import { tidy } from './format';
import { escapeHtml } from './html';

const SAFE_PROTOCOLS = { href: /^(?:https?|ircs?|mailto|xmpp)$/i, src: /^https?$/i };

/**
 * The address if its protocol is a safe one or it has none (a relative link), else ''. The
 * protocol is what comes before a colon that no slash, "?" or "#" precedes.
 */
function safeUrl(url: string, safe: RegExp): string {
  const colon = url.indexOf(':');
  const before = (char: string) => url.indexOf(char) > -1 && url.indexOf(char) < colon;
  if (colon < 0 || before('/') || before('?') || before('#') || safe.test(url.slice(0, colon))) return url;
  return '';
}

const markdown = new MarkdownIt({ html: false, xhtmlOut: true, linkify: false });
// Every link is kept by the parser, so its text stays a link; the address is emptied below.
markdown.validateLink = () => true;
markdown.core.ruler.push('safe-urls', (state) => {
  for (const block of state.tokens) {
    for (const token of block.children ?? []) {
      for (const name of ['href', 'src'] as const) {
        const url = token.attrGet(name);
        if (url !== null) token.attrSet(name, safeUrl(String(url), SAFE_PROTOCOLS[name]));
      }
    }
  }
});

/** `<h1>` title, `<p>` lead, then the body's blocks; empty parts are left out, as in the Markdown. */
export function websiteHtml(item: ContentItem, variant: Variant): string {
  const title = item.title.trim();
  const lead = tidy(variant.lead).trim();
  const blocks = [
    title === '' ? '' : `<h1>${escapeHtml(title)}</h1>`,
    lead === '' ? '' : `<p>${escapeHtml(lead).replaceAll('\n', '<br>\n')}</p>`,
    markdown.render(tidy(variant.text)).trim(),
  ];
  return `${blocks.filter((block) => block !== '').join('\n')}\n`;
}
