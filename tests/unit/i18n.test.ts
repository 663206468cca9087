import { describe, expect, it } from 'vitest';
import { MESSAGES, translate } from '../../src-shared/i18n/messages';

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

  it('returns an unknown key as itself and leaves unknown placeholders', () => {
    expect(translate('sv', 'no.such.key')).toBe('no.such.key');
    expect(translate('sv', 'editor.deleted')).toBe('”{{title}}” togs bort.');
  });
});
