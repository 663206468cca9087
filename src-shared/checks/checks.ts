// Checks (DESIGN §3): a pure function from an item, the settings and the local wall-clock time
// to findings, shown on cards and in the editor. A fix is offered only where the right change
// is not a human judgement (ticking principles or choosing audiences is).
import { containsLink, countFor, hashtagsOf, hubUrl, isEmptyText, mentionsLink, postText, splitThread } from '../channels';
import type { PlanCommand } from '../plan/commands';
import type { ChannelId, ContentItem, LocalizedText, Settings, Variant } from '../plan/model';
import { collisionsOf, type SlotIndex } from '../calendar/slots';
import { channelSettings, PRINCIPLES, STATUSES } from '../settings/policy';
import { compareCodeUnits } from '../plan/order';

export const CHECK_RULES = [
  'over-limit',
  'x-thread',
  'instagram-link',
  'instagram-hashtags',
  'instagram-alt-text',
  'instagram-media',
  'no-audience',
  'approved-empty-variant',
  'empty-variant',
  'missing-hub-link',
  'foreign-link',
  'past-unpublished',
  'principles-unchecked',
  'no-variant',
  'channel-disabled',
  'slot-collision',
] as const;
export type CheckRule = (typeof CHECK_RULES)[number];
export type Severity = 'error' | 'warning' | 'info';

export interface Finding {
  rule: CheckRule;
  severity: Severity;
  channel: ChannelId | null;
  message: LocalizedText;
  fix: { label: LocalizedText; command: PlanCommand } | null;
}

const SEVERITY_ORDER: readonly Severity[] = ['error', 'warning', 'info'];

/** What the checks of one item need to know about the rest of the plan. */
export interface PlanContext {
  /** Every timed post by slot (`slotIndex(calendarEntries(plan.items))`). */
  slots: SlotIndex;
}

/**
 * `now` is local wall-clock time, `yyyy-MM-ddTHH:mm`, like the item's date and time. Without
 * `context` the checks that compare the item with others (same-slot collisions) do not run.
 */
export function checkItem(item: ContentItem, settings: Settings, now: string, context?: PlanContext): Finding[] {
  return withTime(timelessChecks(item, settings, context), item, now);
}

/** The findings that do not depend on the time, in rule order, not yet sorted by severity. */
export interface TimelessFindings {
  before: Finding[];
  after: Finding[];
}

/**
 * Everything but the past-unpublished check, which alone depends on `now`: the renderer keeps
 * these per version of an item, so the clock's tick re-checks only the time.
 */
export function timelessChecks(item: ContentItem, settings: Settings, context?: PlanContext): TimelessFindings {
  const before = [noVariant(item), noAudience(item), principlesUnchecked(item)].filter(isFinding);
  const after = [
    hubMissing(item, settings),
    ...item.variants.flatMap((variant) => variantFindings(item, variant, settings)),
    ...(context ? slotCollisionFindings(item, settings, context.slots) : []),
  ].filter(isFinding);
  return { before, after };
}

/** Adds the time-dependent check to the timeless findings and sorts them as `checkItem` does. */
export function withTime({ before, after }: TimelessFindings, item: ContentItem, now: string): Finding[] {
  const past = pastUnpublished(item, now);
  const findings = past ? [...before, past, ...after] : [...before, ...after];
  // Stable sort: errors first, and within a severity the order the rules run in.
  return findings.sort((a, b) => SEVERITY_ORDER.indexOf(a.severity) - SEVERITY_ORDER.indexOf(b.severity));
}

export function countBySeverity(findings: readonly Finding[]): Record<Severity, number> {
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const finding of findings) counts[finding.severity] += 1;
  return counts;
}

function variantFindings(item: ContentItem, variant: Variant, settings: Settings): Array<Finding | null> {
  return [
    channelDisabled(variant, settings),
    emptyWhenApproved(item, variant, settings),
    lengthFinding(item, variant, settings),
    ...(variant.channel === 'instagram' ? instagramFindings(variant, settings) : []),
    foreignLink(item, variant, settings),
  ];
}

function isFinding(finding: Finding | null): finding is Finding {
  return finding !== null;
}

function finding(rule: CheckRule, severity: Severity, channel: ChannelId | null, message: LocalizedText): Finding {
  return { rule, severity, channel, message, fix: null };
}

function noVariant(item: ContentItem): Finding | null {
  if (item.variants.length > 0) return null;
  return finding('no-variant', 'info', null, {
    sv: 'Inlägget har inga kanaler ännu. Lägg till minst en.',
    en: 'The item has no channels yet. Add at least one.',
  });
}

function noAudience(item: ContentItem): Finding | null {
  if (item.audiences.length > 0) return null;
  return finding('no-audience', 'warning', null, {
    sv: 'Ingen målgrupp är vald. Policyn kräver att innehållet anpassas efter målgruppen.',
    en: 'No audience is chosen. The policy requires content adapted to its audience.',
  });
}

function isApproved(item: ContentItem): boolean {
  return item.status === 'approved' || item.status === 'published';
}

function statusLabel(item: ContentItem): LocalizedText {
  return STATUSES.find((status) => status.id === item.status)?.label ?? { sv: item.status, en: item.status };
}

function principlesUnchecked(item: ContentItem): Finding | null {
  const missing = PRINCIPLES.filter((principle) => !item.principles[principle.id]);
  if (!isApproved(item) || missing.length === 0) return null;
  const status = statusLabel(item);
  const sv = listOf(
    missing.map((principle) => principle.label.sv),
    'och',
  );
  const en = listOf(
    missing.map((principle) => principle.label.en),
    'and',
  );
  const one = missing.length === 1;
  return finding('principles-unchecked', 'error', null, {
    sv: one
      ? `Inlägget har status ${status.sv}, men principen ${sv} är inte avbockad.`
      : `Inlägget har status ${status.sv}, men principerna ${sv} är inte avbockade.`,
    en: one
      ? `The item is ${status.en.toLowerCase()}, but the principle ${en} is not ticked.`
      : `The item is ${status.en.toLowerCase()}, but the principles ${en} are not ticked.`,
  });
}

/** "A, B och C". */
function listOf(words: string[], and: string): string {
  return words.length < 2 ? words.join('') : `${words.slice(0, -1).join(', ')} ${and} ${words[words.length - 1]}`;
}

function pastUnpublished(item: ContentItem, now: string): Finding | null {
  if (item.status === 'published') return null;
  const past = moments(item)
    .filter((moment) => moment.key < now)
    .sort((a, b) => compareCodeUnits(a.key, b.key))[0];
  if (!past) return null;
  const message = {
    sv: `Publiceringstiden ${past.shown} har passerat, men inlägget är inte markerat som publicerat.`,
    en: `The publishing time ${past.shown} has passed, but the item is not marked as published.`,
  };
  const command: PlanCommand = { type: 'item.move', id: item.id, status: 'published', index: 0 };
  const fix = { label: { sv: 'Markera som publicerat', en: 'Mark as published' }, command };
  return { ...finding('past-unpublished', 'warning', null, message), fix };
}

/**
 * When the item is due: for each variant not yet marked published, its own date (else the
 * item's) and its own time (else the item's); the item's own when it has no variants. With no
 * time the whole day counts: "T24:00" sorts after every "HH:mm" of the day, so string order works.
 */
function moments(item: ContentItem): Array<{ key: string; shown: string }> {
  const pending = item.variants.filter((variant) => variant.publishedAt === null);
  const slots =
    item.variants.length === 0 ? [item] : pending.map((v) => ({ date: v.date ?? item.date, time: v.time ?? item.time }));
  return slots.flatMap(({ date, time }) =>
    date === null ? [] : [{ key: `${date}T${time ?? '24:00'}`, shown: time === null ? date : `${date} ${time}` }],
  );
}

/** Channels that link to the hub: Instagram cannot (no clickable links), the website is the hub. */
function linksToHub(variant: Variant): boolean {
  return variant.channel !== 'website' && variant.channel !== 'instagram';
}

/** A website variant with no URL (no slug, no title, or no base URL): nothing to link to. */
function hubMissing(item: ContentItem, settings: Settings): Finding | null {
  const hasWebsite = item.variants.some((variant) => variant.channel === 'website');
  if (!hasWebsite || !item.variants.some(linksToHub) || hubUrl(item, settings) !== null) return null;
  const noBase = settings.websiteBaseUrl.trim() === '';
  return finding('missing-hub-link', 'warning', 'website', {
    sv:
      'Hemsidesvarianten saknar adress, så de andra kanalerna kan inte länka dit. ' +
      (noBase ? 'Ange webbplatsens adress i Inställningar.' : 'Ange en slug eller en rubrik.'),
    en:
      'The website variant has no address, so the other channels cannot link to it. ' +
      (noBase ? 'Enter the website address in Settings.' : 'Enter a slug or a title.'),
  });
}

/**
 * A variant whose own link goes elsewhere than the hub, with no hub link in its text either.
 * The fix empties its own link, so it follows the hub again, also when the slug changes later.
 */
function foreignLink(item: ContentItem, variant: Variant, settings: Settings): Finding | null {
  const hub = hubUrl(item, settings);
  const own = variant.link.trim();
  if (hub === null || !linksToHub(variant) || own === '') return null;
  if (mentionsLink(own, hub) || mentionsLink(variant.text, hub)) return null;
  const label = channelSettings(settings, variant.channel).label;
  const message = {
    sv: `${label.sv} länkar till ${own} i stället för till hemsidan (${hub}).`,
    en: `${label.en} links to ${own} instead of to the website (${hub}).`,
  };
  const command: PlanCommand = { type: 'variant.update', id: item.id, channel: variant.channel, patch: { link: '' } };
  const fix = { label: { sv: 'Länka till hemsidan', en: 'Link to the website' }, command };
  return { ...finding('foreign-link', 'warning', variant.channel, message), fix };
}

/** Two items' posts on one channel at the same day and time: one of them is likely a mistake. */
function slotCollisionFindings(item: ContentItem, settings: Settings, slots: SlotIndex): Finding[] {
  return collisionsOf(item, slots).map(({ entry, others }) => {
    const channel = entry.channel as ChannelId;
    const label = channelSettings(settings, channel).label;
    const titles = others.map((other) => `”${other.item.title}”`).join(', ');
    const when = `${entry.date} ${entry.time ?? ''}`.trim();
    return finding('slot-collision', 'warning', channel, {
      sv: `${label.sv} har ett annat inlägg samma dag och tid (${when}): ${titles}.`,
      en: `${label.en} has another post at the same day and time (${when}): ${titles.replaceAll('”', '"')}.`,
    });
  });
}

function channelDisabled(variant: Variant, settings: Settings): Finding | null {
  const { enabled, label } = channelSettings(settings, variant.channel);
  if (enabled) return null;
  return finding('channel-disabled', 'warning', variant.channel, {
    sv: `Kanalen ${label.sv} är avstängd i Inställningar.`,
    en: `The channel ${label.en} is turned off in Settings.`,
  });
}

function emptyWhenApproved(item: ContentItem, variant: Variant, settings: Settings): Finding | null {
  if (!isEmptyText(variant)) return null;
  const { label } = channelSettings(settings, variant.channel);
  // Before approval an empty text is work not yet done, no fault: info, which the export still shows.
  if (!isApproved(item)) {
    return finding('empty-variant', 'info', variant.channel, {
      sv: `${label.sv}: texten är tom ännu.`,
      en: `${label.en}: the text is still empty.`,
    });
  }
  const status = statusLabel(item);
  return finding('approved-empty-variant', 'error', variant.channel, {
    sv: `${label.sv}: texten är tom, fast inlägget har status ${status.sv}.`,
    en: `${label.en}: the text is empty, although the item is ${status.en.toLowerCase()}.`,
  });
}

/**
 * Counts what will be pasted (the text plus the appended link and hashtags), since that is what
 * the platform counts. Long X text is no error: it is published as a thread.
 */
function lengthFinding(item: ContentItem, variant: Variant, settings: Settings): Finding | null {
  const { label, limit } = channelSettings(settings, variant.channel);
  const post = postText(item, variant, settings);
  const { used, over } = countFor(variant.channel, post, limit);
  if (!over) return null;
  if (variant.channel === 'x') {
    const parts = splitThread(post, limit).length;
    const max = numeral(limit);
    return finding('x-thread', 'info', 'x', {
      sv: `Texten är längre än ${max.sv} tecken och publiceras som en tråd i ${parts} delar.`,
      en: `The text is longer than ${max.en} characters and is published as a thread of ${parts} parts.`,
    });
  }
  const [n, excess, max] = [numeral(used), numeral(used - limit), numeral(limit)];
  return finding('over-limit', 'error', variant.channel, {
    sv: `${label.sv}: texten är ${n.sv} tecken, ${excess.sv} för många (gränsen är ${max.sv}).`,
    en: `${label.en}: the text is ${n.en} characters, ${excess.en} too many (the limit is ${max.en}).`,
  });
}

function instagramFindings(variant: Variant, settings: Settings): Array<Finding | null> {
  const tags = hashtagsOf(variant.text, variant.hashtags).length;
  const limit = settings.instagramHashtagLimit;
  return [
    containsLink(variant.text)
      ? finding('instagram-link', 'warning', 'instagram', {
          sv: 'Länkar går inte att klicka på i Instagram. Ta bort länken ur texten och skriv ”länk i bio” i stället.',
          en: 'Links are not clickable on Instagram. Remove the link from the caption and write “link in bio” instead.',
        })
      : null,
    tags > limit
      ? finding('instagram-hashtags', 'error', 'instagram', {
          sv: `Instagram tillåter högst ${limit} hashtaggar, men inlägget har ${tags}.`,
          en: `Instagram allows at most ${limit} hashtags, but the post has ${tags}.`,
        })
      : null,
    variant.mediaNote.trim() === ''
      ? finding('instagram-media', 'warning', 'instagram', {
          sv: 'Instagram: ange vilken bild eller video som ska publiceras.',
          en: 'Instagram: note which image or video to publish.',
        })
      : null,
    variant.altText.trim() === ''
      ? finding('instagram-alt-text', 'warning', 'instagram', {
          sv: 'Instagram: bilden saknar alt-text, en beskrivning för den som inte ser bilden.',
          en: 'Instagram: the image has no alt text, a description for those who cannot see it.',
        })
      : null,
  ];
}

/** Swedish groups thousands with a (non-breaking) space, 63 206; English with a comma. */
function numeral(value: number): LocalizedText {
  return { sv: NUMBERS.sv.format(value), en: NUMBERS.en.format(value) };
}

// Made once: `toLocaleString` builds a formatter on every call, a third of the checks' time.
const NUMBERS = { sv: new Intl.NumberFormat('sv'), en: new Intl.NumberFormat('en') };
