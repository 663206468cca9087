// RFC 5545's content lines as the file's bytes: UTF-8, each line ended by CRLF and folded at 75
// octets, a continuation starting with a space, no fold inside a character. A year's calendar
// holds millions of octets, so the lines are written a block at a time (an event's) into one
// growing buffer: each block is encoded into a scratch buffer kept for the next, then copied
// across in pieces of up to 75 octets. Building the whole text first, as one string and then as
// its bytes, made two copies of the calendar for the garbage collector to move.

import { GrowingBytes, MAX_OCTETS_PER_UNIT, utf8Encoder as encoder } from './utf8';

const MAX_OCTETS = 75;
const SHORTEST_PIECE = MAX_OCTETS - 4;
const [CR, LF, SPACE] = [0x0d, 0x0a, 0x20];

export class ContentLines {
  private readonly file: GrowingBytes;
  private scratch = new Uint8Array(64 * 1024);

  constructor(expectedOctets = 64 * 1024) {
    this.file = new GrowingBytes(expectedOctets);
  }

  /** Adds lines, none holding a line break (escapeText writes each as "\\n"). */
  add(lines: readonly string[]): void {
    if (lines.length === 0) return;
    const text = lines.join('\n');
    if (this.scratch.length < text.length * MAX_OCTETS_PER_UNIT) this.scratch = new Uint8Array(text.length * MAX_OCTETS_PER_UNIT * 2);
    const length = encoder.encodeInto(text, this.scratch).written;
    // A piece is at least 71 octets (74, less the three of a character that did not fit): at
    // most one fold (three octets) per 71, and a CRLF for each line.
    this.file.reserve(length + 3 * Math.ceil(length / SHORTEST_PIECE) + 2 * lines.length);
    this.fold(this.scratch.subarray(0, length));
  }

  /** The lines' bytes, in a buffer of their own size. */
  bytes(): Uint8Array {
    return this.file.bytes();
  }

  private fold(bytes: Uint8Array): void {
    const { out } = this.file;
    let at = this.file.at;
    let start = 0;
    while (start <= bytes.length) {
      const found = bytes.indexOf(LF, start);
      const end = found === -1 ? bytes.length : found;
      let from = start;
      let room = MAX_OCTETS;
      while (end - from > room) {
        // A piece ends before a character's first byte, never before one of the 10xxxxxx that continue it.
        let cut = from + room;
        while (((bytes[cut] as number) & 0xc0) === 0x80) cut -= 1;
        out.set(bytes.subarray(from, cut), at);
        at += cut - from;
        out[at] = CR;
        out[at + 1] = LF;
        out[at + 2] = SPACE;
        at += 3;
        from = cut;
        room = MAX_OCTETS - 1; // the continuation's space is one of its 75
      }
      out.set(bytes.subarray(from, end), at);
      at += end - from;
      out[at] = CR;
      out[at + 1] = LF;
      at += 2;
      start = end + 1;
    }
    this.file.at = at;
  }
}

/** Content lines as their bytes, each folded and ended by CRLF. */
export function foldLines(lines: readonly string[]): Uint8Array {
  const writer = new ContentLines();
  writer.add(lines);
  return writer.bytes();
}
