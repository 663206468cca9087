import { describe, expect, it } from 'vitest';
import {
  channelReadyText,
  containsLink,
  countFor,
  foldOffsets,
  graphemeLength,
  hashtagsOf,
  hubUrl,
  effectiveLink,
  slugify,
  splitThread,
  xDoubleWeightRanges,
  xWeightedLength,
} from '../../src-shared/channels';
import { applyCommand, emptyVariant, type PlanCommand } from '../../src-shared/plan/commands';
import type { ChannelId, ContentItem, Variant } from '../../src-shared/plan/model';
import { defaultSettings } from '../../src-shared/settings/policy';
import { NOW, planWith } from '../support/plans';

const FAMILY = '👨‍👩‍👧‍👦';
const settings = defaultSettings();

describe('counting', () => {
  it.each([
    { text: FAMILY, graphemes: 1, x: 2 },
    { text: 'å', graphemes: 1, x: 1 },
    { text: 'a\u030a', graphemes: 1, x: 1 }, // å written as a + ring: X normalises it first
    { text: 'https://www.ssco.se/en/mycket/lang/adress/som/inte/tar/slut', graphemes: 59, x: 23 },
    { text: 'Läs ssco.se', graphemes: 11, x: 4 + 23 },
    { text: '🎉', graphemes: 1, x: 2 },
    { text: '…', graphemes: 1, x: 2 },
    { text: '• € →', graphemes: 5, x: 8 },
    { text: '学生会', graphemes: 3, x: 6 },
    { text: 'Hej – välkommen', graphemes: 15, x: 15 }, // the en dash is in X's light range
  ])('$text: $graphemes graphemes, $x on X', ({ text, graphemes, x }) => {
    expect(graphemeLength(text)).toBe(graphemes);
    expect(xWeightedLength(text)).toBe(x);
  });

  // The fast path must agree with the segmenter on every text it takes: the first code points
  // that could join (a combining mark, a variation selector, ZWJ, CR LF) each break it.
  const segmented = (text: string) => [...new Intl.Segmenter('sv', { granularity: 'grapheme' }).segment(text)].length;
  it.each([
    'Stockholms studenter behöver fler bostäder – nu! “Citat” ’apostrof’ … 100 € → mer',
    'Ærø Straße ŁÓDŹ ǅ ʔ ˈ', // up to U+02FF
    'a\u0300 grav', // U+0300: the first combining mark
    'rad\r\nny rad', // CR LF is one grapheme
    'ett\u200Dtvå', // ZWJ
    'pil\uFE0F', // a variation selector
    '\u02FF\u0300',
    '‰ ′ ″ ‹ › ‼',
  ])('counts the graphemes of %j as the segmenter does', (text) => {
    expect(graphemeLength(text)).toBe(segmented(text));
  });

  it.each([
    { text: 'a…b', ranges: [[1, 2]] },
    { text: '€→ ok', ranges: [[0, 2]] },
    { text: `hej ${FAMILY}!`, ranges: [[4, 4 + FAMILY.length]] },
    { text: 'se https://例え.jp/a', ranges: [] }, // inside the URL, counted in its 23
    { text: 'se https://ssco.se/a…b', ranges: [[20, 21]] }, // X ends the URL before the …
    { text: 'bara vanlig text, åäö – ok', ranges: [] },
  ])('double-weight ranges of $text', ({ text, ranges }) => {
    expect(xDoubleWeightRanges(text).map(({ start, end }) => [start, end])).toEqual(ranges);
  });

  it.each([
    { channel: 'x' as const, text: '😀'.repeat(140), limit: 280, expected: { used: 280, limit: 280, over: false } },
    { channel: 'x' as const, text: '😀'.repeat(141), limit: 280, expected: { used: 282, limit: 280, over: true } },
    {
      channel: 'linkedin' as const,
      text: FAMILY.repeat(3_000),
      limit: 3_000,
      expected: { used: 3_000, limit: 3_000, over: false },
    },
    { channel: 'instagram' as const, text: 'a'.repeat(2_201), limit: 2_200, expected: { used: 2_201, limit: 2_200, over: true } },
  ])('countFor $channel', ({ channel, text, limit, expected }) => {
    expect(countFor(channel, text, limit)).toEqual(expected);
  });
});

describe('splitThread', () => {
  const sentences = Array.from({ length: 60 }, (_, i) => `Mening nummer ${i + 1} handlar om studenternas bostäder i Stockholm.`);
  const long = [sentences.slice(0, 20).join(' '), sentences.slice(20, 35).join(' '), sentences.slice(35).join(' ')].join('\n\n');

  it.each([
    { name: 'fits: returned unchanged', text: '  Kort text.  ', parts: 1 },
    { name: 'exactly 280 fits', text: 'a'.repeat(280), parts: 1 },
    { name: '300 plain characters', text: 'a'.repeat(300), parts: 2 },
    { name: '300 characters of words', text: 'ord '.repeat(75).trim() + '.', parts: 2 },
    { name: 'about 2 000 characters', text: long.slice(0, 2_000), parts: 8 },
    { name: 'some 8 000 characters', text: long + '\n\n' + long, parts: 31 },
    { name: 'emoji count double', text: '😀 '.repeat(150), parts: 2 },
  ])('$name → $parts parts, each within 280', ({ text, parts }) => {
    const thread = splitThread(text);
    expect(thread).toHaveLength(parts);
    if (parts === 1) expect(thread).toEqual([text]);
    thread.forEach((part, i) => {
      expect(xWeightedLength(part)).toBeLessThanOrEqual(280);
      if (parts > 1) expect(part.endsWith(` ${i + 1}/${parts}`)).toBe(true);
    });
  });

  it.each([
    ['an emoji', '🎉'],
    ['a flag', '🇸🇪'],
    ['a family (joined by ZWJ)', '👨‍👩‍👧'],
    ['two emoji with a skin tone', '👍🏽 🙌'],
  ])('keeps %s that ends a sentence with its sentence, not at the start of the next part', (_name, emoji) => {
    const first = `${'Vi vill se fler studentbostäder i hela Stockholm. '.repeat(4)}Det är inte rimligt! ${emoji}`;
    // The next sentence does not fit beside the first part: the cut falls where that sentence ends.
    const next = 'Nästa mening är lång och handlar om något helt annat än bostäder, nämligen om studiemedlen och om hur långt de räcker.';
    const thread = splitThread(`${first} ${next}`);
    expect(thread.length).toBeGreaterThan(1);
    expect(thread[0]).toBe(`${first} 1/${thread.length}`);
    expect(thread[1]?.startsWith('Nästa mening')).toBe(true);
  });

  it('numbers 300 plain characters "1/2", "2/2" and keeps every character', () => {
    const thread = splitThread('a'.repeat(300));
    expect(thread).toEqual([`${'a'.repeat(276)} 1/2`, `${'a'.repeat(24)} 2/2`]);
  });

  it('reserves room for two digits once the thread reaches 10 parts', () => {
    // Nine parts of 276 and one of 1 with room for "9/9"; with room for "10/10" it is 274 each.
    const thread = splitThread('a'.repeat(276 * 9 + 1));
    expect(thread).toHaveLength(10);
    expect(thread[0]).toBe(`${'a'.repeat(274)} 1/10`);
    expect(thread[9]).toBe(`${'a'.repeat(276 * 9 + 1 - 274 * 9)} 10/10`);
  });

  it('prefers paragraph breaks, then sentence ends, and keeps the words whole', () => {
    const thread = splitThread(long);
    const body = thread.map((part) => part.replace(/ \d+\/\d+$/, ''));
    expect(body.every((part) => /[.]$/.test(part))).toBe(true); // every part ends a sentence
    expect(body.join(' ').replace(/\s+/g, ' ')).toBe(long.replace(/\s+/g, ' '));
    expect(body.some((part) => sentences[19] !== undefined && part.endsWith(sentences[19]))).toBe(true); // end of paragraph 1
  });

  const url = 'https://www.ssco.se/nyheter/2026/en-valdigt-lang-adress-som-inte-far-delas-mitt-i';
  it.each([200, 250, 255, 260, 270])('never cuts inside a URL: %i characters before it', (before) => {
    const thread = splitThread(`${'a'.repeat(before)} ${url}${'…'.repeat(80)}`);
    expect(thread.some((part) => part.includes(url))).toBe(true);
    for (const part of thread) expect(xWeightedLength(part)).toBeLessThanOrEqual(280);
  });

  const withLink = 'Studenter behöver https://www.ssco.se/bostad och billigare resor 🚇 till campus, nu.';
  it.each(Array.from({ length: 33 }, (_, i) => i + 8))('keeps parts within a small limit of %i, a lone URL excepted', (limit) => {
    const thread = splitThread(withLink, limit);
    const body = thread.map((part) => part.replace(/ \d+\/\d+$/, ''));
    // Words may be cut at these sizes; nothing may be lost or doubled.
    expect(body.join('').replace(/\s+/g, '')).toBe(withLink.replace(/\s+/g, ''));
    thread.forEach((part, i) => {
      // A URL weighs 23 and is never cut: alone in its part, it is the one thing that may not fit.
      if (body[i] !== 'https://www.ssco.se/bostad') expect(xWeightedLength(part), part).toBeLessThanOrEqual(limit);
    });
  });

  it('never cuts inside a grapheme', () => {
    const thread = splitThread(FAMILY.repeat(300));
    expect(thread).toHaveLength(3);
    for (const part of thread) {
      expect(xWeightedLength(part)).toBeLessThanOrEqual(280);
      // With the whole families removed, a split one would leave a joiner or a lone surrogate.
      expect(part.replaceAll(FAMILY, '')).not.toMatch(/[\u200d\ud800-\udfff]/);
    }
  });
});

describe('folds', () => {
  it.each([
    { channel: 'linkedin' as const, text: 'a'.repeat(140), folds: [] },
    { channel: 'linkedin' as const, text: 'a'.repeat(141), folds: [{ label: 'all', offset: 140 }] },
    { channel: 'linkedin' as const, text: FAMILY.repeat(141), folds: [{ label: 'all', offset: 140 * FAMILY.length }] },
    { channel: 'facebook' as const, text: 'a'.repeat(300), folds: [{ label: 'mobile', offset: 125 }] },
    {
      channel: 'facebook' as const,
      text: 'a'.repeat(500),
      folds: [
        { label: 'mobile', offset: 125 },
        { label: 'desktop', offset: 477 },
      ],
    },
    { channel: 'x' as const, text: 'a'.repeat(500), folds: [] },
  ])('$channel with $text.length UTF-16 units', ({ channel, text, folds }) => {
    expect(foldOffsets(channel, text)).toEqual(folds);
  });
});

describe('hashtags and links', () => {
  it.each([
    {
      text: 'Rösta! #Kårval #SSCO',
      extra: ['#kårval', 'Studentliv', ' #studentliv ', ''],
      tags: ['Kårval', 'SSCO', 'Studentliv'],
    },
    { text: 'Ingen tagg här: a#b, https://ssco.se/#ankare', extra: [], tags: [] },
    { text: '', extra: ['##dubbel'], tags: ['dubbel'] },
  ])('hashtagsOf($text)', ({ text, extra, tags }) => {
    expect(hashtagsOf(text, extra)).toEqual(tags);
  });

  it.each([
    { text: 'Se https://ssco.se/val', link: true },
    { text: 'Se ssco.se/val', link: true },
    { text: 'Hej, inga länkar. Punkt.slut', link: false },
  ])('containsLink($text) is $link', ({ text, link }) => {
    expect(containsLink(text)).toBe(link);
  });

  it.each([
    { title: 'Öppet hus på Campus Valla!', slug: 'oppet-hus-pa-campus-valla' },
    { title: '  Café & Möte — 2026  ', slug: 'cafe-mote-2026' },
    { title: 'Ærø Straße', slug: 'aero-strasse' },
    { title: '!!!', slug: '' },
    { title: 'ord '.repeat(40), slug: 'ord-'.repeat(20).slice(0, 79) },
  ])('slugify($title)', ({ title, slug }) => {
    expect(slugify(title)).toBe(slug);
    expect(slugify(title).length).toBeLessThanOrEqual(80);
  });
});

/** An item made through the real commands, with the given variants. */
function itemWith(title: string, variants: Array<Partial<Variant> & { channel: ChannelId }>): ContentItem {
  let plan = planWith({ type: 'item.create', id: 'a', title });
  for (const { channel, ...patch } of variants) {
    const commands: PlanCommand[] = [
      { type: 'variant.add', id: 'a', channel },
      { type: 'variant.update', id: 'a', channel, patch },
    ];
    plan = commands.reduce((next, command) => applyCommand(next, command, NOW), plan);
  }
  const item = plan.items[0];
  if (!item) throw new Error('fixture');
  return item;
}

describe('hub links', () => {
  it.each([
    {
      name: 'slug joined with one slash',
      base: 'https://www.ssco.se/',
      slug: '/oppet-hus',
      hub: 'https://www.ssco.se/oppet-hus',
    },
    { name: 'slug from the title', base: 'https://www.ssco.se', slug: '', hub: 'https://www.ssco.se/oppet-hus-pa-campus-valla' },
    { name: 'no base URL', base: '', slug: 'oppet-hus', hub: null },
  ])('$name', ({ base, slug, hub }) => {
    const item = itemWith('Öppet hus på Campus Valla!', [{ channel: 'website', slug }, { channel: 'x' }]);
    const withBase = { ...settings, websiteBaseUrl: base };
    expect(hubUrl(item, withBase)).toBe(hub);
    const x = item.variants[1] as Variant;
    expect(effectiveLink(item, x, withBase)).toBe(hub ?? '');
    expect(effectiveLink(item, { ...x, link: 'https://example.com' }, withBase)).toBe('https://example.com');
    expect(effectiveLink(item, item.variants[0] as Variant, withBase)).toBe('');
  });

  it('has no hub without a website variant', () => {
    const item = itemWith('Öppet hus', [{ channel: 'x' }]);
    expect(hubUrl(item, settings)).toBeNull();
    expect(effectiveLink(item, item.variants[0] as Variant, settings)).toBe('');
  });
});

describe('channelReadyText', () => {
  const hub = 'https://www.ssco.se/oppet-hus';
  const item = itemWith('Öppet hus', [
    { channel: 'website', slug: 'oppet-hus', lead: 'Välkommen till oss!\r\n', text: 'Vi har **öppet hus**.  \nKom!\n\n' },
    { channel: 'x', text: 'Öppet hus på tisdag! #SSCO ', hashtags: ['ssco', 'kårliv'] },
    { channel: 'instagram', text: 'Kom på öppet hus!', hashtags: ['#öppethus', 'ssco'] },
    { channel: 'facebook', text: `Läs mer: ${hub}`, hashtags: [] },
    { channel: 'linkedin', text: 'Vi söker funktionärer.', link: 'https://ssco.se/jobb', hashtags: ['jobb'] },
  ]);
  const variantOf = (channel: ChannelId): Variant => item.variants.find((v) => v.channel === channel) as Variant;

  it.each([
    { channel: 'website' as const, text: '# Öppet hus\n\nVälkommen till oss!\n\nVi har **öppet hus**.  \nKom!' },
    { channel: 'x' as const, text: `Öppet hus på tisdag! #SSCO\n${hub}\n#kårliv` },
    { channel: 'instagram' as const, text: 'Kom på öppet hus!\n#öppethus #ssco' },
    { channel: 'facebook' as const, text: `Läs mer: ${hub}` },
    { channel: 'linkedin' as const, text: 'Vi söker funktionärer.\nhttps://ssco.se/jobb\n#jobb' },
  ])('$channel', ({ channel, text }) => {
    expect(channelReadyText(item, variantOf(channel), settings)).toBe(text);
  });

  it('follows a changed post, its item or Settings at once, though it remembers the last few posts', () => {
    const x = variantOf('x');
    expect(channelReadyText(item, x, settings)).toContain(hub);
    // Changes make new objects (commands never edit in place): each is a post not seen before.
    expect(channelReadyText(item, { ...x, text: 'Ny text' }, settings)).toBe(`Ny text\n${hub}\n#ssco #kårliv`);
    expect(channelReadyText(item, x, { ...settings, websiteBaseUrl: 'https://kar.se' })).toContain('https://kar.se/');
    expect(channelReadyText(item, { ...x, hashtags: [] }, settings)).toBe(`Öppet hus på tisdag! #SSCO\n${hub}`);
    expect(channelReadyText(item, x, settings)).toBe(`Öppet hus på tisdag! #SSCO\n${hub}\n#kårliv`);
  });

  it('website without a lead has no empty paragraph', () => {
    const plain = itemWith('Rubrik', [{ channel: 'website', text: 'Brödtext' }]);
    expect(channelReadyText(plain, plain.variants[0] as Variant, settings)).toBe('# Rubrik\n\nBrödtext');
  });

  it('a long X post becomes its numbered thread, parts split by a blank line', () => {
    const long = itemWith('Lång', [{ channel: 'x', text: 'Studenter behöver bostäder. '.repeat(15), hashtags: ['bostad'] }]);
    const ready = channelReadyText(long, long.variants[0] as Variant, settings);
    const parts = ready.split('\n\n');
    expect(parts).toHaveLength(2);
    expect(parts[0]).toMatch(/ 1\/2$/);
    expect(parts[1]).toMatch(/#bostad 2\/2$/);
    for (const part of parts) expect(xWeightedLength(part)).toBeLessThanOrEqual(280);
  });

  it('an empty variant gives only its link, and nothing with none', () => {
    const empty = { ...emptyVariant('x') };
    const bare = itemWith('Tom', [{ channel: 'x' }]);
    expect(channelReadyText(bare, empty, settings)).toBe('');
    expect(channelReadyText(bare, { ...empty, link: 'https://ssco.se' }, settings)).toBe('https://ssco.se');
  });
});
