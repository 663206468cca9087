// Every setting the Inställningar sections edit, accepted and refused as a settings command:
// the refusal names the problem in Swedish and in English, and leaves the plan as it was.
import { describe, expect, it } from 'vitest';
import { audienceIdFor } from '../../src-shared/settings/audiences';
import { applyCommand, PlanCommand } from '../../src-shared/plan/commands';
import { audienceCoverage, DEFAULT_SUGGESTED_CHANNELS, suggestedChannelsOf, withSuggestion } from '../../src-shared/board/coverage';
import { Plan, type Audience, type Settings } from '../../src-shared/plan/model';
import { boardPosts } from '../../src-shared/board/posts';
import { planWith } from '../support/plans';
import { DomainError } from '../../src-shared/ipc/errors';
import { say, type Message } from '../../src-shared/i18n/messages';

const LATER = '2026-11-25T09:00:00.000Z';
const base = planWith({ type: 'item.create', id: 'a', title: 'A' });
const settings = base.settings;
const withChannel = (id: string, fields: Partial<Settings['channels'][number]>) =>
  settings.channels.map((other) => (other.id === id ? { ...other, ...fields } : other));
const audience = (fields: Partial<Audience>): Audience => ({ id: 'nya', label: { sv: 'Nya', en: '' }, archived: false, ...fields });
const withAudience = (extra: Audience) => [...settings.audiences, extra];

type Case = { setting: string; patch: Partial<Settings> };

const accepted: Case[] = [
  { setting: 'organisation name', patch: { organisationName: 'Kårernas samarbete' } },
  { setting: 'organisation name, empty', patch: { organisationName: '' } },
  { setting: 'website address', patch: { websiteBaseUrl: 'https://kår.se/nyheter' } },
  { setting: 'language', patch: { language: 'en' } },
  { setting: 'a channel turned off', patch: { channels: withChannel('facebook', { enabled: false }) } },
  { setting: 'a channel renamed', patch: { channels: withChannel('x', { label: { sv: 'X', en: 'X' } }) } },
  { setting: 'a channel purpose, empty', patch: { channels: withChannel('x', { purpose: { sv: '', en: '' } }) } },
  { setting: 'a limit of 100 000', patch: { channels: withChannel('linkedin', { limit: 100_000 }) } },
  { setting: 'hashtags 0', patch: { instagramHashtagLimit: 0 } },
  { setting: 'hashtags 30', patch: { instagramHashtagLimit: 30 } },
  { setting: 'a new audience', patch: { audiences: withAudience(audience({})) } },
  { setting: 'an archived audience', patch: { audiences: settings.audiences.map((a, i) => (i === 0 ? { ...a, archived: true } : a)) } },
  { setting: 'start month January', patch: { operatingYearStartMonth: 1 } },
  { setting: 'start month December', patch: { operatingYearStartMonth: 12 } },
  { setting: 'last policy review', patch: { lastPolicyReview: '2026-06-15' } },
  { setting: 'last policy review cleared', patch: { lastPolicyReview: null } },
  { setting: 'suggested channels', patch: { suggestedChannels: [{ audience: 'students', channels: ['instagram'] }] } },
  { setting: 'no suggested channels at all', patch: { suggestedChannels: [] } },
];

const refused: Array<Case & { message: RegExp }> = [
  { setting: 'organisation name over 200', patch: { organisationName: 'a'.repeat(201) }, message: /”Organisationens namn” har ett ogiltigt värde/ },
  { setting: 'website address without scheme', patch: { websiteBaseUrl: 'ssco.se' }, message: /hemsidans adress måste börja med http/ },
  { setting: 'website address, ftp', patch: { websiteBaseUrl: 'ftp://ssco.se' }, message: /hemsidans adress/ },
  { setting: 'a limit of 0', patch: { channels: withChannel('x', { limit: 0 }) }, message: /teckengränsen för X \(Twitter\) måste vara ett heltal, 1 eller mer/ },
  { setting: 'a limit of NaN (an empty field)', patch: { channels: withChannel('x', { limit: Number.NaN }) }, message: /teckengränsen för X/ },
  { setting: 'a limit over 100 000', patch: { channels: withChannel('x', { limit: 100_001 }) }, message: /får vara högst 100\s000/ },
  { setting: 'a channel without a name', patch: { channels: withChannel('x', { label: { sv: ' ', en: 'X' } }) }, message: /kanalen ”x” måste ha ett namn/ },
  { setting: 'a purpose over 2000', patch: { channels: withChannel('x', { purpose: { sv: 'a'.repeat(2001), en: '' } }) }, message: /”Kanaler” har ett ogiltigt värde/ },
  { setting: 'hashtags 31', patch: { instagramHashtagLimit: 31 }, message: /hashtaggar på Instagram måste vara ett heltal från 0 till 30/ },
  { setting: 'hashtags -1', patch: { instagramHashtagLimit: -1 }, message: /från 0 till 30/ },
  { setting: 'hashtags 2.5', patch: { instagramHashtagLimit: 2.5 }, message: /från 0 till 30/ },
  { setting: 'an audience without an id', patch: { audiences: withAudience(audience({ id: ' ' })) }, message: /en målgrupp saknar id/ },
  { setting: 'an audience without a name', patch: { audiences: withAudience(audience({ label: { sv: '  ', en: '' } })) }, message: /en målgrupp måste ha ett namn/ },
  { setting: 'two audiences with one name', patch: { audiences: withAudience(audience({ label: { sv: 'studenter i stockholm', en: '' } })) }, message: /det finns redan en målgrupp som heter ”Studenter i Stockholm”/ },
  { setting: 'two audiences with one id', patch: { audiences: withAudience(audience({ id: 'students' })) }, message: /målgruppen ”students” finns två gånger/ },
  { setting: 'start month 0', patch: { operatingYearStartMonth: 0 }, message: /verksamhetsåret måste börja i en av årets tolv månader/ },
  { setting: 'start month 13', patch: { operatingYearStartMonth: 13 }, message: /tolv månader/ },
  { setting: 'a review on a day that does not exist', patch: { lastPolicyReview: '2026-02-30' }, message: /”Policyn senast behandlad i styrelsen” har ett ogiltigt värde/ },
  {
    setting: 'two suggestion lists for one audience',
    patch: { suggestedChannels: [{ audience: 'students', channels: [] }, { audience: 'students', channels: ['x'] }] },
    message: /målgruppen ”students” har två listor/,
  },
];

describe('each setting as a settings command', () => {
  it.each(accepted)('accepts $setting', ({ patch }) => {
    const next = applyCommand(base, PlanCommand.parse({ type: 'settings.update', patch }), LATER);
    expect(next.settings).toMatchObject(patch);
    expect(Plan.parse(next)).toEqual(next);
  });

  it.each(refused)('refuses $setting in Swedish and English and changes nothing', ({ patch, message }) => {
    const snapshot = structuredClone(base);
    const run = () => applyCommand(base, { type: 'settings.update', patch }, LATER);
    expect(run).toThrow(/^Inställningarna sparades inte: /);
    expect(run).toThrow(message);
    expect(base).toEqual(snapshot);
    const refusal = refusalOf(run);
    // Every part worded: no key left as itself, and no Swedish in the English one.
    expect(say('en', refusal)).toMatch(/^The settings were not saved: [^åäö{}]+$/);
    expect(say('en', refusal)).not.toMatch(/settingsProblem\.|settingsSections\./);
  });

  it('refuses a suggestion for a channel the settings do not have', () => {
    const without = { ...settings, channels: settings.channels.filter((other) => other.id !== 'x') };
    const command: PlanCommand = { type: 'settings.put', settings: { ...without, suggestedChannels: [{ audience: 'students', channels: ['x'] }] } };
    expect(() => applyCommand(base, command, LATER)).toThrow(/den föreslagna kanalen ”x” finns inte bland kanalerna/);
  });
});

function refusalOf(run: () => unknown): Message {
  try {
    run();
  } catch (error) {
    if (error instanceof DomainError) return error.text;
  }
  throw new Error('expected a DomainError');
}

describe('audienceIdFor', () => {
  it.each([
    ['Nya studenter', [], 'nya-studenter'],
    ['Lärosäten', [], 'larosaten'],
    ['  Övriga   myndigheter! ', [], 'ovriga-myndigheter'],
    ['Studenter', ['studenter'], 'studenter-2'],
    ['Studenter', ['studenter', 'studenter-2'], 'studenter-3'],
    ['???', [], 'malgrupp'],
    ['🎓', ['malgrupp'], 'malgrupp-2'],
    ['a'.repeat(80), [], 'a'.repeat(48)],
  ])('%s (taken %j) → %s', (name, taken, id) => expect(audienceIdFor(name, taken)).toBe(id));
});

describe('suggested channels per audience', () => {
  it('are the policy defaults until the settings hold their own', () => {
    expect(suggestedChannelsOf(settings)).toBe(DEFAULT_SUGGESTED_CHANNELS);
    const own = { ...settings, suggestedChannels: withSuggestion(settings, 'students', ['linkedin']) };
    expect(suggestedChannelsOf(own).get('students')).toEqual(['linkedin']);
    // The other audiences keep the defaults they had.
    expect(suggestedChannelsOf(own).get('public')).toEqual(DEFAULT_SUGGESTED_CHANNELS.get('public'));
  });

  it('drive the coverage flags: a post on a suggested channel is on policy, elsewhere it is not', () => {
    const plan = planWith(
      { type: 'item.create', id: 'p', title: 'P', date: '2026-11-24', audiences: ['students'], channels: ['linkedin'] },
    );
    const posts = boardPosts(plan.items, { from: '2026-11-23', to: '2026-11-29' }, plan.settings);
    expect(posts).toHaveLength(1);
    const flagOf = (s: Settings) => audienceCoverage(posts, s).rows.find((row) => row.audience.id === 'students')?.flag;
    expect(flagOf(settings)).toBe('off-policy');
    expect(flagOf({ ...settings, suggestedChannels: withSuggestion(settings, 'students', ['linkedin']) })).toBeNull();
  });

  it('keep no channel the settings do not know', () => {
    expect(withSuggestion(settings, 'students', ['instagram', 'nope']).find((entry) => entry.audience === 'students')?.channels).toEqual([
      'instagram',
    ]);
  });
});
