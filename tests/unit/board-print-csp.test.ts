// "Skriv ut" prints the board document in an iframe that inherits the app's CSP (srcdoc documents
// do). The app lets in that document's one <style> by its hash, so the hash in index.html must
// be the hash of the style the document carries: this test fails when one changes alone.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { BOARD_HTML_STYLE } from '../../src-shared/board/html-style';
import { boardHtml } from '../../src-shared/board/html';
import { emptyPlan } from '../../src-shared/plan/empty-plan';

const styleHash = `'sha256-${createHash('sha256').update(BOARD_HTML_STYLE, 'utf8').digest('base64')}'`;

describe('the app CSP and the printed board document', () => {
  it('allows exactly the board document style by its hash, and no inline style else', () => {
    const csp = /content="([^"]*)"/.exec(readFileSync('src-renderer/index.html', 'utf8'))?.[1] ?? '';
    const styleSrc =
      csp
        .split(';')
        .map((d) => d.trim())
        .find((d) => d.startsWith('style-src')) ?? '';
    expect(styleSrc, `style-src must hold ${styleHash}`).toContain(styleHash);
    expect(styleSrc).not.toContain('unsafe-inline');
  });

  it('puts that style in the document byte for byte', () => {
    const html = boardHtml({
      plan: emptyPlan(),
      period: { from: '2026-11-23', to: '2026-11-29' },
      now: '2026-11-24T10:00',
      language: 'sv',
    });
    expect(html).toContain(`<style>${BOARD_HTML_STYLE}</style>`);
    expect(html.match(/<style>/g)).toHaveLength(1);
  });
});
