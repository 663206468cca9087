// The harness answers a call with JSON.stringify's bytes, each item the store keeps put in as its
// kept bytes (answer-bytes.ts). For any answer: the same bytes as Buffer.from(JSON.stringify()),
// or, with an item read from a file spelled by hand, bytes that parse to the same.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { generatePlan } from '../../bench/plan-generator';
import { answerBytes, answerChunks, STAND_IN } from '../../src-main/harness/answer-bytes';
import { keptBytes, partitionBytes } from '../../src-main/store/partition-bytes';
import { readPartitionFile } from '../../src-main/store/partition-files';
import { SCHEMA_VERSION, type ContentItem } from '../../src-shared/plan/model';
import { tempDataDir } from '../support/store';

const strict = new TextDecoder('utf-8', { fatal: true });

/** The items of a partition file with these bytes, as the store reads (and keeps) them. */
function readItems(bytes: Buffer): ContentItem[] {
  const dir = tempDataDir();
  writeFileSync(join(dir, 'backlog.json'), bytes);
  const read = readPartitionFile(dir, 'backlog', undefined, true);
  if (read.status !== 'ok') throw new Error(`not read: ${read.status}`);
  return read.doc.items as ContentItem[];
}

const fresh = () => structuredClone(generatePlan(24).items);
const docOf = (items: ContentItem[]) => ({ schemaVersion: SCHEMA_VERSION, items });
// Kept as the store keeps items: when it writes them, and when it reads a file it wrote.
const written = fresh();
partitionBytes(docOf(written));
const read = readItems(partitionBytes(docOf(fresh())));
// Spaces and escapes a person might write: kept as the file spells them.
const byHand = readItems(
  Buffer.from(partitionBytes(docOf(fresh())).toString().replaceAll(',"title":', ' ,  "title" :').replaceAll('ä', '\\u00e4')),
);

/** Bytes, or the kind of error thrown: JSON.stringify throws on a BigInt or a cycle. */
function outcome(make: () => Buffer): Buffer | string {
  try {
    return make();
  } catch (error) {
    return error instanceof Error ? error.constructor.name : 'not an Error';
  }
}

function expectSameBytes(value: unknown): void {
  const answer = { ok: true, value } as const;
  const got = outcome(() => answerBytes(answer));
  const expected = outcome(() => Buffer.from(JSON.stringify(answer), 'utf8'));
  if (typeof got === 'string' || typeof expected === 'string') expect(got).toBe(expected);
  else expect(got.equals(expected), expected.toString().slice(0, 200)).toBe(true);
}

/** What JSON.stringify meets besides data: toJSON (given its key), functions, symbols, the stand-in itself. */
const odd = fc.constantFrom<unknown>(
  (key: string) => key,
  Symbol('s'),
  { toJSON: (key: string) => `toJSON of ${key}` },
  { toJSON: () => undefined },
  { toJSON: () => written[0] },
  STAND_IN,
  `x${STAND_IN}`,
);
const keys = fc.oneof(fc.string(), fc.constantFrom('__proto__', 'toJSON', '1', '-0', STAND_IN));
const values = (leaves: fc.Arbitrary<unknown>[]) =>
  fc.anything({
    key: keys,
    values: leaves,
    maxDepth: 4,
    withBoxedValues: true,
    withNullPrototype: true,
    withBigInt: true,
    withDate: true,
    withMap: true,
    withSet: true,
    withTypedArray: true,
    withSparseArray: true,
    stringUnit: 'binary',
  });
const data = [fc.boolean(), fc.integer(), fc.double(), fc.string({ unit: 'binary' }), fc.constantFrom(null, undefined, -0), odd];

describe('the bytes of an answer', () => {
  it('are JSON.stringify’s for any value', () => {
    fc.assert(fc.property(values(data), expectSameBytes), { numRuns: 500 });
  });

  it('are JSON.stringify’s for any value holding items kept as written or as read', () => {
    expect([...written, ...read].every((item) => keptBytes(item) !== undefined)).toBe(true);
    const kept = fc.constantFrom<unknown>(...written, ...read);
    fc.assert(fc.property(values([...data, kept, kept]), expectSameBytes), { numRuns: 500 });
  });

  it('parse to what JSON.stringify’s parse to, with items kept as a file spelled by hand spells them', () => {
    expect(byHand.every((item) => keptBytes(item) !== undefined)).toBe(true);
    const kept = fc.constantFrom<unknown>(...byHand, ...written);
    fc.assert(
      fc.property(fc.jsonValue(), fc.array(kept), (value, items) => {
        const answer = { ok: true, value: { value, items, first: items[0] } } as const;
        expect(JSON.parse(strict.decode(answerBytes(answer)))).toEqual(JSON.parse(JSON.stringify(answer)));
      }),
      { numRuns: 200 },
    );
  });

  it.each([
    { name: 'an item alone', value: () => read[0] },
    { name: 'the same item twice', value: () => [read[1], { again: read[1] }] },
    { name: 'the stand-in spelt beside items', value: () => [read[0], STAND_IN, { [STAND_IN]: written[0] }] },
    { name: 'an item given by toJSON', value: () => ({ toJSON: () => [written[2], read[2]] }) },
    {
      name: 'a cycle beside items',
      value: () => ((cycle: { self?: unknown; items: unknown[] }) => ((cycle.self = cycle), cycle))({ items: [read[3]] }),
    },
  ])('are JSON.stringify’s for $name', ({ value }) => {
    expectSameBytes(value());
  });
});

describe('the pieces of an answer', () => {
  it('hand on each kept item’s own bytes, uncopied, between the pieces of text, and make the same bytes', () => {
    const answer = { ok: true, value: { items: [...read, ...written], count: read.length + written.length } } as const;
    const chunks = answerChunks(answer);
    const items = [...read, ...written].map((item) => keptBytes(item));
    // Each kept item's buffer is passed on as it is: no answer-sized buffer is made and filled.
    expect(items.every((bytes) => bytes !== undefined && chunks.includes(bytes))).toBe(true);
    expect(chunks.length).toBeLessThanOrEqual(2 * items.length + 1);
    expect(Buffer.concat(chunks).equals(Buffer.from(JSON.stringify(answer), 'utf8'))).toBe(true);
  });
});
