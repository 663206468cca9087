// Settings changes as commands (#9 item 1): validated as a whole, applied in main through
// `plan:apply` like every other change, and undoable. A refusal throws before anything changes,
// so a stale or wrong settings object can never reach the store.
import { z } from 'zod';
import { DomainError, message } from '../ipc/errors';
import type { Message } from '../i18n/messages';
import { channelName, channelsProblem, channelUse } from './custom-channels';
import { IsoDay, Settings } from '../plan/model';
import type { PlanReader } from '../plan/draft';

/** The top-level fields of the settings, any of them. Nested lists are replaced whole. */
export const SettingsPatch = Settings.partial();
export type SettingsPatch = z.infer<typeof SettingsPatch>;

export const SettingsCommand = [
  z.strictObject({ type: z.literal('settings.update'), patch: SettingsPatch }),
  /** The whole settings object put back: what undo and redo of a settings change send. */
  z.strictObject({ type: z.literal('settings.put'), settings: Settings }),
  /** The board raised the policy on `date` (the policy asks for once per operating year). */
  z.strictObject({ type: z.literal('settings.recordPolicyReview'), date: IsoDay }),
] as const;

type SettingsCommandOf = z.infer<(typeof SettingsCommand)[number]>;

/** The settings after `command`; throws, changing nothing, when they are invalid or drop what posts use. */
export function applySettingsCommand(plan: PlanReader, command: SettingsCommandOf): Settings {
  const next = nextSettings(plan.settings, command);
  assertValidSettings(next);
  assertChannelsKept(plan, next);
  assertAudiencesKept(plan, next);
  return next;
}

function nextSettings(current: Settings, command: SettingsCommandOf): Settings {
  switch (command.type) {
    case 'settings.update':
      return { ...current, ...command.patch };
    case 'settings.put':
      return command.settings;
    case 'settings.recordPolicyReview':
      return { ...current, lastPolicyReview: command.date };
  }
}

/** A channel that posts are written for cannot go: its posts would point nowhere (turn it off instead). */
function assertChannelsKept(plan: PlanReader, next: Settings): void {
  const kept = new Set(next.channels.map((channel) => channel.id));
  const removed = plan.settings.channels.filter((channel) => !kept.has(channel.id));
  if (removed.length === 0) return;
  const use = channelUse(plan.items());
  for (const channel of removed) {
    const count = use.get(channel.id) ?? 0;
    if (count === 0) continue;
    throw new DomainError(
      'invalid-input',
      message('errors.channelInUse', { channel: channelName(channel), count }),
    );
  }
}

/**
 * Nor can an audience that posts name: the plan would then be one its own import refuses
 * (archive it instead). Only audiences the settings had count: an id a post names that the settings
 * never had (an older plan) is no reason to refuse anything else.
 */
function assertAudiencesKept(plan: PlanReader, next: Settings): void {
  const kept = new Set(next.audiences.map((audience) => audience.id));
  const removed = plan.settings.audiences.filter((audience) => !kept.has(audience.id));
  if (removed.length === 0) return;
  const items = [...plan.items()];
  for (const audience of removed) {
    const count = items.filter((item) => item.audiences.includes(audience.id)).length;
    if (count === 0) continue;
    throw new DomainError(
      'invalid-input',
      message('errors.audienceInUse', { audience: audience.label.sv.trim() === '' ? audience.id : audience.label, count }),
    );
  }
}

/** Throws a DomainError whose message names the first problem; returns when all is well. */
export function assertValidSettings(settings: Settings): void {
  const problem = settingsProblem(settings);
  if (problem) throw new DomainError('invalid-input', message('errors.settingsNotSaved', { problem }));
}

/** The first thing wrong with the settings, as a message for the user (`settingsProblem.*`), or null. */
export function settingsProblem(settings: Settings): Message | null {
  const channelIds = settings.channels.map((channel) => channel.id);
  const twiceChannel = firstDuplicate(channelIds);
  if (twiceChannel !== null) return message('settingsProblem.channelTwice', { channel: twiceChannel });
  const twiceAudience = firstDuplicate(settings.audiences.map((audience) => audience.id));
  if (twiceAudience !== null) return message('settingsProblem.audienceTwice', { audience: twiceAudience });
  const badLimit = settings.channels.find((channel) => !Number.isInteger(channel.limit) || channel.limit < 1);
  if (badLimit) return message('settingsProblem.limitNotWhole', { channel: channelName(badLimit) });
  const hugeLimit = settings.channels.find((channel) => channel.limit > MAX_CHANNEL_LIMIT);
  if (hugeLimit) return message('settingsProblem.limitTooLarge', { channel: channelName(hugeLimit), max: MAX_CHANNEL_LIMIT });
  const unnamedChannel = settings.channels.find((channel) => channel.label.sv.trim() === '');
  if (unnamedChannel) return message('settingsProblem.channelUnnamed', { channel: unnamedChannel.id });
  const channelProblem = channelsProblem(settings.channels);
  if (channelProblem !== null) return channelProblem;
  if (!isWebsiteUrl(settings.websiteBaseUrl)) return message('settingsProblem.websiteUrl');
  return (
    audienceProblem(settings) ??
    yearAndTagProblem(settings) ??
    suggestionProblem(settings) ??
    reuseProblem(settings) ??
    shapeProblem(settings)
  );
}

/** The most characters a channel's limit may be: the longest text a variant can hold. */
export const MAX_CHANNEL_LIMIT = 100_000;

function audienceProblem(settings: Settings): Message | null {
  if (settings.audiences.some((audience) => audience.id.trim() === '')) return message('settingsProblem.audienceNoId');
  if (settings.audiences.some((audience) => audience.label.sv.trim() === '')) return message('settingsProblem.audienceUnnamed');
  const names = settings.audiences.map((audience) => audience.label.sv.trim());
  const twiceName = firstDuplicate(names.map((name) => name.toLocaleLowerCase('sv')));
  const shown = names.find((name) => name.toLocaleLowerCase('sv') === twiceName);
  if (twiceName !== null) return message('settingsProblem.audienceNameTaken', { name: shown ?? twiceName });
  return null;
}

/** Instagram's own ceiling before its December 2025 change: no setting may ask for more. */
const MAX_HASHTAG_LIMIT = 30;

function yearAndTagProblem(settings: Settings): Message | null {
  const month = settings.operatingYearStartMonth;
  if (!Number.isInteger(month) || month < 1 || month > 12) return message('settingsProblem.yearStart');
  const tags = settings.instagramHashtagLimit;
  if (!Number.isInteger(tags) || tags < 0 || tags > MAX_HASHTAG_LIMIT) {
    return message('settingsProblem.hashtagLimit', { max: MAX_HASHTAG_LIMIT });
  }
  return null;
}

function suggestionProblem(settings: Settings): Message | null {
  const suggestions = settings.suggestedChannels ?? [];
  const twice = firstDuplicate(suggestions.map((entry) => entry.audience));
  if (twice !== null) return message('settingsProblem.suggestionsTwice', { audience: twice });
  const known = new Set<string>(settings.channels.map((channel) => channel.id));
  const unknown = suggestions.flatMap((entry) => entry.channels).find((channel) => !known.has(channel));
  if (unknown !== undefined) return message('settingsProblem.suggestionUnknown', { channel: unknown });
  return null;
}

/** Templates, snippets and series are each found by id: two of one id would be one too many. */
function reuseProblem(settings: Settings): Message | null {
  for (const kind of ['templates', 'snippets', 'series'] as const) {
    const twice = firstDuplicate(settings[kind].map((entry) => entry.id));
    if (twice !== null) return message('settingsProblem.reuseTwice', { kind: message(`settingsSections.${kind}`), id: twice });
  }
  return null;
}

function shapeProblem(settings: Settings): Message | null {
  // The renderer applies commands without the IPC schema: check the rest of the shape here too.
  const parsed = Settings.safeParse(settings);
  if (!parsed.success) return message('settingsProblem.fieldInvalid', { field: fieldName(parsed.error.issues[0]?.path ?? []) });
  return null;
}

function firstDuplicate(ids: readonly string[]): string | null {
  const seen = new Set<string>();
  for (const id of ids) {
    if (seen.has(id)) return id;
    seen.add(id);
  }
  return null;
}

// A host of dot-separated labels (letters, digits, inner hyphens; å, ä, ö allowed), an optional
// port and a path without spaces. A regex, since the domain has no DOM or Node `URL` to lean on.
const LABEL = '[\\p{L}\\p{N}](?:[\\p{L}\\p{N}-]*[\\p{L}\\p{N}])?';
const WEBSITE_URL = new RegExp(`^https?://${LABEL}(?:\\.${LABEL})*(?::\\d{1,5})?(?:[/?#]\\S*)?$`, 'iu');

/** Empty (no website), or an absolute http(s) address with a host. */
export function isWebsiteUrl(text: string): boolean {
  return text === '' || WEBSITE_URL.test(text);
}

/** Each field by the label its control has under Inställningar, so the refusal names what the user sees. */
const FIELD_LABELS: Readonly<Record<string, string>> = {
  organisationName: 'settingsSections.organisationName',
  websiteBaseUrl: 'settingsSections.websiteBaseUrl',
  channels: 'settingsSections.channels',
  audiences: 'settingsSections.audiences',
  operatingYearStartMonth: 'settingsSections.startMonth',
  lastPolicyReview: 'settingsSections.lastReview',
  language: 'settingsSections.language',
  instagramHashtagLimit: 'settingsSections.hashtagLimit',
  suggestedChannels: 'settingsSections.suggestions',
  templates: 'settingsSections.templates',
  snippets: 'settingsSections.snippets',
  series: 'settingsSections.series',
};

function fieldName(path: readonly PropertyKey[]): Message | string {
  const first = String(path[0] ?? '');
  const label = Object.hasOwn(FIELD_LABELS, first) ? FIELD_LABELS[first] : undefined;
  return label === undefined ? first : message(label);
}
