// The plan document: what Kanalplan stores, validates at every boundary, and migrates.
// Shapes follow DESIGN §2. Every stored document carries `schemaVersion`.
// A schema's own message is a catalogue key (`schemaRule.*`), worded where it is shown (ipc/validation.ts).
import { z } from 'zod';

export const SCHEMA_VERSION = 4;

export const STATUS_IDS = ['idea', 'draft', 'review', 'approved', 'published'] as const;
/** The channels from the policy. Their rules (X threads, Instagram hashtags, website lead) key on these ids. */
export const BUILT_IN_CHANNEL_IDS = ['website', 'x', 'instagram', 'facebook', 'linkedin'] as const;
/** Channels a plan may have, built-in and custom together; also the most variants an item can have. */
export const MAX_CHANNELS = 50;
export const PRINCIPLE_IDS = ['openness', 'clarity', 'credibility'] as const;
export const LANGUAGES = ['sv', 'en'] as const;

export const StatusId = z.enum(STATUS_IDS);
export const BuiltInChannelId = z.enum(BUILT_IN_CHANNEL_IDS);
/**
 * A channel id (schema version 2): a built-in id, or `custom-<slug>` for a channel the user added
 * in Settings (a newsletter, TikTok). Whether a channel is custom is read from its id
 * (`isCustomChannelId`), not stored beside it, so the two can never disagree.
 */
export const ChannelId = z
  .string()
  .max(64)
  .regex(/^(?:website|x|instagram|facebook|linkedin|custom-[a-z0-9]+(?:-[a-z0-9]+)*)$/, 'schemaRule.channelId');
export const Language = z.enum(LANGUAGES);
export type StatusId = z.infer<typeof StatusId>;
export type ChannelId = z.infer<typeof ChannelId>;
export type BuiltInChannelId = z.infer<typeof BuiltInChannelId>;
export type PrincipleId = (typeof PRINCIPLE_IDS)[number];
export type Language = z.infer<typeof Language>;

/** How long each text field may be, in UTF-16 units as the schema counts; the editor shows them. */
export const TEXT_LIMITS = {
  title: 500,
  notes: 50_000,
  owner: 200,
  text: 100_000,
  lead: 5_000,
  slug: 200,
  link: 2_000,
  mediaNote: 2_000,
  altText: 2_000,
  publishedUrl: 2_000,
  organisationName: 200,
  websiteBaseUrl: 500,
} as const;

/** A calendar day as the user means it, `yyyy-MM-dd`, with no time zone. */
// Years 1900–2099: a half-typed year ("0202") is not a date anyone plans for, and would make a
// store partition of its own. The refinement turns away days a month does not have (2026-02-31),
// which would otherwise be stored and then shown nowhere.
export const ISO_DAY_PATTERN = /^(19|20)\d\d-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;
export const IsoDay = z
  .string()
  .regex(ISO_DAY_PATTERN, { message: 'schemaRule.dayFormat', abort: true })
  .refine(isRealDay, 'schemaRule.notADay');

export function isRealDay(day: string): boolean {
  const [year, month, date] = day.split('-').map(Number) as [number, number, number];
  return date <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}
/** A wall-clock time, `HH:mm`. */
export const CLOCK_TIME_PATTERN = /^([01]\d|2[0-3]):[0-5]\d$/;
export const ClockTime = z.string().regex(CLOCK_TIME_PATTERN, 'schemaRule.timeFormat');
export const Timestamp = z.iso.datetime({ offset: true });
export const ITEM_ID_PATTERN = /^[A-Za-z0-9_-]+$/;
export const ItemId = z
  .string()
  .min(1)
  .max(64)
  .regex(ITEM_ID_PATTERN, 'schemaRule.id');

export const LocalizedText = z.strictObject({ sv: z.string().max(2000), en: z.string().max(2000) });
export type LocalizedText = z.infer<typeof LocalizedText>;

export function isCustomChannelId(id: string): boolean {
  return id.startsWith('custom-');
}

/** `#rrggbb`, what `<input type="color">` gives. */
export const HexColour = z.string().regex(/^#[0-9a-fA-F]{6}$/, 'schemaRule.colour');

export const ChannelSettings = z.strictObject({
  id: ChannelId,
  enabled: z.boolean(),
  label: LocalizedText,
  purpose: LocalizedText,
  /** Character limit of a post, in the channel's own counting (DESIGN §1). */
  limit: z.number().int().positive(),
  /** Its badge and calendar lane (schema version 2). */
  colour: HexColour,
});
export type ChannelSettings = z.infer<typeof ChannelSettings>;

export const Audience = z.strictObject({
  id: z.string().min(1).max(64),
  label: LocalizedText,
  archived: z.boolean(),
});
export type Audience = z.infer<typeof Audience>;


export const Variant = z.strictObject({
  channel: ChannelId,
  text: z.string().max(TEXT_LIMITS.text),
  /** Website only: the lead (ingress) and the URL slug. Empty elsewhere. */
  lead: z.string().max(TEXT_LIMITS.lead),
  slug: z.string().max(TEXT_LIMITS.slug),
  hashtags: z.array(z.string().max(140)).max(100),
  /** Empty means: use the hub link (the item's website URL) where there is one. */
  link: z.string().max(TEXT_LIMITS.link),
  mediaNote: z.string().max(TEXT_LIMITS.mediaNote),
  altText: z.string().max(TEXT_LIMITS.altText),
  date: IsoDay.nullable(),
  time: ClockTime.nullable(),
  publishedAt: Timestamp.nullable(),
  publishedUrl: z.string().max(TEXT_LIMITS.publishedUrl),
});
export type Variant = z.infer<typeof Variant>;

export const Principles = z.strictObject({ openness: z.boolean(), clarity: z.boolean(), credibility: z.boolean() });
export type Principles = z.infer<typeof Principles>;

/** At most this many images and videos on one post: Instagram's carousel takes 20, and no channel more. */
export const MAX_MEDIA_PER_ITEM = 20;

/** A media file's name in the data folder's `media/`: its SHA-256 and its type's extension, never a name the user gave. */
export const MEDIA_FILE_PATTERN = /^[0-9a-f]{64}\.(?:jpg|png|webp|gif|mp4|mov)$/;
export const MEDIA_TYPES = ['image/jpeg', 'image/png', 'image/webp', 'image/gif', 'video/mp4', 'video/quicktime'] as const;
export const MediaType = z.enum(MEDIA_TYPES);
export type MediaType = z.infer<typeof MediaType>;

/** A stored media file as it was read when attached: facts of its bytes, which never change. */
export const MediaFile = z.strictObject({
  file: z.string().regex(MEDIA_FILE_PATTERN, 'schemaRule.mediaFile'),
  type: MediaType,
  bytes: z.number().int().positive(),
  /** As shown, after the EXIF orientation; null for a video, which has no preview. */
  width: z.number().int().positive().nullable(),
  height: z.number().int().positive().nullable(),
});
export type MediaFile = z.infer<typeof MediaFile>;

/**
 * An image or video on a post (schema version 4): a reference to its file in `media/`, never its
 * bytes. Its place in the post's list is its order. `channels` null: every channel of the post
 * that carries media, including one added later (the default).
 */
export const MediaRef = MediaFile.extend({
  id: ItemId,
  altText: z.string().max(TEXT_LIMITS.altText),
  channels: z.array(ChannelId).max(MAX_CHANNELS).nullable(),
});
export type MediaRef = z.infer<typeof MediaRef>;

export const ContentItem = z.strictObject({
  id: ItemId,
  title: z.string().max(TEXT_LIMITS.title),
  notes: z.string().max(TEXT_LIMITS.notes),
  status: StatusId,
  date: IsoDay.nullable(),
  time: ClockTime.nullable(),
  audiences: z.array(z.string().max(64)).max(50),
  tags: z.array(z.string().max(100)).max(50),
  owner: z.string().max(TEXT_LIMITS.owner),
  principles: Principles,
  /** Order within its kanban column: lower comes first. */
  rank: z.number().finite(),
  variants: z.array(Variant).max(MAX_CHANNELS),
  /**
   * Absent when the post has none, which most have: a plan of 10,000 posts stays the size it was.
   * Schema version 4; an older Kanalplan refuses the file by its version instead of calling it damaged.
   */
  media: z.array(MediaRef).max(MAX_MEDIA_PER_ITEM).optional(),
  createdAt: Timestamp,
  updatedAt: Timestamp,
});
export type ContentItem = z.infer<typeof ContentItem>;

/**
 * What a post is made of, without when it goes out or what became of it (schema version 3): what
 * a template holds, and what a series' new posts are made from.
 */
export const ContentVariant = Variant.pick({
  channel: true,
  text: true,
  lead: true,
  hashtags: true,
  link: true,
  mediaNote: true,
  altText: true,
});
export type ContentVariant = z.infer<typeof ContentVariant>;

export const PostContent = ContentItem.pick({ title: true, notes: true, audiences: true, tags: true, owner: true, media: true }).extend({
  variants: z.array(ContentVariant).max(MAX_CHANNELS),
});
export type PostContent = z.infer<typeof PostContent>;

/** A name the user gives a template or a snippet. */
export const ReuseName = z.string().trim().min(1).max(200);

/** "Nytt från mall…": a post to start from, named by the user. */
export const Template = z.strictObject({ id: ItemId, name: ReuseName, content: PostContent });
export type Template = z.infer<typeof Template>;

/** A text inserted into a channel's text: a hashtag group or a signature. No channels: every channel. */
export const Snippet = z.strictObject({
  id: ItemId,
  name: ReuseName,
  text: z.string().min(1).max(5_000),
  channels: z.array(ChannelId).max(MAX_CHANNELS),
});
export type Snippet = z.infer<typeof Snippet>;

/** The most posts one series may have: a post a day for five years and a half. */
export const MAX_SERIES_POSTS = 2_000;

/**
 * A recurring series: its rule as RFC 5545 text (DTSTART and RRULE, local wall-clock time), what
 * its new posts are made of, and each day a post was made for (kept when the post is deleted,
 * so it is not made again).
 */
export const Series = z.strictObject({
  id: ItemId,
  rule: z.string().min(1).max(1_000),
  status: StatusId,
  content: PostContent,
  made: z.array(z.strictObject({ day: IsoDay, id: ItemId })).max(MAX_SERIES_POSTS),
});
export type Series = z.infer<typeof Series>;

export const Settings = z.strictObject({
  organisationName: z.string().max(TEXT_LIMITS.organisationName),
  websiteBaseUrl: z.string().max(TEXT_LIMITS.websiteBaseUrl),
  // Bounded like every list in the plan, so no import or IPC call can carry an endless one.
  channels: z.array(ChannelSettings).max(MAX_CHANNELS),
  audiences: z.array(Audience).max(200),
  /** 1 = January. The board reviews the policy once per operating year. */
  operatingYearStartMonth: z.number().int().min(1).max(12),
  lastPolicyReview: IsoDay.nullable(),
  language: Language,
  instagramHashtagLimit: z.number().int().min(0).max(30),
  /**
   * The channels the policy suggests for each audience (the coverage matrix flags the rest).
   * Absent: the policy's defaults (DEFAULT_SUGGESTED_CHANNELS). A list, not a record keyed by
   * audience id, so no imported key can be `__proto__`.
   */
  suggestedChannels: z
    .array(z.strictObject({ audience: z.string().min(1).max(64), channels: z.array(ChannelId).max(50) }))
    .max(200)
    .optional(),
  /** Schema version 3: the plan's templates, text snippets and recurring series. */
  templates: z.array(Template).max(500),
  snippets: z.array(Snippet).max(500),
  series: z.array(Series).max(500),
});
export type Settings = z.infer<typeof Settings>;

export const Plan = z.strictObject({
  schemaVersion: z.literal(SCHEMA_VERSION),
  settings: Settings,
  items: z.array(ContentItem),
});
export type Plan = z.infer<typeof Plan>;
