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
  const chunks = answerChunks(answer);
  return chunks.length === 1 ? (chunks[0] as Buffer) : Buffer.concat(chunks);
}

/**
 * The answer's bytes in the pieces they are made of: the text between kept items, and each
 * kept item's own bytes. Written to the socket as they are, with no buffer of the whole: fresh
 * memory is slow to touch on this machine (a new 37 MB buffer took 120 ms to fill, the same
 * buffer filled again 3 ms), and the first load's answer is that large.
 */
export function answerChunks(answer: IpcResponse<unknown>): Buffer[] {
  const kept: Buffer[] = [];
  const text = JSON.stringify(answer, (_key, value: unknown) => {
    const bytes = typeof value === 'object' && value !== null ? keptBytes(value) : undefined;
    if (!bytes) return value;
    kept.push(bytes);
    return STAND_IN;
  });
  if (kept.length === 0) return [Buffer.from(text, 'utf8')];
  const pieces = text.split(TOKEN);
  // A stand-in sits between `[ , :` and `, ] }`, so no other match can overlap one: an extra
  // piece means the answer's own text spelt TOKEN, and then it is stringified plainly.
  if (pieces.length !== kept.length + 1) return [Buffer.from(JSON.stringify(answer), 'utf8')];
  return pieces.flatMap((piece, i) => {
    const bytes = kept[i];
    const before = piece === '' ? [] : [Buffer.from(piece, 'utf8')];
    return bytes ? [...before, bytes] : before;
  });
}
