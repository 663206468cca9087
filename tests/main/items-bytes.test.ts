// An items file is parsed item by item when it has the layout this app writes; the result must
// be exactly JSON.parse of the whole file, and anything else must be left to that whole parse.
import { describe, expect, it } from 'vitest';
import { generatePlan } from '../../bench/plan-generator';
import { parseItemsBytes } from '../../src-main/store/items-bytes';
import { partitionBytes } from '../../src-main/store/partition-bytes';
import { partitionDoc, partitionOf } from '../../src-main/store/partitions';
import { applyCommand } from '../../src-shared/plan/commands';
import { NOW } from '../support/plans';

const plan = generatePlan(200);
const tricky = applyCommand(
  plan,
  { type: 'item.update', id: plan.items[0]!.id, patch: { title: 'Slut },{"id":"x" och ”citat” \\ 🎉', notes: '"},{"id":"' } },
  NOW,
);

/** JSON.parse of the whole text, or 'refused' where it throws. */
function whole(bytes: Buffer): unknown {
  try {
    return JSON.parse(new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes));
  } catch {
    return 'refused';
  }
}

describe('parsing an items file item by item', () => {
  it('gives exactly the whole parse for every partition the app writes, tricky text included', () => {
    for (const partition of ['backlog', 'items-2024', 'items-2025', 'items-2026', 'items-2027']) {
      const bytes = partitionBytes(partitionDoc(tricky, partition));
      const parsed = parseItemsBytes(bytes);
      expect(parsed?.doc, partition).toEqual(whole(bytes));
      // Each item's span is its own JSON, as JSON.stringify spells it: the store keeps these bytes.
      expect(parsed?.spans.map(([start, end]) => bytes.toString('utf8', start, end))).toEqual(
        parsed?.doc.items.map((item) => JSON.stringify(item)),
      );
    }
    expect(parseItemsBytes(Buffer.from('{"schemaVersion":2,"items":[]}'))?.doc).toEqual({ schemaVersion: 2, items: [] });
  });

  it('leaves every other layout to the whole parse', () => {
    const doc = partitionDoc(plan, 'items-2026');
    for (const text of [
      JSON.stringify(doc, null, 2),
      `\uFEFF${JSON.stringify(doc)}`,
      JSON.stringify(doc).replace('"schemaVersion":', '"schemaVersion":0'),
      '{"schemaVersion":2,"items":[{"id":"a","x":[{"id":"b"},{"id":"c"}]},{"id":"d"}]}',
      '{"schemaVersion":2,"items":[1,{"id":"a"}]}',
      '{"schemaVersion":2,"items":[{"id":"a"}]} ',
    ]) {
      expect(parseItemsBytes(Buffer.from(text)), text.slice(0, 40)).toBeNull();
    }
  });

  it('on 1,000 damaged copies gives either null or exactly what the whole parse gives', () => {
    const target = tricky.items[0]!;
    const small = { ...tricky, items: tricky.items.filter((item) => item === target || item.rank % 7 === 0) };
    const good = partitionBytes(partitionDoc(small, partitionOf(target)));
    let seed = 11;
    const next = (below: number) => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed % below;
    };
    const pieces = ['}', '{', ',', ']', '"', '\\', '},{"id":"', 'x'].map((text) => Buffer.from(text));
    let parsedItemwise = 0;
    for (let n = 0; n < 1000; n += 1) {
      const at = next(good.length);
      const damaged =
        n % 3 === 0
          ? good.subarray(0, at)
          : Buffer.concat([good.subarray(0, at), pieces[next(pieces.length)]!, good.subarray(at + (n % 3 === 1 ? 1 : 0))]);
      const result = parseItemsBytes(damaged);
      if (result === null) continue;
      parsedItemwise += 1;
      expect(result.doc, `copy ${n}`).toEqual(whole(damaged));
    }
    expect(parsedItemwise, 'some damage still parses, e.g. inside a text').toBeGreaterThan(0);
  });
});
