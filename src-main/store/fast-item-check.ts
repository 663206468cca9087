// A quick yes to "does this stored items document follow the schema exactly?", about twenty
// times faster than the zod parse at start-up (issue #11: 10,000 items took 1.6 s to validate).
// It only ever says yes to what the schema accepts (same keys, types, lengths, patterns and
// enums; it may refuse more), so a "no" hands the document to zod, which refuses it with its
// own readable messages. tests/main/fast-item-check.test.ts holds it to the schema.
import {
  ChannelId,
  CLOCK_TIME_PATTERN,
  ISO_DAY_PATTERN,
  ITEM_ID_PATTERN,
  MAX_CHANNELS,
  PRINCIPLE_IDS,
  SCHEMA_VERSION,
  STATUS_IDS,
  TEXT_LIMITS,
  Timestamp,
  isRealDay,
  MAX_MEDIA_PER_ITEM,
  MediaRef,
} from '../../src-shared/plan/model';

const TIMESTAMP_PATTERN: RegExp = Timestamp._zod.pattern;

const ITEM_KEYS = [
  'id',
  'title',
  'notes',
  'status',
  'date',
  'time',
  'audiences',
  'tags',
  'owner',
  'principles',
  'rank',
  'variants',
  'createdAt',
  'updatedAt',
] as const;
/** A post with images has `media` too (schema version 4); most have none, and no such key. */
const ITEM_KEYS_WITH_MEDIA = [...ITEM_KEYS, 'media'] as const;
const VARIANT_KEYS = [
  'channel',
  'text',
  'lead',
  'slug',
  'hashtags',
  'link',
  'mediaNote',
  'altText',
  'date',
  'time',
  'publishedAt',
  'publishedUrl',
] as const;
const STATUSES: ReadonlySet<unknown> = new Set(STATUS_IDS);
/** One variant per channel at most, as the schema allows. */
const MAX_VARIANTS = MAX_CHANNELS;

// Channel ids are few and repeat on every item: each is asked of the schema once.
const channelIds = new Map<string, boolean>();

function isChannelId(value: unknown): boolean {
  if (typeof value !== 'string' || value.length > 64) return false;
  let ok = channelIds.get(value);
  if (ok === undefined) {
    ok = ChannelId.safeParse(value).success;
    if (channelIds.size < 1000) channelIds.set(value, ok);
  }
  return ok;
}

type Record = { [key: string]: unknown };

function isPlainObject(value: unknown): value is Record {
  return (
    typeof value === 'object' && value !== null && !Array.isArray(value) && Object.getPrototypeOf(value) === Object.prototype
  );
}

/** Exactly these own keys, no more (a strict object), none missing. */
function hasExactKeys(value: Record, keys: readonly string[]): boolean {
  const own = Object.keys(value);
  if (own.length !== keys.length) return false;
  for (const key of keys) if (!Object.hasOwn(value, key)) return false;
  return true;
}

function isText(value: unknown, max: number): boolean {
  return typeof value === 'string' && value.length <= max;
}

function isTextList(value: unknown, maxItems: number, maxLength: number): boolean {
  if (!Array.isArray(value) || value.length > maxItems) return false;
  for (const entry of value) if (!isText(entry, maxLength)) return false;
  return true;
}

function isDayOrNull(value: unknown): boolean {
  return value === null || (typeof value === 'string' && ISO_DAY_PATTERN.test(value) && isRealDay(value));
}

function isTimeOrNull(value: unknown): boolean {
  return value === null || (typeof value === 'string' && CLOCK_TIME_PATTERN.test(value));
}

function isTimestamp(value: unknown): boolean {
  return typeof value === 'string' && TIMESTAMP_PATTERN.test(value);
}

function isPrinciples(value: unknown): boolean {
  if (!isPlainObject(value) || !hasExactKeys(value, PRINCIPLE_IDS)) return false;
  return PRINCIPLE_IDS.every((id) => typeof value[id] === 'boolean');
}

function isVariant(value: unknown): boolean {
  if (!isPlainObject(value) || !hasExactKeys(value, VARIANT_KEYS)) return false;
  return (
    isChannelId(value.channel) &&
    isText(value.text, TEXT_LIMITS.text) &&
    isText(value.lead, TEXT_LIMITS.lead) &&
    isText(value.slug, TEXT_LIMITS.slug) &&
    isTextList(value.hashtags, 100, 140) &&
    isText(value.link, TEXT_LIMITS.link) &&
    isText(value.mediaNote, TEXT_LIMITS.mediaNote) &&
    isText(value.altText, TEXT_LIMITS.altText) &&
    isDayOrNull(value.date) &&
    isTimeOrNull(value.time) &&
    (value.publishedAt === null || isTimestamp(value.publishedAt)) &&
    isText(value.publishedUrl, TEXT_LIMITS.publishedUrl)
  );
}

export function isStoredItem(value: unknown): boolean {
  if (!isPlainObject(value) || !hasExactKeys(value, Object.hasOwn(value, 'media') ? ITEM_KEYS_WITH_MEDIA : ITEM_KEYS)) return false;
  if (Object.hasOwn(value, 'media') && !isMediaList(value.media)) return false;
  const { id, variants, rank } = value;
  if (typeof id !== 'string' || id.length < 1 || id.length > 64 || !ITEM_ID_PATTERN.test(id)) return false;
  if (typeof rank !== 'number' || !Number.isFinite(rank)) return false;
  if (!Array.isArray(variants) || variants.length > MAX_VARIANTS || !variants.every(isVariant)) return false;
  return (
    isText(value.title, TEXT_LIMITS.title) &&
    isText(value.notes, TEXT_LIMITS.notes) &&
    STATUSES.has(value.status) &&
    isDayOrNull(value.date) &&
    isTimeOrNull(value.time) &&
    isTextList(value.audiences, 50, 64) &&
    isTextList(value.tags, 50, 100) &&
    isText(value.owner, TEXT_LIMITS.owner) &&
    isPrinciples(value.principles) &&
    isTimestamp(value.createdAt) &&
    isTimestamp(value.updatedAt)
  );
}

/** Few posts have images: the schema itself reads them. */
function isMediaList(value: unknown): boolean {
  return Array.isArray(value) && value.length <= MAX_MEDIA_PER_ITEM && value.every((ref) => MediaRef.safeParse(ref).success);
}

/** True only if `doc` is an items document the schema accepts as it is. */
export function isStoredItemsDoc(doc: unknown): boolean {
  if (!isPlainObject(doc) || !hasExactKeys(doc, ['schemaVersion', 'items'])) return false;
  return doc.schemaVersion === SCHEMA_VERSION && Array.isArray(doc.items) && doc.items.every(isStoredItem);
}
