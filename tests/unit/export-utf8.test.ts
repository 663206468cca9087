// The package's files encoded into shared blocks: each view holds exactly its text's UTF-8, as
// TextEncoder gives it, however the texts fall across blocks.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { csvBytes, csvText } from '../../src-shared/export/csv';
import { CrlfLines, Utf8Arena } from '../../src-shared/export/utf8';

describe('Utf8Arena', () => {
  it("gives each text TextEncoder's bytes, across many blocks and for texts of any size", () => {
    const texts = fc.array(
      fc.oneof(
        fc.string({ unit: 'grapheme', maxLength: 200 }),
        fc.string({ unit: 'binary', maxLength: 50 }), // lone surrogates become U+FFFD
        fc.constantFrom('', 'å'.repeat(100_000), '😀'.repeat(60_000), 'a'.repeat(87_381), 'a'.repeat(87_382)),
      ),
      { maxLength: 60 },
    );
    fc.assert(
      fc.property(texts, (list) => {
        const arena = new Utf8Arena();
        const views = list.map((text) => arena.bytesOf(text));
        // Every view checked after all are made: a later text never writes over an earlier one.
        // Compared as buffers: an element-by-element deep equality of 300 kB takes seconds.
        views.forEach((bytes, i) => expect(Buffer.from(bytes).equals(Buffer.from(list[i] ?? '', 'utf8')), list[i]?.slice(0, 20)).toBe(true));
      }),
      { numRuns: 100 },
    );
  });
});

describe('CrlfLines', () => {
  it('holds every block of lines, each line ended by CRLF, however often its buffer grows', () => {
    const line = fc.oneof(fc.string({ unit: 'grapheme', maxLength: 80 }), fc.constantFrom('', 'å'.repeat(5_000), '😀'.repeat(3_000)));
    fc.assert(
      fc.property(fc.array(fc.array(line, { maxLength: 8 }), { maxLength: 30 }), (blocks) => {
        const file = new CrlfLines(16); // far too small: it has to grow
        file.raw('\uFEFF');
        blocks.forEach((lines) => file.add(lines));
        const expected = '\uFEFF' + blocks.flat().map((text) => `${text}\r\n`).join('');
        expect(Buffer.from(file.bytes()).equals(Buffer.from(expected, 'utf8'))).toBe(true);
      }),
      { numRuns: 100 },
    );
  });

  it('writes the CSV row by row as the same bytes as the CSV text', () => {
    const cell = fc.oneof(fc.string({ maxLength: 12 }), fc.constantFrom('=1+1', 'a;b', '"citat"', 'rad\nbrytning', 'Kårval'));
    fc.assert(
      fc.property(fc.array(cell, { minLength: 1, maxLength: 5 }), fc.array(fc.array(cell, { minLength: 1, maxLength: 5 }), { maxLength: 20 }), (header, rows) => {
        const bytes = csvBytes(header, rows, (row) => row);
        expect(new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes)).toBe(csvText([header, ...rows]));
      }),
    );
  });
});
