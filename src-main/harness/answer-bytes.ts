// The harness's answer to an IPC call, as the bytes of its JSON. An item whose JSON the store
// keeps (partition-bytes.ts) goes in as those bytes instead of being stringified again: the
// window's first call carried 8,000 posts, 36 MB of JSON made afresh for every load (issue #20).
import type { IpcResponse } from '../../src-shared/ipc/contract';
import { keptBytes } from '../store/partition-bytes';

/** Stands in for a kept item in the text JSON.stringify makes; its bytes replace it afterwards. */
export const STAND_IN = '\u0000kept-item\u0000';
const TOKEN = JSON.stringify(STAND_IN);

/**
 * Exactly Buffer.from(JSON.stringify(answer)) but for each kept item, whose bytes are its own
 * (JSON.stringify's, or its file's where the file spelt it otherwise). The replacer hands every
 * other value back as it is, which JSON.stringify serialises as without a replacer (toJSON,
 * what is left out, key order).
 */
export function answerBytes(answer: IpcResponse<unknown>): Buffer {
  const kept: Buffer[] = [];
  const text = JSON.stringify(answer, (_key, value: unknown) => {
    const bytes = typeof value === 'object' && value !== null ? keptBytes(value) : undefined;
    if (!bytes) return value;
    kept.push(bytes);
    return STAND_IN;
  });
  if (kept.length === 0) return Buffer.from(text, 'utf8');
  const pieces = text.split(TOKEN);
  // A stand-in sits between `[ , :` and `, ] }`, so no other match can overlap one: an extra
  // piece means the answer's own text spelt TOKEN, and then it is stringified plainly.
  if (pieces.length !== kept.length + 1) return Buffer.from(JSON.stringify(answer), 'utf8');
  return joined(pieces, kept);
}

/** pieces[0] + kept[0] + pieces[1] + … as UTF-8, in one buffer. */
function joined(pieces: readonly string[], kept: readonly Buffer[]): Buffer {
  let size = 0;
  for (const piece of pieces) size += Buffer.byteLength(piece, 'utf8');
  for (const bytes of kept) size += bytes.length;
  const out = Buffer.allocUnsafe(size);
  let at = 0;
  pieces.forEach((piece, i) => {
    at += out.write(piece, at, 'utf8');
    at += kept[i]?.copy(out, at) ?? 0;
  });
  return out;
}
