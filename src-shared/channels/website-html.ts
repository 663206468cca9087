// The website page as an HTML fragment, for a website editor (WordPress, Sitevision, Episerver)
// that takes formatted text: pasted, it keeps its headings, lists and links, where the Markdown
// would arrive as raw characters. The title and lead are plain text, as the editor's preview shows
// them; the body is Markdown read by markdown-it (CommonMark; micromark before it took a year's
// export seven times as long). No scripts and no styles: raw HTML in the text is escaped, and a
// link or image with an unsafe protocol (javascript:, data:) keeps its text but loses its address.
import MarkdownIt, { type StateInline } from 'markdown-it';
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

/** The options the page is read with: CommonMark's with tables and strikethrough, no raw HTML. */
export const MARKDOWN_OPTIONS = { html: false, xhtmlOut: true, linkify: false } as const;

const markdown = new MarkdownIt(MARKDOWN_OPTIONS);
// Every link is kept by the parser, so its text stays a link; the address is emptied below.
markdown.validateLink = () => true;
markdown.inline.ruler.at('text', textRun);
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

/**
 * markdown-it's own `text` rule, with the run of plain characters found by a regular expression
 * instead of a loop over each: the same characters end a run (every one that may begin an inline
 * rule), and the run is two thirds of the time a page of prose takes to read.
 */
function textRun(state: StateInline, silent: boolean): boolean {
  TEXT_RUN.lastIndex = state.pos;
  if (!TEXT_RUN.test(state.src)) return false;
  const end = Math.min(TEXT_RUN.lastIndex, state.posMax);
  if (end <= state.pos) return false;
  if (!silent) state.pending += state.src.slice(state.pos, end);
  state.pos = end;
  return true;
}

/** Characters that are not markdown-it's terminators (rules_inline/text: \n ! # $ % & * + - : < = > @ [ \ ] ^ _ ` { } ~). */
const TEXT_RUN = /[^\n!#$%&*+\-:<=>@[\\\]^_`{}~]+/y;

/** `<h1>` title, `<p>` lead, then the body's blocks; empty parts are left out, as in the Markdown. */
export function websiteHtml(item: ContentItem, variant: Variant): string {
  const title = item.title.trim();
  const lead = tidy(variant.lead).trim();
  const blocks = [
    title === '' ? '' : `<h1>${escapeHtml(title)}</h1>`,
    lead === '' ? '' : `<p>${escapeHtml(lead).replaceAll('\n', '<br>\n')}</p>`,
    bodyHtml(tidy(variant.text)),
  ];
  return `${blocks.filter((block) => block !== '').join('\n')}\n`;
}

/** The body as markdown-it renders it; plain prose without it, to the same bytes. */
export function bodyHtml(source: string): string {
  const paragraphs = proseParagraphs(source);
  if (paragraphs === null) return markdownHtml(source);
  return paragraphs.map((paragraph) => `<p>${markdown.utils.escapeHtml(paragraph)}</p>`).join('\n');
}

/** The body through markdown-it, whatever it holds. */
export function markdownHtml(source: string): string {
  return markdown.render(source).trim();
}

/**
 * Characters that are, or may begin, Markdown's inline markup, an entity or raw HTML, and white
 * space markdown-it reads as its own (a tab indents; CR ends a line); NUL, which it replaces, is
 * looked for apart. A text with none of them is read as text. (No `u` flag: with one, the test
 * of a page took 6 × as long.)
 */
const MARKUP = /[\\`*_[\]<>&~|\t\r\f\v]/;
/**
 * A line that can only be a paragraph's: it starts with none of the block markers (a list,
 * heading, quote, fence, table, setext line or indented code), nor white space, nor a number as
 * an ordered list's ("1." "2)"), and it ends with no white space (two spaces would be a line
 * break; `.` stops at U+2028 and U+2029, which sends such a text the long way).
 */
const PROSE_LINE = /^(?!\d{1,9}[.)])[^\s#>=+\-*_`~|<[](?:.*\S)?$/;

/**
 * A body of prose (most pages are): its paragraphs, each one's lines as written, or null when
 * anything in it might be Markdown. markdown-it took a fifth of a year's export over such pages,
 * and makes of them exactly this: a `<p>` per paragraph, its lines joined by line breaks.
 */
export function proseParagraphs(source: string): string[] | null {
  if (MARKUP.test(source) || source.includes('\0')) return null;
  const paragraphs: string[] = [];
  let lines: string[] = [];
  for (const line of source.split('\n')) {
    if (line === '') {
      if (lines.length > 0) paragraphs.push(lines.join('\n'));
      lines = [];
    } else if (PROSE_LINE.test(line)) {
      lines.push(line);
    } else {
      return null;
    }
  }
  if (lines.length > 0) paragraphs.push(lines.join('\n'));
  return paragraphs;
}
