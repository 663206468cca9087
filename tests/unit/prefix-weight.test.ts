// The thread split and the X count weigh text word by word (src-shared/channels/prefix-weight.ts)
// instead of asking twitter-text to parse every prefix whole. These properties hold both equal
// to twitter-text's own parse on generated texts: Swedish, emoji, other scripts, URLs with and
// without scheme (the hub link with many slugs among them), hashtags and odd whitespace.
import fc from 'fast-check';
import twitter from 'twitter-text';
import { describe, expect, it } from 'vitest';
import { slugify, splitThread, xWeightedLength } from '../../src-shared/channels';
import { prefixWeights } from '../../src-shared/channels/prefix-weight';
import { computeSplit, parsePerPrefix, wordCuts } from '../../src-shared/channels/thread';

const parsed = (text: string): number => twitter.parseTweet(text).weightedLength;

const WORDS = ['studenter', 'bostäder', 'Öppet', 'hus', 'på', 'kårval', 'Ärligt', 'för', 'och', 'år', 'Möte', 'x'];
const MARKS = ['.', '!', '?', '…', '...', '”', ')', ']', ',', ':', '-', '–', "'", '"', '(', '/', '€', '→', '•', '&'];
const EMOJI = ['😀', '👍🏽', '👨‍👩‍👧‍👦', '🇸🇪', '🇸🇪🇫🇮', '❤️', '❤', '1️⃣', '#️⃣', '🏳️‍🌈', '☺', '©', '™', '🧑🏿‍🚀'];
// Combining marks, directional marks, a lone surrogate, full-width signs: what twitter-text's
// URL regex and NFC treat unlike letters.
const SCRIPTS = [
  '日本語',
  '한국',
  'Привет',
  'e\u0301',
  '\u0301',
  '\u200D',
  '\u200E',
  '\u202A',
  '\uFFFE',
  '\uD83D',
  'ß',
  '＠',
  '＃',
];
const URLS = [
  'ssco.se/val',
  'www.example.com',
  'https://www.ssco.se/nyheter/',
  'http://t.co/abc123',
  `https://t.co/${'a'.repeat(45)}`,
  'example.comx',
  'example.com.',
  'Åre.se',
  'öl.se/x',
  '-x.se',
  'sub.example.co.uk/path?q=1&x=2#frag',
  'https://xn--mnchen-3ya.de',
  'http://localhost',
  'https://exämple.se/å',
  'example.com/(paren)',
  'mailto:a@b.se',
  '@kåren',
  '#kårval',
  '$SSCO',
  'a.b',
];
const SEPARATORS = ['', ' ', ' ', ' ', '\n', '\n\n', '  ', ' \n', '\t', '\u00A0', '\u3000', '\r\n'];

const hubUrl = fc.string({ maxLength: 100 }).map((title) => `https://www.ssco.se/nyheter/${slugify(`Öppet hus ${title}`)}`);
const token = fc.oneof(
  { arbitrary: fc.constantFrom(...WORDS), weight: 8 },
  { arbitrary: fc.constantFrom(...MARKS), weight: 2 },
  { arbitrary: fc.constantFrom(...EMOJI), weight: 1 },
  { arbitrary: fc.constantFrom(...SCRIPTS), weight: 1 },
  { arbitrary: fc.constantFrom(...URLS), weight: 2 },
  { arbitrary: hubUrl, weight: 1 },
);
const textOf = (minTokens: number, maxTokens: number) =>
  fc
    .array(fc.tuple(token, fc.constantFrom(...SEPARATORS)), { minLength: minTokens, maxLength: maxTokens })
    .map((pairs) => pairs.flat().join(''));

describe('weighing word by word', () => {
  it('weighs every prefix of a short text as twitter-text does', () => {
    fc.assert(
      fc.property(textOf(0, 30), (text) => {
        const weightOf = prefixWeights(text);
        for (let end = 0; end <= text.length; end += 1) expect(weightOf(end)).toBe(parsed(text.slice(0, end)));
      }),
      { numRuns: 300 },
    );
  });

  it('weighs sampled prefixes and the whole of a long text as twitter-text does', () => {
    fc.assert(
      fc.property(textOf(60, 250), fc.array(fc.nat(), { maxLength: 20 }), (text, picks) => {
        const weightOf = prefixWeights(text);
        for (const end of [...picks.map((pick) => pick % (text.length + 1)), text.length]) {
          expect(weightOf(end)).toBe(parsed(text.slice(0, end)));
        }
        expect(xWeightedLength(text)).toBe(parsed(text));
      }),
      { numRuns: 200 },
    );
  });
});

// Only characters X weighs one each (below U+0300, © and ® aside), the URLs among them: the
// whole text is weighed by its length but for the pieces that may hold a URL.
const ONE_PER_UNIT_URLS = URLS.filter((url) => /^[\u0020-\u00A8\u00AA-\u00AD\u00AF-\u02FF]*$/.test(url));
const plainToken = fc.oneof(
  { arbitrary: fc.constantFrom(...WORDS, 'ssco', 'se', 't.ex.', 'bl.a', 'kl.', '1.5', '.', '..', 'ß'), weight: 8 },
  { arbitrary: fc.constantFrom('.', '!', '?', ',', ':', '-', "'", '"', '(', '/', '&', '@', '#'), weight: 3 },
  { arbitrary: fc.constantFrom(...ONE_PER_UNIT_URLS), weight: 3 },
  { arbitrary: hubUrl, weight: 1 },
);
const plainText = fc
  .array(fc.tuple(plainToken, fc.constantFrom('', ' ', ' ', '\n', '\t', '\u00A0')), { maxLength: 80 })
  .map((pairs) => pairs.flat().join(''));

describe('weighing a text of one-weight characters', () => {
  it('weighs it and its prefixes as twitter-text does, links and dotted words included', () => {
    expect(ONE_PER_UNIT_URLS.length).toBeGreaterThan(8);
    fc.assert(
      fc.property(plainText, (text) => {
        expect(xWeightedLength(text)).toBe(parsed(text));
        const weightOf = prefixWeights(text);
        for (let end = 0; end <= text.length; end += 1 + (end % 7)) expect(weightOf(end)).toBe(parsed(text.slice(0, end)));
      }),
      { numRuns: 600 },
    );
  });
});

describe('the thread split weighing word by word', () => {
  it('splits exactly as with a parse of every prefix, for limits 8 to 280', () => {
    fc.assert(
      fc.property(textOf(20, 250), fc.integer({ min: 8, max: 280 }), (text, limit) => {
        expect(computeSplit(text, limit, prefixWeights)).toEqual(computeSplit(text, limit, parsePerPrefix));
      }),
      { numRuns: 150 },
    );
  });

  it('splits a post with the hub link appended exactly so, whatever the title makes of the slug', () => {
    const body = textOf(60, 200);
    fc.assert(
      fc.property(
        body,
        fc.array(hubUrl, { minLength: 1, maxLength: 4 }),
        fc.integer({ min: 8, max: 280 }),
        (text, links, limit) => {
          // The editor types into the title: the same body, one slug after another.
          for (const link of links) {
            const post = `${text.trimEnd()}\n${link}\n#kårval`;
            expect(splitThread(post, limit)).toEqual(computeSplit(post, limit, parsePerPrefix));
          }
        },
      ),
      { numRuns: 25 },
    );
  });
});

describe('the cuts between words', () => {
  it('are where each run of white space starts, as /\\s+/g finds them, before the end asked for', () => {
    const spaces = ['\u00a0', '\u2028', '\u3000', '\ufeff', '\u200b', '\u180e', '\t', '\v', '\f', '\r', '\n', ' '];
    const piece = fc.oneof(fc.string({ maxLength: 4 }), fc.constantFrom(...spaces), fc.string({ unit: 'binary', maxLength: 3 }));
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 30 }).map((pieces) => pieces.join('')), fc.nat(), (text, pick) => {
        const end = pick % (text.length + 2);
        const expected = [...text.matchAll(/\s+/g)].map((match) => match.index).filter((at) => at < end);
        expect(wordCuts(text, end)).toEqual(expected);
      }),
    );
  });
});
