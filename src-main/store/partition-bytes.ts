// The bytes of a partition file, built from each item's own JSON kept per version of the item
// (items never change in place): one edit in a year of 4,000 items serialises one item, not the
// 8 MB file (issue #11). The bytes are exactly JSON.stringify(doc)'s, encoded as UTF-8.
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
