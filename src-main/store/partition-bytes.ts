// The bytes of a partition file, built from each item's own JSON kept per version of the item
// (items never change in place): one edit in a year of 4,000 items serialises one item, not the
// 8 MB file (issue #11). The bytes are exactly JSON.stringify(doc)'s, encoded as UTF-8; an item
// kept as read from a file edited by hand (spaces, escapes) keeps that file's spelling of itself.
import { isUtf8 } from 'node:buffer';
import type { ContentItem } from '../../src-shared/plan/model';

const itemBytes = new WeakMap<object, Buffer>();

function bytesOf(item: ContentItem): Buffer {
  let bytes = itemBytes.get(item);
  if (!bytes) {
    bytes = Buffer.from(JSON.stringify(item), 'utf8');
    itemBytes.set(item, bytes);
  }
  return bytes;
}

/**
 * The JSON kept for `value` if it is an item written or read since start: JSON.stringify's
 * bytes, or for an item read from a file, its bytes there, which parse to the very object held.
 */
export function keptBytes(value: object): Buffer | undefined {
  return itemBytes.get(value);
}

/**
 * Keeps each item's bytes as read from its file (`spans`: where each lies), for `items` the very
 * objects JSON.parse made of them; the caller vouches for that. Views, not copies: `bytes` must
 * never be written again. Not where the file is not valid UTF-8, whose text holds U+FFFD where
 * its bytes do not. True if kept.
 */
export function keepReadBytes(
  items: readonly unknown[],
  spans: ReadonlyArray<readonly [number, number]>,
  bytes: Buffer,
): boolean {
  if (items.length !== spans.length || !isUtf8(bytes)) return false;
  items.forEach((item, i) => {
    const [start, end] = spans[i] as readonly [number, number];
    if (typeof item === 'object' && item !== null) itemBytes.set(item, bytes.subarray(start, end));
  });
  return true;
}

/** `{"schemaVersion":…,"items":[…]}` when that is the whole document; any other document is stringified as it is. */
export function partitionBytes(doc: object): Buffer {
  const keys = Object.keys(doc);
  const items = (doc as { items?: unknown }).items;
  if (keys.length !== 2 || keys[0] !== 'schemaVersion' || keys[1] !== 'items' || !Array.isArray(items)) {
    return Buffer.from(JSON.stringify(doc), 'utf8');
  }
  const head = Buffer.from(
    `{"schemaVersion":${JSON.stringify((doc as { schemaVersion: unknown }).schemaVersion)},"items":[`,
    'utf8',
  );
  const parts: Buffer[] = [head];
  items.forEach((item: ContentItem, index) => {
    if (index > 0) parts.push(COMMA);
    parts.push(bytesOf(item));
  });
  parts.push(TAIL);
  return Buffer.concat(parts);
}

const COMMA = Buffer.from(',');
const TAIL = Buffer.from(']}');
