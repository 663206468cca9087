import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MESSAGES, say, translate } from '../../src-shared/i18n/messages';
import { andList, commaList, labelled, lineList } from '../../src-shared/i18n/lists';
import { HOLE, literalsOf, readSource, sourceFiles, type Literal } from '../support/sentences';

function keysOf(node: unknown, prefix = ''): string[] {
  if (typeof node !== 'object' || node === null) return [prefix];
  return Object.entries(node).flatMap(([key, value]) => keysOf(value, prefix ? `${prefix}.${key}` : key));
}

describe('the shared catalogue', () => {
  it('has the same keys in Swedish and English, none of them empty', () => {
    expect(keysOf(MESSAGES.en).sort()).toEqual(keysOf(MESSAGES.sv).sort());
    for (const language of ['sv', 'en'] as const) {
      for (const key of keysOf(MESSAGES[language])) expect(translate(language, key), key).not.toBe('');
    }
  });

  it('fills in values and picks the plural form as i18next does', () => {
    expect(translate('sv', 'kanban.hidden', { count: 1 })).toBe('1 dold av filtret');
    expect(translate('sv', 'kanban.hidden', { count: 3 })).toBe('3 dolda av filtret');
    expect(translate('en', 'checks.failedCount', { count: 2 })).toBe('2 checks to fix');
    expect(translate('sv', 'editor.deleted', { title: 'Kårval' })).toBe('”Kårval” togs bort.');
    expect(translate('sv', 'menu.export')).toBe('Exportera…');
  });

  it('fills every placeholder of every message where it stands, and only those given', () => {
    const lookup = (language: 'sv' | 'en', key: string) =>
      key.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown>)[part], MESSAGES[language]) as string;
    for (const language of ['sv', 'en'] as const) {
      for (const key of keysOf(MESSAGES[language])) {
        const template = lookup(language, key);
        const names = [...template.matchAll(/\{\{(\w+)(?:, *\w+)?\}\}/g)].map((match) => match[1] as string);
        if (names.length === 0) continue;
        // A plural key is asked for by its stem and a count; here by its own name, without one.
        const given = Object.fromEntries(names.filter((name) => name !== 'count').slice(1).map((name) => [name, `<${name}>`]));
        const expected = template.replace(/\{\{(\w+)(?:, *\w+)?\}\}/g, (whole, name: string) => (name in given ? `<${name}>` : whole));
        expect(translate(language, key, given), key).toBe(expected);
      }
    }
  });

  it('returns an unknown key as itself and leaves unknown placeholders', () => {
    expect(translate('sv', 'no.such.key')).toBe('no.such.key');
    expect(translate('sv', 'editor.deleted')).toBe('”{{title}}” togs bort.');
  });
});

describe('messages as data', () => {
  it('words values that are messages, names in both languages, and numbers as the language groups them', () => {
    const channel = { sv: 'Nyhetsbrev', en: 'Newsletter' };
    const text = { key: 'findings.overLimit', values: { channel, used: 63_207, excess: 1, limit: 63_206 } };
    expect(say('sv', text)).toBe('Nyhetsbrev: texten är 63\u00a0207 tecken, 1 för många (gränsen är 63\u00a0206).');
    expect(say('en', text)).toBe('Newsletter: the text is 63,207 characters, 1 too many (the limit is 63,206).');
    // An English name left empty is the Swedish one, as everywhere in the UI.
    expect(say('en', { key: 'findings.channelDisabled', values: { channel: { sv: 'Nyhetsbrev', en: '' } } })).toBe(
      'The channel Nyhetsbrev is turned off in Settings.',
    );
  });

  it('joins lists the way each language does', () => {
    const names = ['A', 'B', 'C'];
    const list = { key: 'lists.labelled', values: { label: 'X', text: andList(names) } };
    expect(say('sv', list)).toBe('X: A, B och C');
    expect(say('en', list)).toBe('X: A, B and C');
    expect(say('en', { key: 'lists.labelled', values: { label: 'Y', text: commaList(names) } })).toBe('Y: A, B, C');
    expect(say('sv', lineList([labelled('a', 'b'), 'c', 'd']))).toBe('a: b\nc\nd');
    expect(andList(['only'])).toBe('only');
    expect(andList([])).toBe('');
  });
});

/** The calls that take a catalogue key, and which of their arguments it is. */
const KEY_ARGUMENT: Readonly<Record<string, number>> = { t: 0, message: 0, translate: 1 };
const GROUPS = Object.keys(MESSAGES.sv);
const ROOT = resolve(import.meta.dirname, '../..');

/**
 * The keys code names: a literal passed as the key to `t`, `message` or `translate`, or a schema's
 * message (`schemaRule.*`), whose first part is one of the catalogue's groups. A helper's key
 * relative to its own group ("title" for "quit.title") has no group and is left out; a template's
 * `${…}` part makes it a prefix, which must name a group of keys.
 */
function keyOf(literal: Literal): string | null {
  const asKey = literal.call !== undefined && KEY_ARGUMENT[literal.call.callee] === literal.call.index;
  if (!asKey && !/^schemaRule\.\w+$/.test(literal.text)) return null;
  const [group] = literal.text.split('.');
  return /^[\w-]+\.[\w.-]*$/.test(literal.text.split(HOLE)[0] ?? '') && GROUPS.includes(group ?? '') ? literal.text : null;
}

function nodeAt(language: 'sv' | 'en', key: string): unknown {
  let node: unknown = MESSAGES[language];
  for (const part of key.split('.')) node = typeof node === 'object' && node !== null ? (node as Record<string, unknown>)[part] : undefined;
  return node;
}

function resolves(language: 'sv' | 'en', used: string): boolean {
  if (used.includes(HOLE)) return typeof nodeAt(language, used.split(HOLE)[0]!.replace(/\.$/, '')) === 'object';
  return typeof (nodeAt(language, used) ?? nodeAt(language, `${used}_other`)) === 'string';
}

describe('the keys the code uses', () => {
  const used = ['src-main', 'src-shared', 'src-renderer'].flatMap((dir) =>
    sourceFiles(ROOT, dir)
      .filter((file) => !file.startsWith('src-shared/i18n/'))
      .flatMap((file) => literalsOf(file, readSource(ROOT, file)).flatMap((literal) => (keyOf(literal) ? [literal] : []))),
  );

  it('exist in Swedish and in English', () => {
    const missing = used.filter((literal) => !resolves('sv', literal.text) || !resolves('en', literal.text));
    expect(missing.map(({ file, line, text }) => `${file}:${line}: ${text}`)).toEqual([]);
  });

  it('are found in main, the domain and the renderer alike', () => {
    const files = new Set(used.map((literal) => literal.file.split('/')[0]));
    expect(files).toEqual(new Set(['src-main', 'src-renderer', 'src-shared']));
    expect(used.length).toBeGreaterThan(300);
  });
});
