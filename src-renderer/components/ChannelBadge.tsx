import type { ChannelId, Settings } from '../../src-shared/model';
import { channelSettings } from '../../src-shared/policy';
import { useLocalized } from '../i18n';

/** A channel's name in its fixed colour: the same on cards, lanes and tabs. */
export function ChannelBadge({ channel, settings }: { channel: ChannelId; settings: Settings }) {
  const localized = useLocalized();
  return <span className={`channel-badge channel-${channel}`}>{localized(channelSettings(settings, channel).label)}</span>;
}
