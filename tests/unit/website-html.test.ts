// The website page as an HTML fragment (issue 17): what a website editor receives when the officer
// pastes the page, from the package's .html file or the editor's copy button.
import { describe, expect, it } from 'vitest';
import { websiteHtml } from '../../src-shared/channels';
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
