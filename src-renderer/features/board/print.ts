// "Skriv ut" in the browser harness: the browser's print of the very document "Exportera HTML"
// writes, in a hidden iframe. The iframe inherits the app's CSP, whose style-src lets in the
// document's one <style> by its hash (see index.html and tests/unit/board-print-csp.test.ts).
export function printHtml(html: string): void {
  const frame = document.createElement('iframe');
  frame.className = 'board-print-frame';
  frame.title = 'print';
  frame.setAttribute('aria-hidden', 'true');
  frame.tabIndex = -1;
  frame.srcdoc = html;
  frame.addEventListener('load', () => {
    const view = frame.contentWindow;
    if (!view) return;
    // Removed after printing, or after a minute where the browser never says it is done.
    const remove = () => frame.remove();
    view.addEventListener('afterprint', remove, { once: true });
    setTimeout(remove, 60_000);
    view.focus();
    view.print();
  });
  document.body.append(frame);
}
