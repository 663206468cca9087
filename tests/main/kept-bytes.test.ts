// A start keeps each item's JSON as read from its file where the store holds the very object
// parsed from it (partition-files.ts); writes and the harness's answers reuse those bytes. Whatever
// the folder held, an item's kept bytes must be that item: never a damaged, migrated, mis-decoded
// or overwritten copy. Every start here reads several files with one reader, whose buffer is
// reused from file to file unless it was handed over.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { generatePlan } from '../../bench/plan-generator';
import { answerBytes } from '../../src-main/harness/answer-bytes';
import { keptBytes } from '../../src-main/store/partition-bytes';
import { SCHEMA_VERSION } from '../../src-shared/plan/model';
import { openServices, tempDataDir } from '../support/store';

const strict = new TextDecoder('utf-8', { fatal: true });
const FILE = 'items-2026.json';
const CURRENT = `{"schemaVersion":${SCHEMA_VERSION},`;
const OLDER = `{"schemaVersion":${SCHEMA_VERSION - 1},`;

/** The same items as a person might spell them: spaces after commas, å as an escape. */
const byHand = (bytes: Buffer) =>
  Buffer.from(bytes.toString('utf8').replaceAll(',"title":', ', "title":').replaceAll('å', '\\u00e5'));
const older = (bytes: Buffer) => Buffer.from(bytes.toString('utf8').replace(CURRENT, OLDER));

/** A byte that is not UTF-8 at the start of the first title: the text read holds U+FFFD there. */
function notUtf8(bytes: Buffer): Buffer {
  const at = bytes.indexOf('"title":"') + '"title":"'.length;
  return Buffer.concat([bytes.subarray(0, at), Buffer.from([0xff]), bytes.subarray(at)]);
}

const cases = [
  // spelling: 'app' where every kept item must be exactly JSON.stringify's bytes.
  { name: 'as the app writes it', change: (bytes: Buffer) => bytes, spelling: 'app', keptAtRead: true },
  { name: 'spelled by hand', change: byHand, spelling: 'hand', keptAtRead: true },
  { name: 'an older schema version', change: older, spelling: 'app', keptAtRead: false },
  // Kept at read, the hand's spelling would outlive the migration in the file it rewrites.
  {
    name: 'an older schema version spelled by hand',
    change: (bytes: Buffer) => older(byHand(bytes)),
    spelling: 'app',
    keptAtRead: false,
  },
  { name: 'a byte that is not UTF-8', change: notUtf8, spelling: 'app', keptAtRead: false },
  {
    name: 'damaged (restored from the backup)',
    change: (bytes: Buffer) => bytes.subarray(0, bytes.length >> 1),
    spelling: 'app',
    keptAtRead: false,
  },
] as const;

/** A folder the store wrote, with the start backup a damaged file is restored from. */
function seededFolder(): string {
  const dir = tempDataDir();
  const services = openServices(dir);
  services.plan.replacePlan(generatePlan(150));
  services.store.close();
  openServices(dir).store.close();
  return dir;
}

describe('the bytes a start keeps for each item', () => {
  it.each(cases)('$name: are the item held, or none', ({ change, spelling, keptAtRead }) => {
    const dir = seededFolder();
    const good = readFileSync(join(dir, FILE));
    writeFileSync(join(dir, FILE), change(good));
    const writes: string[] = [];
    const services = openServices(dir, { keepReadBytes: true }, writes);
    const { items } = services.plan.current().plan;
    const inFile = new Set(JSON.parse(good.toString('utf8')).items.map((item: { id: string }) => item.id));
    expect(items.filter((item) => inFile.has(item.id)).length).toBeGreaterThan(10);

    for (const item of items) {
      const kept = keptBytes(item);
      if (!kept) continue;
      expect(JSON.parse(strict.decode(kept)), item.id).toEqual(item);
      if (spelling === 'app') expect(kept.equals(Buffer.from(JSON.stringify(item))), item.id).toBe(true);
    }
    // Nothing was written at this start, so what is kept was kept as read.
    if (keptAtRead) expect(writes).toEqual([]);
    if (keptAtRead) expect(items.every((item) => keptBytes(item) !== undefined)).toBe(true);

    // The window's first call, answered from those bytes.
    const answer = { ok: true, value: services.plan.recent() } as const;
    const bytes = answerBytes(answer);
    expect(JSON.parse(strict.decode(bytes))).toEqual(JSON.parse(JSON.stringify(answer)));
    if (spelling === 'app') expect(bytes.equals(Buffer.from(JSON.stringify(answer)))).toBe(true);

    services.store.close();
  });

  it('are none in the app, which sends no JSON: keeping them is the harness option', () => {
    const services = openServices(seededFolder());
    const { items } = services.plan.current().plan;
    expect(items.length).toBeGreaterThan(10);
    expect(items.filter((item) => keptBytes(item) !== undefined)).toEqual([]);
    services.store.close();
  });

  it('after a file spelled by hand, writes each unchanged item as the file spelt it and each changed one anew', () => {
    const dir = seededFolder();
    writeFileSync(join(dir, FILE), byHand(readFileSync(join(dir, FILE))));
    const services = openServices(dir, { keepReadBytes: true });
    const target = services.plan.current().plan.items.find((item) => item.date?.startsWith('2026'));
    if (!target) throw new Error('no post in 2026');
    services.plan.apply({ type: 'item.update', id: target.id, patch: { title: 'Ändrad på ön Åland' } });
    services.store.flush();
    const written = readFileSync(join(dir, FILE), 'utf8');
    expect(JSON.parse(written).items).toEqual(services.plan.current().plan.items.filter((item) => item.date?.startsWith('2026')));
    expect(written).toContain('"title":"Ändrad på ön Åland"');
    expect(written).toContain(', "title":');
    services.store.close();
  });
});
