import { describe, expect, it } from 'vitest';
import { BUILT_IN_CHANNEL_IDS, IsoDay, Settings, STATUS_IDS } from '../../src-shared/plan/model';
import { DEFAULT_AUDIENCES, DEFAULT_CHANNELS, PRINCIPLES, STATUSES, defaultSettings } from '../../src-shared/settings/policy';

describe('policy defaults', () => {
  it('has the five channels of the policy with purposes and limits', () => {
    expect(DEFAULT_CHANNELS.map((c) => [c.id, c.label.sv, c.limit])).toEqual([
      ['website', 'Hemsida', 100_000],
      ['x', 'X (Twitter)', 280],
      ['instagram', 'Instagram', 2_200],
      ['facebook', 'Facebook', 63_206],
      ['linkedin', 'LinkedIn', 3_000],
    ]);
    expect(DEFAULT_CHANNELS.map((c) => c.id)).toEqual([...BUILT_IN_CHANNEL_IDS]);
    for (const channel of DEFAULT_CHANNELS) {
      expect(channel.purpose.sv.length).toBeGreaterThan(20);
      expect(channel.purpose.en.length).toBeGreaterThan(20);
    }
    expect(DEFAULT_CHANNELS.find((c) => c.id === 'website')?.purpose.sv).toMatch(/hubben/i);
  });

  it('has the seven audiences, three principles and five statuses, in Swedish and English', () => {
    expect(DEFAULT_AUDIENCES.map((a) => a.label.sv)).toEqual([
      'Beslutsfattare',
      'Byggbranschen',
      'Lärosäten',
      'Övriga myndigheter',
      'Studenter i Stockholm',
      'Studentkårer i Stockholm',
      'Allmänheten',
    ]);
    expect(PRINCIPLES.map((p) => p.label.sv)).toEqual(['Öppenhet', 'Tydlighet', 'Trovärdighet']);
    expect(STATUSES.map((s) => s.label.sv)).toEqual(['Idé', 'Utkast', 'Granskning', 'Godkänd', 'Publicerad']);
    expect(STATUSES.map((s) => s.id)).toEqual([...STATUS_IDS]);
    for (const entry of [...DEFAULT_AUDIENCES, ...PRINCIPLES, ...STATUSES]) expect(entry.label.en).not.toBe('');
  });

  it('gives valid default settings: Swedish, five hashtags on Instagram', () => {
    const settings = defaultSettings();
    expect(Settings.parse(settings)).toEqual(settings);
    expect(settings).toMatchObject({ language: 'sv', instagramHashtagLimit: 5 });
    settings.channels[0]!.label.sv = 'Ändrad';
    expect(DEFAULT_CHANNELS[0]!.label.sv).toBe('Hemsida');
  });
});

describe('calendar days', () => {
  it.each([
    ['2026-02-28', true],
    ['2028-02-29', true],
    ['2026-02-29', false],
    ['2026-02-31', false],
    ['2026-04-31', false],
    ['2026-12-31', true],
    ['2026-13-01', false],
    ['0202-01-01', false],
  ])('%s is a day: %s', (day, valid) => {
    const result = IsoDay.safeParse(day);
    expect(result.success).toBe(valid);
    if (!result.success) expect(result.error.issues).toHaveLength(1);
  });
});

describe('settings lists are bounded', () => {
  it('refuses 51 channels and 201 audiences', () => {
    const settings = defaultSettings();
    const channel = settings.channels[0]!;
    const audience = settings.audiences[0]!;
    expect(Settings.safeParse({ ...settings, channels: Array.from({ length: 51 }, () => channel) }).success).toBe(false);
    expect(Settings.safeParse({ ...settings, audiences: Array.from({ length: 201 }, () => audience) }).success).toBe(false);
    expect(Settings.safeParse(settings).success).toBe(true);
  });
});
