// One catalogue (STYLE habit 11, issue 15 item 7): main and the domain say nothing to a person in
// words of their own. Their errors, refusals and findings carry catalogue keys, and the renderer
// words them in the user's language; a sentence in src-main/ or src-shared/ is a word the
// English UI cannot translate.
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { literalsOf, readsAsSentence, readSource, sourceFiles, type Literal } from '../support/sentences';

const ROOT = resolve(import.meta.dirname, '../..');

/** The catalogue itself; and the policy's defaults and the example plan, data in both languages by design. */
const EXEMPT = ['src-shared/i18n/', 'src-shared/settings/policy.ts', 'src-shared/example-plan/'];

/** Literals that read as words but are not words for the UI, each with why. */
const ALLOWED: ReadonlyArray<{ file: string; text: string; why: string }> = [
  {
    file: 'src-shared/export/ics.ts',
    text: 'PRODID:-//Kanalplan//Kanalplan export//SV',
    why: "iCalendar's product identifier (RFC 5545): a fixed field for calendar programs, never shown",
  },
  {
    file: 'src-shared/export/package.ts',
    text: 'LÄS-MIG.txt',
    why: "the package's file name, the same in both languages by the design (DESIGN §4), like schema.csv",
  },
  {
    file: 'src-shared/board/html.ts',
    text: "default-src 'none'; style-src 'unsafe-inline'; img-src data:",
    why: "the board document's Content-Security-Policy, read by browsers, never shown",
  },
  {
    file: 'src-main/pdf-document.ts',
    text: 'img-src data:',
    why: "a directive of the board PDF's Content-Security-Policy, read by Chromium, never shown",
  },
];

function isAllowed(literal: Literal): boolean {
  return ALLOWED.some((allowed) => allowed.file === literal.file && allowed.text === literal.text);
}

/** The literals of a file that read as a sentence and are neither exempt nor allowed. */
function sentencesIn(file: string, source: string): Literal[] {
  if (EXEMPT.some((path) => file.startsWith(path))) return [];
  return literalsOf(file, source).filter((literal) => readsAsSentence(literal.text) && !isAllowed(literal));
}

const FILES = [...sourceFiles(ROOT, 'src-main'), ...sourceFiles(ROOT, 'src-shared')];

describe('words in main and the domain', () => {
  it('no literal in src-main/ or src-shared/ reads as a Swedish or English sentence', () => {
    const found = FILES.flatMap((file) => sentencesIn(file, readSource(ROOT, file)));
    expect(found.map(({ file, line, text }) => `${file}:${line}: ${text.slice(0, 100)}`)).toEqual([]);
  });

  it('every allowed literal is still there, so the list does not outlive its reasons', () => {
    for (const allowed of ALLOWED) {
      const texts = literalsOf(allowed.file, readSource(ROOT, allowed.file)).map((literal) => literal.text);
      expect(texts, allowed.why).toContain(allowed.text);
    }
  });
});

describe('the scan itself', () => {
  const planted = (source: string, file = 'src-main/services/planted.ts') => sentencesIn(file, source).map((l) => l.text);

  it('catches a Swedish and an English sentence, in strings and in templates', () => {
    expect(planted(`throw new Error('Filen kunde inte sparas.');`)).toEqual(['Filen kunde inte sparas.']);
    expect(planted(`export const refusal = "The file could not be saved";`)).toEqual(['The file could not be saved']);
    expect(planted('const text = `Inlägget ${id} finns inte`;')).toEqual(['Inlägget ∙ finns inte']);
    expect(planted('const text = `${count} posts were moved`;')).toEqual(['∙ posts were moved']);
    // One Swedish word is enough: å, ä and ö are never code.
    expect(planted(`const label = 'Okänd';`)).toEqual(['Okänd']);
    // Words beside markup are still words.
    expect(planted('const html = `<p class="made">Made with Kanalplan</p>`;')).toEqual(['<p class="made">Made with Kanalplan</p>']);
  });

  it('lets code be: paths, keys, types, comments, regexes, markup, CSS and date patterns', () => {
    const code = [
      `import { sv } from '../i18n/some words';`,
      `export * from './more words';`,
      `// En kommentar på svenska, and one in English.`,
      `/** Doc comments are for developers. */`,
      `type Kind = 'two words' | 'x';`,
      `const headers = { 'Content-Type': 'text/plain; charset=utf-8', 'two words': 1 };`,
      `const refusal = message('errors.itemNotFound', { id });`,
      `const pattern = /Datum ska skrivas åååå-mm-dd/;`,
      "const html = `<span class=\"status status-${id}\">${label}</span>`;",
      "const css = `.totals ul { font: 16px system-ui, \"Segoe UI\", sans-serif; }\\n@media print { .post h3 { break-after: avoid; } }`;",
      `const day = format(date, 'EEEE d MMMM yyyy');`,
    ].join('\n');
    expect(planted(code)).toEqual([]);
  });

  it('leaves the catalogue, the policy and the example plan alone', () => {
    const sentence = `export const words = 'Inställningarna sparades inte';`;
    expect(planted(sentence, 'src-shared/i18n/sv.ts')).toEqual([]);
    expect(planted(sentence, 'src-shared/settings/policy.ts')).toEqual([]);
    expect(planted(sentence, 'src-shared/example-plan/politics.ts')).toEqual([]);
    expect(planted(sentence, 'src-main/store/plan-store.ts')).toEqual(['Inställningarna sparades inte']);
    expect(planted(sentence, 'src-shared/settings/settings-commands.ts')).toEqual(['Inställningarna sparades inte']);
  });

  it('reads the source tree it means to guard', () => {
    expect(FILES).toContain('src-main/harness/server.ts');
    expect(FILES).toContain('src-shared/checks/checks.ts');
    expect(FILES.length).toBeGreaterThan(100);
  });
});
