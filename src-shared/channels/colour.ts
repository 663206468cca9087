// A channel's colour on its badge: the text on it is black or white, whichever reads better
// (WCAG relative luminance), so a user's pale or dark colour never hides the channel's name.
import { isCustomChannelId, type ChannelSettings } from '../plan/model';
import { DEFAULT_CHANNELS } from '../settings/policy';

export type Ink = '#000000' | '#ffffff';

/** WCAG 2 relative luminance of `#rrggbb`, 0 (black) to 1 (white). */
export function relativeLuminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((start) => {
    const channel = Number.parseInt(hex.slice(start, start + 2), 16) / 255;
    return channel <= 0.04045 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

export function contrastRatio(a: string, b: string): number {
  const [light, dark] = [relativeLuminance(a), relativeLuminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}

/** Black or white text on `background`, whichever has the higher contrast. */
export function readableInk(background: string): Ink {
  return contrastRatio(background, '#000000') >= contrastRatio(background, '#ffffff') ? '#000000' : '#ffffff';
}

/**
 * Whether a channel is drawn in its stored colour. The built-ins in their default colour keep
 * the theme's own (lighter in the dark theme); a custom or recoloured channel uses its setting.
 */
export function hasOwnColour(channel: Pick<ChannelSettings, 'id' | 'colour'>): boolean {
  if (isCustomChannelId(channel.id)) return true;
  const builtIn = DEFAULT_CHANNELS.find((candidate) => candidate.id === channel.id);
  return builtIn === undefined || builtIn.colour.toLowerCase() !== channel.colour.toLowerCase();
}
