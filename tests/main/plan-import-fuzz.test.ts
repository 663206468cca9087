// Import fuzzing (issue 9): thousands of generated bad plan files, each refused with a plain
// message, and the store files byte-identical afterwards.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { examplePlanFile } from '../support/plan-files';
import { openServices, snapshotFiles, tempDataDir } from '../support/store';
import { wordedMessage } from '../support/worded';

type Json = Record<string, unknown>;
const good = examplePlanFile();
const base = () => JSON.parse(good) as Json & { items: Json[]; settings: Json };
const NOT_STRING: unknown[] = [null, 42, true, [], {}, ['a']];
/** Per field, values the strict schema must refuse. */
const WRONG_FOR: Record<string, unknown[]> = {
  id: [...NOT_STRING, '', 'has space', 'ä'],
  title: NOT_STRING,
  notes: NOT_STRING,
  status: [...NOT_STRING, 'done', 'Published'],
  date: [42, true, [], {}, '', '2026/11/24'],
  time: [42, true, [], '24:00', '9:00', '12:60'],
  audiences: [null, 'students', 42, {}, [1], [null]],
  tags: [null, 'tag', 42, {}, [1], [{}]],
  owner: NOT_STRING,
  principles: [null, 42, 'yes', [], {}, { openness: true }],
  rank: [null, 'first', true, [], {}],
  variants: [null, 'x', 42, {}, [null], [{}], [{ channel: 'tiktok' }]],
  createdAt: [...NOT_STRING, '', 'yesterday', '2026-11-24'],
  updatedAt: [...NOT_STRING, '', '2026-13-01T00:00:00Z'],
};
const IMPOSSIBLE_DAYS = [
  '2026-02-31',
  '2026-02-29',
  '2026-04-31',
  '2026-13-01',
  '2026-00-10',
  '0202-01-01',
  '2026-1-1',
  '31/12/2026',
];
const item = fc.integer({ min: 0, max: 11 });

/** Each arbitrary is one way a file goes wrong; the text is what the user would pick. */
const badFiles = fc.oneof(
  // Cut short anywhere (a partial download, a full disk).
  fc.integer({ min: 0, max: good.length - 2 }).map((end) => good.slice(0, end)),
  // A field of an item with a value of the wrong type (or one no schema allows there).
  fc.tuple(item, fc.constantFrom(...Object.keys(WRONG_FOR))).chain(([index, field]) =>
    fc.constantFrom(...WRONG_FOR[field]!).map((value) => {
      const file = base();
      file.items[index]![field] = value;
      return JSON.stringify(file);
    }),
  ),
  // An unknown key on an item, the settings or the file.
  fc
    .tuple(item, fc.constantFrom('items', 'settings', 'root'), fc.string({ minLength: 1, maxLength: 20 }))
    .map(([index, where, key]) => {
      const file = base();
      const target = where === 'items' ? file.items[index]! : where === 'settings' ? file.settings : file;
      const name = key in target || key === '__proto__' ? `x-${key}` : key;
      target[name] = 'okänd';
      return JSON.stringify(file);
    }),
  // A __proto__ key, as text (JSON.stringify would drop it): must be refused, never merged.
  fc.tuple(item, fc.constantFrom('{"status":"published"}', '{"polluted":true}', 'null')).map(([index, value]) => {
    const file = base();
    const marker = `"__marker${index}__":0`;
    file.items[index]![`__marker${index}__`] = 0;
    return JSON.stringify(file).replace(marker, `"__proto__":${value}`);
  }),
  // An impossible date on an item or a variant.
  fc.tuple(item, fc.constantFrom(...IMPOSSIBLE_DAYS)).map(([index, day]) => {
    const file = base();
    file.items[index]!.date = day;
    return JSON.stringify(file);
  }),
  // A huge string where a short one belongs.
  fc.tuple(item, fc.constantFrom('title', 'owner', 'id'), fc.integer({ min: 600, max: 300_000 })).map(([index, field, size]) => {
    const file = base();
    file.items[index]![field] = 'å'.repeat(size);
    return JSON.stringify(file);
  }),
  // Deep nesting in place of a value.
  fc
    .tuple(item, fc.integer({ min: 50, max: 5_000 }))
    .map(([index, depth]) =>
      replaceNth(good, /"notes": "(?:[^"\\]|\\.)*"/g, index, `"notes": ${'['.repeat(depth)}${']'.repeat(depth)}`),
    ),
  // Not a plan at all.
  fc.constantFrom('', 'null', '[]', '42', '"plan"', '{}', '{"settings":{}}', '{"items":[]}', '\u0000\u00ff PK'),
  // Random JSON values.
  fc.json().filter((text) => !text.includes('"settings"')),
);

/** Replaces the `n`th match (wrapping around) of a global pattern. */
function replaceNth(text: string, pattern: RegExp, n: number, replacement: string): string {
  const matches = [...text.matchAll(pattern)];
  const match = matches[n % matches.length]!;
  return text.slice(0, match.index) + replacement + text.slice(match.index + match[0].length);
}

// 100,000 items are refused once, in plan-import.test.ts: generated here a hundred times, that
// file alone took longer than all the others together.
describe('import fuzzing', () => {
  it('refuses 1,200 generated bad files, each with a plain message, and changes no store file', async () => {
    const dir = tempDataDir();
    const services = openServices(dir);
    services.plan.apply({ type: 'item.create', id: 'kvar', title: 'Ska finnas kvar' });
    services.store.flush();
    const before = snapshotFiles(dir);
    await fc.assert(
      fc.asyncProperty(badFiles, async (text) => {
        const check = wordedMessage(await services.importer.check({ text }));
        expect(check.status).toBe('rejected');
        if (check.status !== 'rejected') return;
        expect(check.message.length).toBeGreaterThan(10);
        expect(check.message.length).toBeLessThanOrEqual(2000);
        expect(check.message).not.toMatch(/Invalid input|expected |ZodError|Unexpected token|at position/);
        expect(({} as Json).polluted).toBeUndefined();
      }),
      { numRuns: 1200, seed: 9 },
    );
    expect(snapshotFiles(dir)).toEqual(before);
    expect(services.plan.current().plan.items.map((entry) => entry.id)).toEqual(['kvar']);
  });
});
