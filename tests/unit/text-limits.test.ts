// Every text field's limit exactly at it and one over, as main validates a command: the limit's
// own length is taken (and applies), one more character is refused with the field and the limit
// named. Tests far from a limit would let `>` become `>=`, or a limit drift from TEXT_LIMITS.
import { describe, expect, it } from 'vitest';
import { describeIssues } from '../../src-shared/ipc/validation';
import { applyCommand, PlanCommand } from '../../src-shared/plan/commands';
import { TEXT_LIMITS } from '../../src-shared/plan/model';
import { NOW, planWith } from '../support/plans';

const plan = planWith({ type: 'item.create', id: 'a', title: 'Öppet hus' }, { type: 'variant.add', id: 'a', channel: 'website' });

/** Text of exactly `length` characters that the field's own format accepts. */
const plain = (length: number) => 'x'.repeat(length);
const url = (length: number) => `https://ssco.se/${'x'.repeat(length - 'https://ssco.se/'.length)}`;

type Case = {
  field: keyof typeof TEXT_LIMITS;
  via: string;
  label: string | null;
  command: (text: string) => unknown;
  text?: typeof plain;
};

const variantField = (field: Case['field'], label: string): Case => ({
  field,
  via: 'variant.update',
  label,
  command: (text) => ({ type: 'variant.update', id: 'a', channel: 'website', patch: { [field]: text } }),
});

const cases: Case[] = [
  {
    field: 'title',
    via: 'item.update',
    label: 'Titel',
    command: (title) => ({ type: 'item.update', id: 'a', patch: { title } }),
  },
  { field: 'title', via: 'item.create', label: 'Titel', command: (title) => ({ type: 'item.create', id: 'b', title }) },
  {
    field: 'notes',
    via: 'item.update',
    label: 'Anteckningar',
    command: (notes) => ({ type: 'item.update', id: 'a', patch: { notes } }),
  },
  {
    field: 'owner',
    via: 'item.update',
    label: 'Ansvarig',
    command: (owner) => ({ type: 'item.update', id: 'a', patch: { owner } }),
  },
  variantField('text', 'Text'),
  variantField('lead', 'Ingress'),
  variantField('slug', 'Adress (slug)'),
  variantField('link', 'Länk'),
  variantField('mediaNote', 'Bild eller video'),
  variantField('altText', 'Alt-text'),
  // The live link must be a web address, so its text is one.
  { ...variantField('publishedUrl', 'Länk till inlägget'), text: url },
  {
    field: 'publishedUrl',
    via: 'variant.publish',
    label: 'Länk till inlägget',
    text: url,
    command: (url) => ({ type: 'variant.publish', id: 'a', channel: 'website', url }),
  },
  // These two are named by their key in a refusal ("organisationName: högst 200 tecken"):
  // validation.ts has no label for them. The settings form holds them to their limit.
  {
    field: 'organisationName',
    via: 'settings.update',
    label: null,
    command: (organisationName) => ({ type: 'settings.update', patch: { organisationName } }),
  },
  {
    field: 'websiteBaseUrl',
    via: 'settings.update',
    label: null,
    text: url,
    command: (websiteBaseUrl) => ({ type: 'settings.update', patch: { websiteBaseUrl } }),
  },
];

describe('each text field at its limit and one over', () => {
  it.each(cases)('$field through $via', ({ field, label, command, text = plain }) => {
    const limit = TEXT_LIMITS[field];
    const atLimit = PlanCommand.safeParse(command(text(limit)));
    expect(atLimit.success).toBe(true);
    expect(() => applyCommand(plan, atLimit.data as PlanCommand, NOW)).not.toThrow();

    const over = PlanCommand.safeParse(command(text(limit + 1)));
    expect(over.success).toBe(false);
    const said = describeIssues(over.error!, 'sv');
    expect(said).toContain(`högst ${limit.toLocaleString('sv')} tecken`);
    if (label) expect(said.startsWith(`${label}`)).toBe(true);
  });
});
