// The website page as an HTML fragment (issue 17): what a website editor receives when the officer
// pastes the page, from the package's .html file or the editor's copy button.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { websiteHtml } from '../../src-shared/channels';
import MarkdownIt from 'markdown-it';
import { bodyHtml, MARKDOWN_OPTIONS, markdownHtml, proseParagraphs } from '../../src-shared/channels/website-html';
import { emptyVariant } from '../../src-shared/plan/commands';
import type { ContentItem } from '../../src-shared/plan/model';

const item = (title: string) => ({ title }) as ContentItem;
const page = (title: string, lead: string, text: string) => websiteHtml(item(title), { ...emptyVariant('website'), lead, text });

describe('websiteHtml', () => {
  it('gives the title, the lead and the body with its headings, lists and links', () => {
    expect(
      page(
        'Öppet hus',
        'Välkommen!',
        'Vi visar huset.\n\n## Program\n\n- Fika\n- **Rundtur**\n\n[Karta](https://example.org/karta)',
      ),
    ).toBe(
      '<h1>Öppet hus</h1>\n<p>Välkommen!</p>\n<p>Vi visar huset.</p>\n<h2>Program</h2>\n<ul>\n<li>Fika</li>\n' +
        '<li><strong>Rundtur</strong></li>\n</ul>\n<p><a href="https://example.org/karta">Karta</a></p>\n',
    );
  });

  it("keeps the title and lead as plain text, as the preview shows them, and the lead's line breaks", () => {
    expect(page('C++ & *stjärnor* <i>', 'Rad ett\nrad "två"', '')).toBe(
      '<h1>C++ &amp; *stjärnor* &lt;i&gt;</h1>\n<p>Rad ett<br>\nrad &quot;två&quot;</p>\n',
    );
  });

  it('carries no script, no style and no unsafe link, whatever the text holds', () => {
    const html = page(
      '<script>alert(1)</script>',
      '<style>p{}</style>',
      '<script>alert(2)</script>\n\n<p style="color:red" onclick="x()">hej</p>\n\n[klick](javascript:alert(3)) ![b](data:text/html,x)',
    );
    // Every tag is a plain element with at most an address or an alt text; the rest is text.
    for (const tag of html.match(/<[^>]*>/g) ?? [])
      expect(tag).toMatch(/^<\/?(h1|h2|p|a|img|br|ul|li)( (href|src|alt)="[^"]*")* ?\/?>$/);
    expect(html).not.toMatch(/javascript:|data:text/i);
    expect(html).toContain('&lt;script&gt;alert(2)&lt;/script&gt;');
    expect(html).toContain('<a href="">klick</a>');
  });

  it('keeps relative, web and mail addresses, and empties an image address that is not on the web', () => {
    const html = page(
      '',
      '',
      '[a](/nyheter?a=b) [b](mailto:info@ssco.se) [c](#program) ![d](https://ssco.se/d.jpg) ![e](data:image/png;base64,xx)',
    );
    expect(html).toBe(
      '<p><a href="/nyheter?a=b">a</a> <a href="mailto:info@ssco.se">b</a> <a href="#program">c</a> ' +
        '<img src="https://ssco.se/d.jpg" alt="d" /> <img src="" alt="e" /></p>\n',
    );
  });

  it('leaves out what is empty', () => {
    expect(page('', '', '')).toBe('\n');
    expect(page('Bara rubrik', ' ', '')).toBe('<h1>Bara rubrik</h1>\n');
  });
});

describe('the body of plain prose', () => {
  // markdown-it as it comes, with the app's options: the app's own reads plain runs faster.
  const stock = new MarkdownIt(MARKDOWN_OPTIONS);
  stock.validateLink = () => true;
  const asStock = (source: string) => stock.render(source).trim();

  const prose = 'Vi ses på årsmötet den 3 mars.\nAlla är välkomna, även "nya" medlemmar!\n\nAnmäl dig senast 1/3 (kostnad: 0 kr) - 100 % gratis.';

  it('takes the short way for prose, to the bytes markdown-it gives', () => {
    expect(bodyHtml(prose)).toBe(asStock(prose));
    expect(bodyHtml(prose)).toBe(
      '<p>Vi ses på årsmötet den 3 mars.\nAlla är välkomna, även &quot;nya&quot; medlemmar!</p>\n' +
        '<p>Anmäl dig senast 1/3 (kostnad: 0 kr) - 100 % gratis.</p>',
    );
  });

  it('renders any text as markdown-it as it comes does, whichever way it takes', () => {
    // Letters, digits and the characters nearest Markdown's markers, in lines that may start or
    // end with any of them: a line starting "1." or "- ", a heading, a quote, two spaces at a line's end.
    const char = fc.constantFrom(
      ...'aåZ09 .,:;!?"\'()-+=#/@%$^{}\n'.split(''),
      '\n\n',
      '  \n',
      '1. ',
      '2) ',
      '- ',
      '# ',
      '> ',
      '\u00A0',
      '\u3000',
      '\u2028',
      '\u0000',
      '\u0001',
      '\u000B',
      '\u001F',
      '\u007F',
      '\r',
      '😀',
      '*',
      '_',
      '[a](b)',
      '<b>',
      '&amp;',
      '`',
      '~~',
      '|',
      '\t',
      '    ',
      '\\',
      '**a**',
      '_b_',
      '![i](c)',
      '`k`',
      '<https://d.se>',
      '\\*',
      '&#65;',
    );
    let short = 0;
    fc.assert(
      fc.property(fc.array(char, { maxLength: 40 }), (chars) => {
        const source = chars.join('');
        if (proseParagraphs(source) !== null) short += 1;
        expect(bodyHtml(source)).toBe(asStock(source));
        expect(markdownHtml(source)).toBe(asStock(source));
      }),
      { numRuns: 4000 },
    );
    // Both ways were taken, each many times.
    expect(short).toBeGreaterThan(400);
    expect(short).toBeLessThan(3600);
  });

  it('takes the long way for anything that may be Markdown', () => {
    expect(bodyHtml('Rad ett  \nrad två')).toBe('<p>Rad ett<br />\nrad två</p>');
    expect(bodyHtml('1. ett\n2. två')).toBe('<ol>\n<li>ett</li>\n<li>två</li>\n</ol>');
    expect(bodyHtml('Rubrik\n===')).toBe('<h1>Rubrik</h1>');
  });
});
