// The store's quick check of a stored items document must never accept what the schema refuses:
// every field of real items is broken in many ways, and wherever the schema says no, so must it.
import { describe, expect, it } from 'vitest';
import { examplePlanItems } from '../../src-shared/example-plan';
import { generatePlan } from '../../bench/plan-generator';
import { ContentItem, SCHEMA_VERSION } from '../../src-shared/plan/model';
import { isStoredItem, isStoredItemsDoc } from '../../src-main/store/fast-item-check';
import { ItemsDoc } from '../../src-main/store/partitions';

const items: ContentItem[] = [...examplePlanItems('2026-11-24', '2026-11-24T10:00:00.000Z'), ...generatePlan(6).items];

/** Wrong values of every kind a file could hold instead of the right one. */
const WRONG: unknown[] = [
  undefined,
  null,
  true,
  0,
  -1,
  1.5,
  Number.NaN,
  '',
  'x',
  'x'.repeat(65),
  'x'.repeat(100_001),
  '2026-02-31',
  '2026-13-01',
  '1899-12-31',
  '2026-11-24T10:00',
  '2026-11-24T10:00:00',
  '25:00',
  'idé',
  'published ',
  'mastodon',
  [],
  ['x'.repeat(141)],
  Array.from({ length: 101 }, () => 'a'),
  {},
  { sv: '', en: '' },
  { openness: true, clarity: true },
  { openness: true, clarity: true, credibility: 'yes' },
];

function copy<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}

/** Every item with one field (or one variant's field) set to each wrong value, removed, or joined by an unknown key. */
function* broken(): Generator<unknown> {
  for (const item of items) {
    for (const key of Object.keys(item)) {
      for (const wrong of WRONG) yield { ...copy(item), [key]: wrong };
      const { [key as keyof ContentItem]: _, ...without } = copy(item);
      yield without;
    }
    yield { ...copy(item), extra: 1 };
    yield JSON.parse(`{"__proto__":{},${JSON.stringify(item).slice(1)}`);
    for (const [index, variant] of item.variants.entries()) {
      for (const key of Object.keys(variant)) {
        for (const wrong of WRONG) {
          const changed = copy(item);
          changed.variants[index] = { ...variant, [key]: wrong };
          yield changed;
        }
      }
      const extra = copy(item);
      extra.variants[index] = { ...variant, extra: '' } as never;
      yield extra;
    }
  }
}

describe('the quick check of stored items', () => {
  it('accepts the items the schema accepts, so the quick path is taken', () => {
    for (const item of items) {
      expect(ContentItem.safeParse(item).success).toBe(true);
      expect(isStoredItem(copy(item))).toBe(true);
    }
    expect(isStoredItemsDoc(copy({ schemaVersion: SCHEMA_VERSION, items }))).toBe(true);
  });

  it('never accepts an item the schema refuses', () => {
    let refused = 0;
    for (const candidate of broken()) {
      if (ContentItem.safeParse(candidate).success) continue;
      refused += 1;
      expect(isStoredItem(candidate), JSON.stringify(candidate).slice(0, 300)).toBe(false);
    }
    expect(refused).toBeGreaterThan(1000);
  });

  it('never accepts a document the schema refuses', () => {
    const good = copy({ schemaVersion: SCHEMA_VERSION, items });
    const docs: unknown[] = [
      { ...good, schemaVersion: SCHEMA_VERSION + 1 },
      { ...good, extra: true },
      { schemaVersion: SCHEMA_VERSION },
      { schemaVersion: SCHEMA_VERSION, items: {} },
      { items: good.items },
      [good],
      { ...good, items: [...good.items, null] },
    ];
    for (const doc of docs) {
      expect(ItemsDoc.safeParse(doc).success).toBe(false);
      expect(isStoredItemsDoc(doc)).toBe(false);
    }
  });
});
