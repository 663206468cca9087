// The package's files encoded into shared blocks: each view holds exactly its text's UTF-8, as
// TextEncoder gives it, however the texts fall across blocks.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Utf8Arena } from '../../src-shared/export/utf8';

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
