// The clipboard, for the copy buttons. A website page goes on it twice, as HTML and as its
// Markdown: a website editor (WordPress, Sitevision) takes the HTML and keeps headings, lists and
// links; a plain text field takes the Markdown.

/** Writes `text`, and beside it `html` when given, as one clipboard item. */
export async function writeClipboard(text: string, html?: string): Promise<void> {
  if (html === undefined) return navigator.clipboard.writeText(text);
  const blob = (type: string, content: string) => new Blob([content], { type });
  await navigator.clipboard.write([
    new ClipboardItem({ 'text/html': blob('text/html', html), 'text/plain': blob('text/plain', text) }),
  ]);
}
