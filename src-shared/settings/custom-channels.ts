// Custom channels (issue 9, "Egen kanal"): a channel the user adds in Settings, such as a
// newsletter. Its id is made once from its name and never changes, so a rename keeps its posts.
// The problems here are the settings' own words for the user, like settings-commands.ts.
import { slugify } from '../channels/links';
import { ChannelId, HexColour, isCustomChannelId, TEXT_LIMITS, type ChannelSettings, type ContentItem, type Plan } from '../plan/model';

export const CUSTOM_CHANNEL_PREFIX = 'custom-';
const MAX_ID = 64;
/** A post is at most this long in any field the editor has; a larger limit would mean nothing. */
export const MAX_CUSTOM_LIMIT = TEXT_LIMITS.text;
export const MAX_CUSTOM_NAME = 60;

export interface CustomChannelInput {
  name: string;
  colour: string;
  limit: number;
  purpose: string;
}

/** `custom-<slug of the name>`, made distinct from `taken` with "-2", "-3"… */
export function customChannelId(name: string, taken: readonly string[]): string {
  const slug = slugify(name).slice(0, MAX_ID - CUSTOM_CHANNEL_PREFIX.length - 4).replace(/-+$/, '') || 'kanal';
  const base = `${CUSTOM_CHANNEL_PREFIX}${slug}`;
  let id = base;
  for (let n = 2; taken.includes(id); n += 1) id = `${base}-${n}`;
  return id;
}

/** The new channel's settings: one name and purpose for both languages, as the user typed them. */
export function newCustomChannel(input: CustomChannelInput, existing: readonly ChannelSettings[]): ChannelSettings {
  const name = input.name.trim();
  const purpose = input.purpose.trim();
  return {
    id: customChannelId(name, existing.map((channel) => channel.id)),
    enabled: true,
    label: { sv: name, en: name },
    purpose: { sv: purpose, en: purpose },
    limit: input.limit,
    colour: input.colour.toLowerCase(),
  };
}

/** The first thing wrong with the channels beyond their schema shape, in words for the user, or null. */
export function channelsProblem(channels: readonly ChannelSettings[]): string | null {
  const seenNames = new Set<string>();
  for (const channel of channels) {
    const name = channel.label.sv.trim() || channel.id;
    if (!ChannelId.safeParse(channel.id).success) {
      return `kanalen ”${channel.id.slice(0, MAX_ID)}” har ett ogiltigt id. En egen kanals id börjar med custom- och har bara a–z, 0–9 och bindestreck, högst ${MAX_ID} tecken.`;
    }
    if (!HexColour.safeParse(channel.colour).success) return `färgen för ${name} ska skrivas #rrggbb.`;
    const folded = name.toLocaleLowerCase('sv');
    if (seenNames.has(folded)) return `det finns redan en kanal som heter ${name}.`;
    seenNames.add(folded);
    if (!isCustomChannelId(channel.id)) continue;
    if (channel.label.sv.trim() === '') return 'en egen kanal saknar namn.';
    if (channel.label.sv.length > MAX_CUSTOM_NAME) return `namnet ${name.slice(0, 20)}… är längre än ${MAX_CUSTOM_NAME} tecken.`;
    if (channel.limit > MAX_CUSTOM_LIMIT) return `teckengränsen för ${name} kan vara högst ${MAX_CUSTOM_LIMIT.toLocaleString('sv')}.`;
  }
  return null;
}

/** How many items have a variant on each channel. */
export function channelUse(items: readonly ContentItem[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const item of items) for (const variant of item.variants) counts.set(variant.channel, (counts.get(variant.channel) ?? 0) + 1);
  return counts;
}

/**
 * The first item with a variant on a channel the settings lack, or two variants on one channel,
 * and where: for the import's message. Commands never make either; a hand-edited file can.
 */
export function firstBadVariantChannel(
  plan: Pick<Plan, 'settings' | 'items'>,
): { index: number; channel: string; problem: 'unknown' | 'twice' } | null {
  const known = new Set(plan.settings.channels.map((channel) => channel.id));
  for (const [index, item] of plan.items.entries()) {
    const seen = new Set<string>();
    for (const { channel } of item.variants) {
      if (!known.has(channel)) return { index, channel, problem: 'unknown' };
      if (seen.has(channel)) return { index, channel, problem: 'twice' };
      seen.add(channel);
    }
  }
  return null;
}
