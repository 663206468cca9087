// Custom channels (issue 9, "Egen kanal"): a channel the user adds in Settings, such as a
// newsletter. Its id is made once from its name and never changes, so a rename keeps its posts.
// The problems here are catalogue messages (`settingsProblem.*`), like settings-commands.ts's.
import { slugify } from '../channels/links';
import type { Message, MessageValue } from '../i18n/messages';
import { message } from '../ipc/errors';
import { ChannelId, HexColour, isCustomChannelId, TEXT_LIMITS, type ChannelSettings, type ContentItem } from '../plan/model';

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

/** A channel as a refusal names it: its label in the UI language, or its id while it has no name. */
export function channelName(channel: ChannelSettings): MessageValue {
  return channel.label.sv.trim() === '' ? channel.id : channel.label;
}

/** The first thing wrong with the channels beyond their schema shape, as a message for the user, or null. */
export function channelsProblem(channels: readonly ChannelSettings[]): Message | null {
  const seenNames = new Set<string>();
  for (const channel of channels) {
    const name = channel.label.sv.trim() || channel.id;
    const shown = channelName(channel);
    if (!ChannelId.safeParse(channel.id).success) {
      return message('settingsProblem.badChannelId', { id: channel.id.slice(0, MAX_ID), max: MAX_ID });
    }
    if (!HexColour.safeParse(channel.colour).success) return message('settingsProblem.colour', { channel: shown });
    const folded = name.toLocaleLowerCase('sv');
    if (seenNames.has(folded)) return message('settingsProblem.channelNameTaken', { channel: shown });
    seenNames.add(folded);
    if (!isCustomChannelId(channel.id)) continue;
    if (channel.label.sv.trim() === '') return message('settingsProblem.customUnnamed');
    if (channel.label.sv.length > MAX_CUSTOM_NAME) {
      return message('settingsProblem.nameTooLong', { name: name.slice(0, 20), max: MAX_CUSTOM_NAME });
    }
    if (channel.limit > MAX_CUSTOM_LIMIT) return message('settingsProblem.customLimit', { channel: shown, max: MAX_CUSTOM_LIMIT });
  }
  return null;
}

/** How many items have a variant on each channel. */
export function channelUse(items: Iterable<ContentItem>): Map<string, number> {
  const counts = new Map<string, number>();
  for (const item of items) for (const variant of item.variants) counts.set(variant.channel, (counts.get(variant.channel) ?? 0) + 1);
  return counts;
}
