// Schema version 1 → 2 (custom channels): the migration as a table, a version 1 plan file
// imported, an import naming a variant on an unknown channel, and a store folder written by
// version 1 read and written back in the current version (the later steps run after this one).
import { cpSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { wordedMessage } from '../support/worded';
import { parsePlanFile } from '../../src-main/services/plan-file';
import { migrate, type StoredDoc } from '../../src-main/store/migrations';
import { SCHEMA_VERSION } from '../../src-shared/plan/model';
import { SettingsDoc } from '../../src-main/store/partitions';
import { DEFAULT_CHANNELS, defaultSettings } from '../../src-shared/settings/policy';
import { openServices, snapshotFiles, tempDataDir } from '../support/store';

const V1_PLAN = 'tests/fixtures/migration-v2/plan-v1.json';
const channel = (id: string, extra: Record<string, unknown> = {}) => ({
  id,
  enabled: true,
  label: { sv: id, en: id },
  purpose: { sv: '', en: '' },
  limit: 100,
  ...extra,
});
const settingsV1 = (channels: unknown[]) => {
  const { channels: _, ...rest } = defaultSettings();
  return { schemaVersion: 1, settings: { ...rest, channels } };
};
/** The step under test alone: version 1 to 2, whatever later versions add. */
const toVersion2 = (doc: StoredDoc, kind: 'settings' | 'items') => migrate(doc, kind, undefined, 2);
const coloursOf = (doc: StoredDoc) =>
  ((doc.settings as { channels: Array<{ id: string; colour: string; enabled: boolean }> }).channels).map((c) => [c.id, c.colour, c.enabled]);

describe('the migration from version 1 to 2', () => {
  it.each([
    {
      name: 'the five built-ins get their badge colours',
      channels: ['website', 'x', 'instagram', 'facebook', 'linkedin'].map((id) => channel(id)),
      expected: [
        ['website', '#0f766e', true],
        ['x', '#27272a', true],
        ['instagram', '#b4237f', true],
        ['facebook', '#1d4ed8', true],
        ['linkedin', '#0a66c2', true],
      ],
    },
    {
      name: 'built-ins a v1 file left out are added, turned off, after those it has',
      channels: [channel('linkedin', { enabled: false }), channel('x')],
      expected: [
        ['linkedin', '#0a66c2', false],
        ['x', '#27272a', true],
        ['website', '#0f766e', false],
        ['instagram', '#b4237f', false],
        ['facebook', '#1d4ed8', false],
      ],
    },
    {
      name: 'a colour already there is kept',
      channels: DEFAULT_CHANNELS.map((c, i) => (i === 0 ? { ...c, colour: '#ff0000' } : c)),
      expected: DEFAULT_CHANNELS.map((c, i) => [c.id, i === 0 ? '#ff0000' : c.colour, true]),
    },
  ])('$name', ({ channels, expected }) => {
    const migrated = toVersion2(settingsV1(channels), 'settings');
    expect(migrated.schemaVersion).toBe(2);
    expect(coloursOf(migrated)).toEqual(expected);
    // The later steps then make a valid settings document of today's version.
    expect(SettingsDoc.safeParse(migrate(migrated, 'settings')).success).toBe(true);
  });

  it.each([
    { name: 'an unknown v1 channel id', doc: settingsV1([channel('tiktok')]) },
    { name: 'channels that are not a list', doc: { schemaVersion: 1, settings: { ...defaultSettings(), channels: 'x' } } },
    { name: 'no settings at all', doc: { schemaVersion: 1, settings: null } },
  ])('leaves $name for validation to refuse', ({ doc }) => {
    expect(toVersion2(doc, 'settings').schemaVersion).toBe(2);
    const current = migrate(doc, 'settings');
    expect(current.schemaVersion).toBe(SCHEMA_VERSION);
    expect(SettingsDoc.safeParse(current).success).toBe(false);
  });

  it('leaves items as they were, and its input untouched', () => {
    const items = { schemaVersion: 1, items: [{ id: 'a', variants: [{ channel: 'x' }] }] };
    const copy = structuredClone(items);
    expect(toVersion2(items, 'items')).toEqual({ ...copy, schemaVersion: 2 });
    const settings = settingsV1([channel('x')]);
    const settingsCopy = structuredClone(settings);
    toVersion2(settings, 'settings');
    expect(settings).toEqual(settingsCopy);
  });
});

describe('importing the whole plan', () => {
  it('migrates a version 1 file and says so in the summary', () => {
    const result = wordedMessage(parsePlanFile(readFileSync(V1_PLAN, 'utf8')));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.migratedFrom).toBe(1);
    expect(result.plan.schemaVersion).toBe(SCHEMA_VERSION);
    expect(result.plan.settings.channels).toEqual(defaultSettings().channels);
    expect(result.plan.items.map((item) => item.variants.map((v) => v.channel))).toEqual([
      ['website', 'instagram', 'facebook'],
      ['linkedin', 'x'],
    ]);
  });

  it('refuses a variant on a channel the file does not have, naming the item and the field', () => {
    const file = JSON.parse(readFileSync(V1_PLAN, 'utf8'));
    file.schemaVersion = 2;
    file.settings.channels = defaultSettings().channels;
    file.items[1].variants[1].channel = 'custom-nyhetsbrev';
    const result = wordedMessage(parsePlanFile(JSON.stringify(file)));
    expect(result).toEqual({
      ok: false,
      message:
        'Filen importerades inte, eftersom den inte följer planens format:\n' +
        'Inlägg 2 (”Vi söker en ordförande”): kanalen ”custom-nyhetsbrev” finns inte bland inställningarnas kanaler.',
    });
  });

  it('refuses two variants of one item on one channel', () => {
    const file = JSON.parse(readFileSync(V1_PLAN, 'utf8'));
    file.items[0].variants.push(file.items[0].variants[0]);
    const result = wordedMessage(parsePlanFile(JSON.stringify(file)));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toContain('Inlägg 1 (”Höstfest”): inlägget har två varianter för kanalen ”website”.');
  });

  it('refuses a custom channel id of the wrong form in a version 2 file', () => {
    const file = JSON.parse(readFileSync(V1_PLAN, 'utf8'));
    file.schemaVersion = 2;
    file.settings.channels = [...defaultSettings().channels, { ...defaultSettings().channels[0], id: 'Nyhetsbrev!' }];
    const result = wordedMessage(parsePlanFile(JSON.stringify(file)));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toMatch(/Inställningarna.*ogiltigt kanal-id/s);
  });
});

describe('a data folder written by version 1', () => {
  it('is read, backed up as it was, and written back in the current version', () => {
    const dir = tempDataDir();
    cpSync('tests/fixtures/store/v1', dir, { recursive: true });
    const before = snapshotFiles(dir);
    const services = openServices(dir);
    const { plan } = services.plan.current();
    expect(plan.items.map((item) => item.id)).toEqual(['debatt-bostader']);
    expect(plan.settings.channels.find((c) => c.id === 'x')).toMatchObject({ colour: '#27272a', enabled: true });
    expect(plan.settings.channels.find((c) => c.id === 'facebook')).toMatchObject({ enabled: false });
    services.store.close();

    for (const file of ['settings.json', 'items-2026.json']) {
      expect(JSON.parse(readFileSync(join(dir, file), 'utf8')).schemaVersion).toBe(SCHEMA_VERSION);
    }
    // The backup taken before the rewrite holds the version 1 bytes.
    const backups = readdirSync(join(dir, 'backups'));
    const kept = backups.map((name) => readFileSync(join(dir, 'backups', name, 'settings.json'), 'base64'));
    expect(kept).toContain(before.get('settings.json'));
    expect(openServices(dir).plan.current().plan).toEqual(plan);
  });
});
