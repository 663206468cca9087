// The class and style that colour an element by its channel. The built-ins' colours live in
// styles.css (with a dark-theme variant); a custom channel's colour comes from its settings, set
// through the style property (CSSOM), which the CSP allows where a <style> element is not.
import type { CSSProperties } from 'react';
import { hasOwnColour, readableInk } from '../../src-shared/channels';
import type { ChannelId, Settings } from '../../src-shared/plan/model';
import { channelSettings } from '../../src-shared/settings/policy';
import './channel-look.css';

export interface ChannelLook {
  className: string;
  style: CSSProperties | undefined;
}

export function channelLook(settings: Settings, channel: ChannelId | null): ChannelLook {
  if (channel === null) return { className: 'channel-none', style: undefined };
  const found = channelSettings(settings, channel);
  if (!hasOwnColour(found)) return { className: `channel-${channel}`, style: undefined };
  const style = { '--channel-color': found.colour, '--channel-ink': readableInk(found.colour) } as CSSProperties;
  return { className: `channel-${channel} channel-own-colour`, style };
}
