// The package's files as UTF-8. TextEncoder.encode gives each text a buffer of its own, which a
// year's package of thousands of files paid for three times over what encoding itself costs; the
// arena encodes each text into a shared block instead (encodeInto) and hands out views of it.
// Only main holds the package, writing or zipping each view; none is sent to another process,
// where a view would take its whole block with it.

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
