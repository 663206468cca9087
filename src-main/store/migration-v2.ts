// Schema version 1 → 2: custom channels. Channel ids stop being a fixed list (version 2 also
// accepts `custom-<slug>`), and every channel gets a colour for its badge and calendar lane.
// Version 1 ids are all built-in, so items need no change; each stored channel gets its
// built-in's default colour. Version 1 fell back to the defaults for a built-in missing from
// the settings; version 2 requires every variant's channel in the settings, so a missing one
// is added, turned off (as before, not offered for new posts). Anything of the wrong shape is
// left as it is, for validation to name afterwards: a migration reshapes, it does not judge.
import { DEFAULT_CHANNELS, FALLBACK_CHANNEL_COLOUR } from '../../src-shared/settings/policy';
import type { Migration } from './migrations';

export const toVersion2: Migration = (doc, kind) => {
  if (kind !== 'settings' || !isRecord(doc.settings) || !Array.isArray(doc.settings.channels)) return doc;
  const channels: unknown[] = doc.settings.channels.map((channel: unknown) =>
    isRecord(channel) && !('colour' in channel) ? { ...channel, colour: defaultColour(channel.id) } : channel,
  );
  const present = new Set(channels.map((channel) => (isRecord(channel) ? channel.id : undefined)));
  for (const builtIn of DEFAULT_CHANNELS) {
    if (!present.has(builtIn.id)) channels.push({ ...structuredClone(builtIn), enabled: false });
  }
  return { ...doc, settings: { ...doc.settings, channels } };
};

function defaultColour(id: unknown): string {
  return DEFAULT_CHANNELS.find((channel) => channel.id === id)?.colour ?? FALLBACK_CHANNEL_COLOUR;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
