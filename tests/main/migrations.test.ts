import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SCHEMA_VERSION } from '../../src-shared/plan/model';
import { migrate, MIGRATIONS, type Migration, type StoredDoc } from '../../src-main/store/migrations';
import { kindOf, schemaFor } from '../../src-main/store/partitions';

const fixtures = 'tests/fixtures/store';
const load = (path: string) => JSON.parse(readFileSync(path, 'utf8')) as StoredDoc;

describe('migrations of every shipped schema version', () => {
  const versions = readdirSync(fixtures).filter((name) => /^v\d+$/.test(name));

  it('has a fixture folder for every version from 1 to the current one', () => {
    expect(versions.sort()).toEqual(Array.from({ length: SCHEMA_VERSION }, (_, i) => `v${i + 1}`));
  });

  const cases = versions.flatMap((version) =>
    readdirSync(join(fixtures, version)).map((file) => ({ version, file, partition: file.replace(/\.json$/, '') })),
  );
  it.each(cases)('$version/$file migrates to the current version and validates', ({ version, file, partition }) => {
    const doc = load(join(fixtures, version, file));
    const once = migrate(doc, kindOf(partition));
    expect(once.schemaVersion).toBe(SCHEMA_VERSION);
    expect(schemaFor(partition).safeParse(once).success).toBe(true);
    // A document already current comes back as the very same object: the store then knows it
    // need not be rewritten. An older one comes back as a new object, which it writes.
    if (version === `v${SCHEMA_VERSION}`) expect(once).toBe(doc);
    else expect(once).not.toBe(doc);
    expect(migrate(once, kindOf(partition))).toBe(once);
  });
});

describe('the migration mechanism, proven with a test migration to a pretend version 2', () => {
  const ownersFromOwner: Migration = (doc) => ({
    ...doc,
    items: (doc.items as Array<Record<string, unknown>>).map(({ owner, ...item }) => ({
      ...item,
      owners: owner ? [owner] : [],
    })),
  });
  const table = { ...MIGRATIONS, 1: ownersFromOwner };
  const v1 = load('tests/fixtures/migration-test/items-v1.json');
  const v2 = load('tests/fixtures/migration-test/items-v2.json');

  it('takes a version 1 document to version 2', () => {
    expect(migrate(v1, 'items', table, 2)).toEqual(v2);
  });

  it('is idempotent and leaves its input alone', () => {
    const copy = structuredClone(v1);
    const once = migrate(v1, 'items', table, 2);
    expect(migrate(once, 'items', table, 2)).toEqual(once);
    expect(v1).toEqual(copy);
  });

  it.each([
    { name: 'a missing step', doc: { schemaVersion: 1 }, migrations: {}, message: /ingen migrering/ },
    { name: 'a newer file', doc: { schemaVersion: 3 }, migrations: table, message: /nyare version/ },
    { name: 'no version', doc: {}, migrations: table, message: /schemaVersion saknas/ },
    { name: 'a string version', doc: { schemaVersion: '1' }, migrations: table, message: /schemaVersion saknas/ },
  ])('refuses $name with a readable reason', ({ doc, migrations, message }) => {
    expect(() => migrate(doc as StoredDoc, 'items', migrations, 2)).toThrow(message);
  });
});
