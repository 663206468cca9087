import type { ChannelId, Settings } from '../../src-shared/plan/model';
import { channelSettings } from '../../src-shared/settings/policy';
import { useLocalized } from '../i18n';
import { channelLook } from '../lib/channel-look';

/** A channel's name in its fixed colour: the same on cards, lanes and tabs. */
export function ChannelBadge({ channel, settings }: { channel: ChannelId; settings: Settings }) {
  const localized = useLocalized();
  const look = channelLook(settings, channel);
  return (
    <span className={`channel-badge ${look.className}`} style={look.style}>
      {localized(channelSettings(settings, channel).label)}
    </span>
  );
}
