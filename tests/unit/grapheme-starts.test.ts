// graphemeStarts segments only around the characters that can join a neighbour; this holds it
// equal to segmenting the whole text, on texts mixing Swedish with every kind of joining.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { graphemeStarts } from '../../src-shared/channels/counting';

const segmenter = new Intl.Segmenter('sv', { granularity: 'grapheme' });

const PLAIN = ['a', 'Ö', 'å', ' ', '\n', '.', '…', '€', '→', '©', '‼', '\t', '0', 'ß', 'ǅ'];
const JOINING = [
  '\r', // CR LF is one grapheme
  '\u0301', // combining acute
  '\u200D', // zero-width joiner
  '\uFE0F', // variation selector 16
  '😀',
  '👨‍👩‍👧',
  '🇸',
  '🇪', // regional indicators pair up, counted from the start of their run
  '\uD83C\uDFFD', // skin tone
  '\u1100',
  '\u1161',
  '\u11A8', // Hangul jamo
  '\u0600', // prepend
  '\u0915\u094D', // Devanagari consonant + virama
  '\u0903', // spacing mark
  '\uDB40\uDC61', // tag
  '\uD83D', // lone surrogate
  '日',
];

describe('graphemeStarts', () => {
  it('gives the offsets the segmenter gives for the whole text', () => {
    const piece = fc.oneof(
      { arbitrary: fc.constantFrom(...PLAIN), weight: 3 },
      { arbitrary: fc.constantFrom(...JOINING), weight: 2 },
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 60 }), (pieces) => {
        const text = pieces.join('');
        expect(graphemeStarts(text)).toEqual(Array.from(segmenter.segment(text), ({ index }) => index));
      }),
      { numRuns: 2000 },
    );
  });
});
