// The package's files as UTF-8. TextEncoder.encode gives each text a buffer of its own, which a
// year's package of thousands of files paid for three times over what encoding itself costs; the
// arena encodes each text into a shared block instead (encodeInto) and hands out views of it.
// Only main holds the package, writing or zipping each view; none is sent to another process,
// where a view would take its whole block with it. The long files (LÄS-MIG, the CSV, the
// calendar) are written a few lines at a time into a growing buffer: their lines are garbage at
// once, where a list of all of them, kept until one join, gave the collector them all to move.

/** TextEncoder, in every runtime Kanalplan runs in; src-shared's types hold neither the DOM's nor Node's. */
interface Utf8Encoder {
  encode(text: string): Uint8Array;
  encodeInto(text: string, into: Uint8Array): { read: number; written: number };
}
export const utf8Encoder = new (globalThis as unknown as { TextEncoder: new () => Utf8Encoder }).TextEncoder();

/** The most octets a UTF-16 unit becomes in UTF-8 (a surrogate pair's four are two units' worth). */
export const MAX_OCTETS_PER_UNIT = 3;
const BLOCK = 1 << 20;

export class Utf8Arena {
  private block = new Uint8Array(0);
  private at = 0;

  /** The text's UTF-8 bytes, a view into a block the arena shares between texts. */
  bytesOf(text: string): Uint8Array {
    const most = text.length * MAX_OCTETS_PER_UNIT;
    // A long text has its own buffer: a block left mostly empty would be wasted.
    if (most > BLOCK / 4) return utf8Encoder.encode(text);
    if (most > this.block.length - this.at) {
      this.block = new Uint8Array(BLOCK);
      this.at = 0;
    }
    const start = this.at;
    this.at += utf8Encoder.encodeInto(text, this.block.subarray(start)).written;
    return this.block.subarray(start, this.at);
  }
}

/** Bytes written at the end of one buffer, which doubles when it is full. */
export class GrowingBytes {
  out: Uint8Array;
  at = 0;

  constructor(expectedOctets: number) {
    this.out = new Uint8Array(Math.max(16, expectedOctets));
  }

  /** Room for `octets` more at the end. */
  reserve(octets: number): void {
    if (this.at + octets <= this.out.length) return;
    const grown = new Uint8Array(Math.max(this.out.length * 2, this.at + octets));
    grown.set(this.out.subarray(0, this.at));
    this.out = grown;
  }

  /** The text's UTF-8 at the end. */
  write(text: string): void {
    this.reserve(text.length * MAX_OCTETS_PER_UNIT);
    this.at += utf8Encoder.encodeInto(text, this.out.subarray(this.at)).written;
  }

  /** What was written, in a buffer of its own size. */
  bytes(): Uint8Array {
    return this.out.slice(0, this.at);
  }
}

const CRLF = '\r\n';

/** A text file written as it is made, each line ended by CRLF (LÄS-MIG.txt, schema.csv). */
export class CrlfLines {
  private readonly file: GrowingBytes;

  constructor(expectedOctets: number) {
    this.file = new GrowingBytes(expectedOctets);
  }

  /** Text as it stands: a byte order mark, say. */
  raw(text: string): void {
    this.file.write(text);
  }

  add(lines: readonly string[]): void {
    if (lines.length > 0) this.file.write(lines.join(CRLF) + CRLF);
  }

  bytes(): Uint8Array {
    return this.file.bytes();
  }
}
