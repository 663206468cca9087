// The shared `t` remembers words (src-renderer/i18n): it must say exactly what i18next says, for
// plurals, interpolated titles and numbers, in both languages, and ask i18next once per words.
import { describe, expect, it, vi } from 'vitest';
import type { TFunction } from 'i18next';
import { i18n, remembered } from '../../src-renderer/i18n';

const CALLS: Array<[string, Record<string, unknown>?]> = [
  ['publish.title'],
  ['publish.postCount', { count: 1 }],
  ['publish.postCount', { count: 2 }],
  ['publish.postCount', { count: 12345 }],
  ['board.openPost', { title: 'Vårens stämma' }],
  ['board.openPost', { title: 'a\u0000title\u0001s3:x' }],
  ['board.weekShort', { week: 49 }],
  ['no.such.key'],
  ['publish.postCount', { count: 2, lng: 'en' }],
  ['publish.postCount', { lng: 'en', count: 2 }],
  ['no.such.key', { defaultValue: 'Något annat' }],
];

describe('remembered words', () => {
  for (const language of ['sv', 'en'] as const) {
    it(`says what i18next says, in ${language}`, () => {
      const fixed = i18n.getFixedT(language);
      const t = remembered(fixed);
      for (const [key, options] of CALLS) {
        const expected = fixed(key, options as never);
        // Twice: the remembered answer is the same as the first.
        expect(t(key, options as never)).toBe(expected);
        expect(t(key, options as never)).toBe(expected);
      }
    });
  }

  it('asks i18next once for the same key and values, again for other values or types', () => {
    const fixed = i18n.getFixedT('sv');
    const spy = vi.fn((key: string, options?: unknown) => fixed(key, options as never));
    const t = remembered(spy as unknown as TFunction);
    t('publish.postCount', { count: 3 });
    t('publish.postCount', { count: 3 });
    expect(spy).toHaveBeenCalledTimes(1);
    t('publish.postCount', { count: 4 });
    t('publish.postCount', { count: '3' });
    t('publish.title');
    t('publish.title');
    expect(spy).toHaveBeenCalledTimes(4);
  });

  it('gives back what is not words as i18next gives it, and does not keep it', () => {
    const fixed = i18n.getFixedT('sv');
    const spy = vi.fn((key: string, options?: unknown) => fixed(key, options as never));
    const t = remembered(spy as unknown as TFunction);
    const section = t('publish', { returnObjects: true } as never) as unknown;
    expect(typeof section).toBe('object');
    expect(section).toEqual(fixed('publish', { returnObjects: true } as never));
    t('publish', { returnObjects: true } as never);
    expect(spy).toHaveBeenCalledTimes(2);
  });

  it('lets a call with more than plain values through to i18next every time', () => {
    const fixed = i18n.getFixedT('sv');
    const spy = vi.fn((key: string, options?: unknown) => fixed(key, options as never));
    const t = remembered(spy as unknown as TFunction);
    const options = { count: 2, nested: { a: 1 } };
    t('publish.postCount', options as never);
    t('publish.postCount', options as never);
    expect(spy).toHaveBeenCalledTimes(2);
    expect(spy).toHaveBeenLastCalledWith('publish.postCount', options);
  });
});
