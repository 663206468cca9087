// Checks (DESIGN §3): a pure function from an item, the settings and the local wall-clock time
// to findings, shown on cards and in the editor. A fix is offered only where the right change
// is not a human judgement (ticking principles or choosing audiences is).
import { containsLink, countFor, hashtagsOf, hubUrl, isEmptyText, mentionsLink, postText, splitThread } from '../channels';
import type { PlanCommand } from '../plan/commands';
import type { ChannelId, ContentItem, Settings, Variant } from '../plan/model';
import { message } from '../ipc/errors';
import type { Message, MessageValue } from '../i18n/messages';
import { andList, commaList } from '../i18n/lists';
import { collisionsOf, type SlotIndex } from '../calendar/slots';
import { channelSettings, PRINCIPLES, STATUSES } from '../settings/policy';
import { compareCodeUnits } from '../plan/order';
import { altTextFindings, channelMediaFindings } from './media-checks';

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
  'media-alt-text',
  'media-too-many',
  'media-too-large',
  'media-aspect',
  'media-carousel-crop',
  'media-narrow',
] as const;
export type CheckRule = (typeof CHECK_RULES)[number];
export type Severity = 'error' | 'warning' | 'info';

export interface Finding {
  rule: CheckRule;
  severity: Severity;
  channel: ChannelId | null;
  /** What is wrong, as catalogue data: the renderer words it in the UI language. */
  message: Message;
  fix: { label: Message; command: PlanCommand } | null;
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
  // Pushed into one list: a cold count checks every post, and the lists between were its garbage.
  const after: Finding[] = [];
  keep(after, hubMissing(item, settings));
  for (const variant of item.variants) variantFindings(after, item, variant, settings);
  after.push(...altTextFindings(item));
  if (context) after.push(...slotCollisionFindings(item, settings, context.slots));
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

function variantFindings(into: Finding[], item: ContentItem, variant: Variant, settings: Settings): void {
  keep(into, channelDisabled(variant, settings));
  keep(into, emptyWhenApproved(item, variant, settings));
  keep(into, lengthFinding(item, variant, settings));
  if (variant.channel === 'instagram') for (const found of instagramFindings(item, variant, settings)) keep(into, found);
  into.push(...channelMediaFindings(item, variant, settings));
  keep(into, foreignLink(item, variant, settings));
}

function keep(into: Finding[], finding: Finding | null): void {
  if (finding !== null) into.push(finding);
}

function isFinding(finding: Finding | null): finding is Finding {
  return finding !== null;
}

function finding(rule: CheckRule, severity: Severity, channel: ChannelId | null, text: Message): Finding {
  return { rule, severity, channel, message: text, fix: null };
}

function noVariant(item: ContentItem): Finding | null {
  if (item.variants.length > 0) return null;
  return finding('no-variant', 'info', null, message('findings.noVariant'));
}

function noAudience(item: ContentItem): Finding | null {
  if (item.audiences.length > 0) return null;
  return finding('no-audience', 'warning', null, message('findings.noAudience'));
}

function isApproved(item: ContentItem): boolean {
  return item.status === 'approved' || item.status === 'published';
}

/** The status's name from the policy, in both languages (the id if the policy has none). */
function statusLabel(item: ContentItem): MessageValue {
  return STATUSES.find((status) => status.id === item.status)?.label ?? item.status;
}

function principlesUnchecked(item: ContentItem): Finding | null {
  const missing = PRINCIPLES.filter((principle) => !item.principles[principle.id]);
  if (!isApproved(item) || missing.length === 0) return null;
  return finding(
    'principles-unchecked',
    'error',
    null,
    message('findings.principlesUnchecked', {
      status: statusLabel(item),
      principles: andList(missing.map((principle) => principle.label)),
      count: missing.length,
    }),
  );
}

function pastUnpublished(item: ContentItem, now: string): Finding | null {
  if (item.status === 'published') return null;
  const past = moments(item)
    .filter((moment) => moment.key < now)
    .sort((a, b) => compareCodeUnits(a.key, b.key))[0];
  if (!past) return null;
  const command: PlanCommand = { type: 'item.move', id: item.id, status: 'published', index: 0 };
  const fix = { label: message('findings.markPublished'), command };
  return { ...finding('past-unpublished', 'warning', null, message('findings.pastUnpublished', { when: past.shown })), fix };
}

/**
 * The first moment an unpublished post is due (as `moments` keys it), or null: the post is
 * past-unpublished once `now` is later. Lets a count of past posts be kept without checking each.
 */
export function firstDue(item: ContentItem): string | null {
  if (item.status === 'published') return null;
  let first: string | null = null;
  for (const { key } of moments(item)) if (first === null || key < first) first = key;
  return first;
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
  const advice = settings.websiteBaseUrl.trim() === '' ? 'findings.hubAdvice.noBase' : 'findings.hubAdvice.noSlug';
  return finding('missing-hub-link', 'warning', 'website', message('findings.hubMissing', { advice: message(advice) }));
}

/**
 * A variant whose own link goes elsewhere than the hub, with no hub link in its text either.
 * The fix empties its own link, so it follows the hub again, also when the slug changes later.
 */
function foreignLink(item: ContentItem, variant: Variant, settings: Settings): Finding | null {
  const own = variant.link.trim();
  if (own === '' || !linksToHub(variant)) return null;
  const hub = hubUrl(item, settings);
  if (hub === null) return null;
  if (mentionsLink(own, hub) || mentionsLink(variant.text, hub)) return null;
  const channel = channelSettings(settings, variant.channel).label;
  const text = message('findings.foreignLink', { channel, link: own, hub });
  const command: PlanCommand = { type: 'variant.update', id: item.id, channel: variant.channel, patch: { link: '' } };
  const fix = { label: message('findings.linkToWebsite'), command };
  return { ...finding('foreign-link', 'warning', variant.channel, text), fix };
}

/** Two items' posts on one channel at the same day and time: one of them is likely a mistake. */
function slotCollisionFindings(item: ContentItem, settings: Settings, slots: SlotIndex): Finding[] {
  return collisionsOf(item, slots).map(({ entry, others }) => {
    const channel = entry.channel as ChannelId;
    const label = channelSettings(settings, channel).label;
    const titles = commaList(others.map((other) => message('findings.quoted', { title: other.item.title })));
    const when = entry.time === null ? entry.date : `${entry.date} ${entry.time}`;
    return finding('slot-collision', 'warning', channel, message('findings.slotCollision', { channel: label, when, titles }));
  });
}

function channelDisabled(variant: Variant, settings: Settings): Finding | null {
  const { enabled, label } = channelSettings(settings, variant.channel);
  if (enabled) return null;
  return finding('channel-disabled', 'warning', variant.channel, message('findings.channelDisabled', { channel: label }));
}

function emptyWhenApproved(item: ContentItem, variant: Variant, settings: Settings): Finding | null {
  if (!isEmptyText(variant)) return null;
  const { label } = channelSettings(settings, variant.channel);
  // Before approval an empty text is work not yet done, no fault: info, which the export still shows.
  if (!isApproved(item))
    return finding('empty-variant', 'info', variant.channel, message('findings.emptyVariant', { channel: label }));
  const text = message('findings.approvedEmpty', { channel: label, status: statusLabel(item) });
  return finding('approved-empty-variant', 'error', variant.channel, text);
}

/**
 * Counts what will be pasted (the text plus the appended link and hashtags), since that is what
 * the platform counts. Long X text is no error: it is published as a thread.
 */
function lengthFinding(item: ContentItem, variant: Variant, settings: Settings): Finding | null {
  const { label, limit } = channelSettings(settings, variant.channel);
  const post = postText(item, variant, settings);
  // Graphemes never outnumber UTF-16 units: a text that short is within any limit but X's.
  if (variant.channel !== 'x' && post.length <= limit) return null;
  const { used, over } = countFor(variant.channel, post, limit);
  if (!over) return null;
  if (variant.channel === 'x') {
    // The split is the checks' largest cost, and only the words need its count of parts: the
    // header counts findings by severity, so the count is made when the message is read.
    const values = {
      channel: label,
      limit,
      get parts() {
        return splitThread(post, limit).length;
      },
    };
    return finding('x-thread', 'info', 'x', message('findings.xThread', values));
  }
  const text = message('findings.overLimit', { channel: label, used, excess: used - limit, limit });
  return finding('over-limit', 'error', variant.channel, text);
}

function instagramFindings(item: ContentItem, variant: Variant, settings: Settings): Array<Finding | null> {
  const tags = hashtagsOf(variant.text, variant.hashtags).length;
  const limit = settings.instagramHashtagLimit;
  return [
    containsLink(variant.text) ? finding('instagram-link', 'warning', 'instagram', message('findings.instagramLink')) : null,
    tags > limit
      ? finding('instagram-hashtags', 'error', 'instagram', message('findings.instagramHashtags', { limit, tags }))
      : null,
    // Without an image the alt text is the note's (media-checks.ts says the image is missing);
    // with images, each image's own alt text is checked there.
    (item.media ?? []).length === 0 && variant.altText.trim() === ''
      ? finding('instagram-alt-text', 'warning', 'instagram', message('findings.instagramAltText'))
      : null,
  ];
}
