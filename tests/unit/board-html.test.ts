import { describe, expect, it } from 'vitest';
import { boardHtml, escapeHtml } from '../../src-shared/board/html';
import { applyCommand } from '../../src-shared/plan/commands';
import { examplePlanItems } from '../../src-shared/example-plan';
import { defaultBoardPeriod } from '../../src-shared/board/period';
import { emptyPlan } from '../../src-shared/plan/empty-plan';
import { planWith } from '../support/plans';

const TODAY = '2026-11-25';
const NOW = '2026-11-25T06:30:00.000Z';
const example = applyCommand(emptyPlan(), { type: 'items.put', items: examplePlanItems(TODAY, NOW), removeIds: [] }, NOW);
const period = defaultBoardPeriod(TODAY);
const html = boardHtml({ plan: example, period, now: '2026-11-25T07:30', language: 'sv' });

/** The text a reader sees: tags out, entities decoded. */
function visibleText(document: string): string {
  return document
    .replace(/<style>[\s\S]*?<\/style>/g, '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&');
}

describe('the board document', () => {
  it('has no script and loads nothing from anywhere', () => {
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toMatch(/\son\w+\s*=/i); // no inline event handlers either
    expect(html).not.toMatch(/<(link|img|iframe|object|embed|video|audio|source)\b/i);
    expect(html).not.toMatch(/\b(src|href)\s*=\s*["']?\s*(https?:)?\/\//i);
    expect(html).not.toMatch(/url\(|@import/i);
    expect(html).toMatch(/<style>/);
    // A CSP in the file itself: even a viewer that would fetch something may not.
    expect(html).toContain(`content="default-src 'none'; style-src 'unsafe-inline'; img-src data:"`);
  });

  it('carries every post of the period, and none outside it', () => {
    const inside = example.items.filter((item) => item.date && item.date >= period.from && item.date <= period.to);
    expect(inside.length).toBeGreaterThan(8);
    for (const item of inside) expect(visibleText(html), item.id).toContain(item.title);
    for (const item of example.items.filter((i) => i.date === null)) expect(visibleText(html)).not.toContain(item.title);
  });

  it('is headed by the organisation, the period and the time it was made, and names the weeks "v. 48"', () => {
    const text = visibleText(html);
    expect(text).toContain('SSCO');
    expect(text).toContain('v. 48–51 · 23 november – 20 december 2026');
    expect(text).toContain('Skapad 25 november 2026 07:30');
    for (const week of [48, 49, 50, 51]) expect(text).toContain(`v. ${week} ·`);
  });

  it('says when the policy was last reviewed, or that it never was', () => {
    expect(visibleText(html)).toContain('Policyn senast behandlad i styrelsen: aldrig registrerat');
    const reviewed = applyCommand(example, { type: 'settings.recordPolicyReview', date: '2026-09-14' }, NOW);
    expect(visibleText(boardHtml({ plan: reviewed, period, now: '2026-11-25T07:30', language: 'sv' }))).toContain(
      'Policyn senast behandlad i styrelsen: 14 september 2026',
    );
  });

  it('has the coverage matrix with its flags, and the appendix from the policy', () => {
    const text = visibleText(html);
    expect(text).toContain('Målgrupper och kanaler');
    expect(text).toContain('Byggbranschen: Nås inte');
    for (const words of ['Öppenhet', 'Tydlighet', 'Trovärdighet', 'Hubben för det som delas i andra kanaler', 'Rekrytering']) {
      expect(text).toContain(words);
    }
  });

  it('shows a title with markup and an ampersand as text', () => {
    const plan = planWith(
      { type: 'item.create', id: 'a', title: 'Bostäder <b>nu</b> & "sen" <script>alert(1)</script>', date: '2026-11-26' },
      { type: 'variant.add', id: 'a', channel: 'x' },
      { type: 'variant.update', id: 'a', channel: 'x', patch: { text: 'Text med <img src=x onerror=alert(1)> & mer' } },
      { type: 'settings.update', patch: { organisationName: 'Kår & <i>co</i>' } },
    );
    const doc = boardHtml({ plan, period, now: '2026-11-25T07:30', language: 'sv' });
    expect(doc).toContain('Bostäder &lt;b&gt;nu&lt;/b&gt; &amp; &quot;sen&quot; &lt;script&gt;');
    expect(doc).toContain('Text med &lt;img src=x onerror=alert(1)&gt; &amp; mer');
    expect(doc).toContain('Kår &amp; &lt;i&gt;co&lt;/i&gt;');
    expect(doc).not.toMatch(/<b>|<i>|<script|<img/);
  });

  it('escapes the five characters that matter', () => {
    expect(escapeHtml(`<a href="x">'&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;');
  });

  it('is in English when asked', () => {
    const english = visibleText(boardHtml({ plan: example, period, now: '2026-11-25T07:30', language: 'en' }));
    expect(english).toContain('Communications plan');
    expect(english).toContain('w. 48');
    expect(english).toContain('Policy last reviewed by the board: never recorded');
  });

  it('is the same for the same input', () => {
    expect(boardHtml({ plan: example, period, now: '2026-11-25T07:30', language: 'sv' })).toBe(html);
  });
});
