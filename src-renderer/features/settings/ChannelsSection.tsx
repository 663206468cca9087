// Kanaler: each channel in the settings, on or off, its name, purpose and character limit, and
// Instagram's hashtag limit. Written over settings.channels, so a channel added later (a custom
// one) gets the same card.
import { useTranslation } from 'react-i18next';
import type { ChannelSettings, Settings } from '../../../src-shared/plan/model';
import { ChannelBadge } from '../../components/ChannelBadge';
import { useLocalized } from '../../i18n';
import { DraftField } from './DraftField';
import { SectionHeading } from './SectionHeading';
import { useSettingsUpdate, type SettingsCommit } from './use-settings-update';

export function ChannelsSection({ settings }: { settings: Settings }) {
  const { t } = useTranslation();
  const update = useSettingsUpdate();
  return (
    <section className="settings-section" aria-labelledby="settings-channels-title">
      <SectionHeading id="settings-channels-title" title={t('settingsSections.channels')} intro={t('settingsSections.channelsIntro')} />
      <div className="settings-cards">
        {settings.channels.map((channel) => (
          <ChannelCard key={channel.id} channel={channel} settings={settings} update={update} />
        ))}
      </div>
    </section>
  );
}

function ChannelCard({ channel, settings, update }: { channel: ChannelSettings; settings: Settings; update: SettingsCommit }) {
  const { t } = useTranslation();
  const localized = useLocalized();
  /** The whole channel list with this channel changed: nested lists are replaced whole. */
  const change = (fields: Partial<ChannelSettings>) =>
    update({ channels: settings.channels.map((other) => (other.id === channel.id ? { ...other, ...fields } : other)) });
  const name = localized(channel.label) || channel.id;
  return (
    <div role="group" aria-label={name} className="settings-card" data-enabled={channel.enabled}>
      <div className="settings-card-head">
        <ChannelBadge channel={channel.id} settings={settings} />
        <label className="settings-switch">
          <input type="checkbox" checked={channel.enabled} onChange={(event) => void change({ enabled: event.target.checked })} />
          {t('settingsSections.channelEnabled', { channel: name })}
        </label>
      </div>
      <div className="field-row">
        <DraftField
          label={t('settingsSections.channelName')}
          value={channel.label.sv}
          onCommit={(sv) => change({ label: { ...channel.label, sv: sv.trim() } })}
        />
        <DraftField
          label={t('settingsSections.channelNameEn')}
          value={channel.label.en}
          onCommit={(en) => change({ label: { ...channel.label, en: en.trim() } })}
        />
      </div>
      <DraftField
        label={t('settingsSections.channelPurpose')}
        multiline
        value={channel.purpose.sv}
        onCommit={(sv) => change({ purpose: { ...channel.purpose, sv } })}
      />
      <div className="field-row">
        <DraftField
          className="settings-narrow"
          label={t('settingsSections.channelLimit')}
          type="number"
          min={1}
          value={String(channel.limit)}
          onCommit={(limit) => change({ limit: Number(limit) })}
        />
        {channel.id === 'instagram' && (
          <DraftField
            className="settings-narrow"
            label={t('settingsSections.hashtagLimit')}
            type="number"
            min={0}
            max={30}
            value={String(settings.instagramHashtagLimit)}
            hint={t('settingsSections.hashtagLimitHint')}
            onCommit={(limit) => update({ instagramHashtagLimit: Number(limit) })}
          />
        )}
      </div>
    </div>
  );
}
