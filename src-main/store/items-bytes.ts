// Parses an items file in the layout this app writes (partition-bytes.ts) one item at a time:
// `{"schemaVersion":N,"items":[` + items joined by `,` + `]}`. A whole 8 MB file decodes into one
// 8 MB string that V8 places in fresh memory, and on this machine touching fresh memory was most
// of a start (issue #11); an item's few kilobytes come from memory V8 reuses. Anything else (another
// layout, a byte-order mark, damage) gives null, and the file is parsed whole as before.
const HEAD = /^\{"schemaVersion":(0|[1-9]\d{0,8}),"items":\[/;
const TAIL = Buffer.from(']}');
/**
 * Between two items. Inside a JSON string a quote is always escaped, so these bytes mark an
 * object that starts with the key "id"; a split inside an item leaves both halves unbalanced,
 * which JSON.parse refuses, and then the whole file is parsed instead.
 */
const BETWEEN = Buffer.from('},{"id":"');

export interface ParsedItems {
  /** Exactly what JSON.parse of the whole file gives. */
  doc: { schemaVersion: number; items: unknown[] };
  /** Where each item lies in the bytes, [start, end): doc.items[i] is JSON.parse of its span. */
  spans: Array<[start: number, end: number]>;
}

/** The document and each item's place in the bytes, or null where this layout does not hold. */
export function parseItemsBytes(bytes: Buffer): ParsedItems | null {
  const head = HEAD.exec(bytes.toString('latin1', 0, 48));
  if (!head || bytes.length < head[0].length + TAIL.length) return null;
  const end = bytes.length - TAIL.length;
  if (!bytes.subarray(end).equals(TAIL)) return null;
  const doc = { schemaVersion: Number(head[1]), items: [] as unknown[] };
  const spans: ParsedItems['spans'] = [];
  let start = head[0].length;
  if (start === end) return { doc, spans };
  try {
    for (;;) {
      const at = bytes.indexOf(BETWEEN, start);
      const stop = at === -1 || at >= end ? end : at + 1;
      // Buffer's own decoder: TextDecoder's call cost more than the item's parse (Node 20).
      doc.items.push(JSON.parse(bytes.toString('utf8', start, stop)));
      spans.push([start, stop]);
      if (stop === end) break;
      start = stop + 1;
    }
  } catch {
    return null;
  }
  return { doc, spans };
}
