import { describe, expect, it } from 'vitest';
import { applyCommand, PlanCommand } from '../../src-shared/plan/commands';
import { DomainError } from '../../src-shared/ipc/errors';
import { Plan, type Settings } from '../../src-shared/plan/model';
import { isWebsiteUrl } from '../../src-shared/settings/settings-commands';
import { NOW, planWith, stepsFor } from '../support/plans';

const LATER = '2026-11-25T09:00:00.000Z';
const base = planWith({ type: 'item.create', id: 'a', title: 'A' });
const settings = base.settings;
const [website, x] = settings.channels as [Settings['channels'][number], Settings['channels'][number]];

describe('settings commands', () => {
  const accepted: Array<{ name: string; command: PlanCommand; expect: Partial<Settings> }> = [
    {
      name: 'update changes only the patched fields',
      command: { type: 'settings.update', patch: { language: 'en', organisationName: 'Kåren' } },
      expect: { language: 'en', organisationName: 'Kåren', websiteBaseUrl: settings.websiteBaseUrl },
    },
    {
      name: 'an empty website address',
      command: { type: 'settings.update', patch: { websiteBaseUrl: '' } },
      expect: { websiteBaseUrl: '' },
    },
    {
      name: 'a website address with a port and a path',
      command: { type: 'settings.update', patch: { websiteBaseUrl: 'http://localhost:8080/kår' } },
      expect: { websiteBaseUrl: 'http://localhost:8080/kår' },
    },
    {
      name: 'a limit of exactly 1',
      command: { type: 'settings.update', patch: { channels: [{ ...x, limit: 1 }, website] } },
      expect: { channels: [{ ...x, limit: 1 }, website] },
    },
    {
      name: 'recording a policy review sets its date',
      command: { type: 'settings.recordPolicyReview', date: '2026-11-24' },
      expect: { lastPolicyReview: '2026-11-24' },
    },
    {
      name: 'put replaces the whole settings',
      command: { type: 'settings.put', settings: { ...settings, operatingYearStartMonth: 1 } },
      expect: { operatingYearStartMonth: 1 },
    },
  ];

  it.each(accepted)('$name', ({ command, expect: fields }) => {
    const snapshot = structuredClone(base);
    const next = applyCommand(base, PlanCommand.parse(command), LATER);
    expect(next.settings).toMatchObject(fields);
    expect(next.items).toBe(base.items);
    expect(Plan.parse(next)).toEqual(next);
    expect(base).toEqual(snapshot);
  });

  const refused: Array<{ name: string; patch: Partial<Settings>; message: RegExp }> = [
    {
      name: 'two channels with one id',
      patch: { channels: [website, { ...website }] },
      message: /kanalen ”website” finns två gånger/,
    },
    {
      name: 'two audiences with one id',
      patch: { audiences: [...settings.audiences, { ...settings.audiences[0]!, label: { sv: 'Igen', en: 'Again' } }] },
      message: /målgruppen ”decision-makers” finns två gånger/,
    },
    {
      name: 'a limit of 0',
      patch: { channels: [{ ...x, limit: 0 }] },
      message: /teckengränsen för X \(Twitter\) måste vara ett heltal, 1 eller mer/,
    },
    { name: 'a limit of 2.5', patch: { channels: [{ ...x, limit: 2.5 }] }, message: /teckengränsen/ },
    { name: 'a website without scheme', patch: { websiteBaseUrl: 'www.ssco.se' }, message: /hemsidans adress/ },
    { name: 'a javascript: address', patch: { websiteBaseUrl: 'javascript:alert(1)' }, message: /hemsidans adress/ },
    { name: 'a website address with a space', patch: { websiteBaseUrl: 'https://ss co.se' }, message: /hemsidans adress/ },
    {
      name: 'a start month of 13',
      patch: { operatingYearStartMonth: 13 },
      message: /verksamhetsåret måste börja i en av årets tolv månader/,
    },
  ];

  it.each(refused)('refuses $name in Swedish, and changes nothing', ({ patch, message }) => {
    const snapshot = structuredClone(base);
    const command: PlanCommand = { type: 'settings.update', patch };
    expect(() => applyCommand(base, command, LATER)).toThrow(DomainError);
    expect(() => applyCommand(base, command, LATER)).toThrow(
      expect.objectContaining({ code: 'invalid-input', message: expect.stringMatching(message) }),
    );
    expect(() => applyCommand(base, command, LATER)).toThrow(/^Inställningarna sparades inte: /);
    expect(base).toEqual(snapshot);
  });

  it('refuses a put of invalid settings, as undo must not bring back what a change could not', () => {
    const command: PlanCommand = { type: 'settings.put', settings: { ...settings, websiteBaseUrl: 'ftp://x' } };
    expect(() => applyCommand(base, command, LATER)).toThrow(/hemsidans adress/);
  });

  it.each([
    ['https://www.ssco.se', true],
    ['http://ssco.se/', true],
    ['https://ssco.se/om?x=1#a', true],
    ['https://', false],
    ['https://.se', false],
    ['mailto:a@b.se', false],
    ['//ssco.se', false],
  ])('isWebsiteUrl(%s) is %s', (text, ok) => expect(isWebsiteUrl(text)).toBe(ok));
});

describe('undo of a settings change', () => {
  const commands: PlanCommand[] = [
    { type: 'settings.update', patch: { language: 'en' } },
    { type: 'settings.recordPolicyReview', date: '2026-11-24' },
    { type: 'settings.update', patch: { channels: settings.channels.map((c) => ({ ...c, enabled: c.id !== 'x' })) } },
  ];

  it.each(commands)('$type is undone by a step that puts the settings before back, and redone', (command) => {
    const { after, undo, redo } = stepsFor(base, command, LATER);
    expect(undo).toEqual({ type: 'plan.patch', settings: base.settings, items: [] });
    const back = applyCommand(after, undo, NOW);
    expect(back.settings).toEqual(base.settings);
    expect(back.items).toBe(after.items);
    expect(applyCommand(back, redo, NOW).settings).toEqual(after.settings);
  });

  it('an item change undoes as the field it changed, not the whole item', () => {
    const { undo, redo } = stepsFor(base, { type: 'item.update', id: 'a', patch: { title: 'B' } }, LATER);
    expect(undo).toEqual({ type: 'plan.patch', items: [{ kind: 'patch', id: 'a', fields: { title: 'A' }, variants: [] }] });
    expect(redo).toEqual({ type: 'plan.patch', items: [{ kind: 'patch', id: 'a', fields: { title: 'B' }, variants: [] }] });
  });
});
