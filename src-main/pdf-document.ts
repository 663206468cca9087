// The board's PDF is printed from the HTML the renderer sends, but under main's own policy, not
// the one the document carries (issue 16, item 9). Main's CSP goes first in the document; every
// policy on a page applies, so nothing the renderer writes into its own can widen main's. No
// Electron here, so a test loads the very document in Chromium.
import { createHash } from 'node:crypto';
import { BOARD_HTML_STYLE } from '../src-shared/board/html-style';

/** Nothing loads; only the board document's one style, by its hash, and its inline pictures apply. */
export const PDF_CSP = [
  "default-src 'none'",
  'img-src data:',
  `style-src 'sha256-${createHash('sha256').update(BOARD_HTML_STYLE, 'utf8').digest('base64')}'`,
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

/** The data: URL the hidden print window loads: the document off the disk, under PDF_CSP. */
export function pdfDocumentUrl(html: string): string {
  const policy = `<meta http-equiv="Content-Security-Policy" content="${PDF_CSP}">`;
  return `data:text/html;charset=utf-8,${encodeURIComponent(`<!doctype html>${policy}${html}`)}`;
}
