// Egen kanal (issue 9): add a channel of one's own, such as a newsletter, and see, turn off or
// remove the ones added. Every change is a settings command: validated in main, and undoable.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { channelUse } from '../../../src-shared/settings/custom-channels';
import { isCustomChannelId, type ChannelSettings } from '../../../src-shared/plan/model';
import { usePlanStore } from '../../app/plan-store';
import { ChannelBadge } from '../../components/ChannelBadge';
import { useLocalized } from '../../i18n';
import { CustomChannelForm } from './CustomChannelForm';
import './custom-channels.css';

export function CustomChannelSection() {
  const { t, i18n } = useTranslation();
  const localized = useLocalized();
  const plan = usePlanStore((state) => state.plan);
  const apply = usePlanStore((state) => state.apply);
  const [status, setStatus] = useState<string | null>(null);
  if (!plan) return null;
  const { settings } = plan;
  const custom = settings.channels.filter((channel) => isCustomChannelId(channel.id));
  const use = channelUse(plan.items);
  // Until the archive is in, a channel may be used by posts not here yet: no removal offered.
  const wholePlan = usePlanStore((state) => state.archive.state === 'loaded');

  const putChannels = async (channels: ChannelSettings[], done: string) => {
    setStatus(null);
    const applied = await apply({ type: 'settings.update', patch: { channels } });
    if (applied) setStatus(done);
    return applied !== null;
  };
  const add = (channel: ChannelSettings) =>
    putChannels([...settings.channels, channel], t('customChannels.added', { name: channel.label.sv }));
  const remove = (channel: ChannelSettings) =>
    void putChannels(
      settings.channels.filter((other) => other.id !== channel.id),
      t('customChannels.removed', { name: localized(channel.label) }),
    );
  const toggle = (channel: ChannelSettings) =>
    void putChannels(
      settings.channels.map((other) => (other.id === channel.id ? { ...other, enabled: !other.enabled } : other)),
      '',
    );

  return (
    <section className="settings-section" aria-labelledby="settings-custom-channels-title">
      <h2 id="settings-custom-channels-title">{t('customChannels.title')}</h2>
      <p className="settings-muted">{t('customChannels.intro')}</p>
      <CustomChannelForm channels={settings.channels} onAdd={add} />
      <div role="status" className="settings-status">
        {status && <div className="settings-outcome">{status}</div>}
      </div>
      <h3>{t('customChannels.listHeading')}</h3>
      {custom.length === 0 ? (
        <p className="settings-muted">{t('customChannels.none')}</p>
      ) : (
        <ul className="custom-channel-list">
          {custom.map((channel) => {
            const name = localized(channel.label);
            const count = use.get(channel.id) ?? 0;
            return (
              <li key={channel.id} className="custom-channel" data-channel={channel.id}>
                <div className="custom-channel-head">
                  <ChannelBadge channel={channel.id} settings={settings} />
                  <span className="custom-channel-limit-shown">
                    {t('customChannels.limitShown', { limit: channel.limit.toLocaleString(i18n.language) })}
                  </span>
                  {!channel.enabled && <span className="custom-channel-off">{t('customChannels.disabled')}</span>}
                  <span className="custom-channel-actions">
                    <button
                      type="button"
                      className="small"
                      aria-label={t(channel.enabled ? 'customChannels.disableLabel' : 'customChannels.enableLabel', { name })}
                      onClick={() => toggle(channel)}
                    >
                      {t(channel.enabled ? 'customChannels.disable' : 'customChannels.enable')}
                    </button>
                    {count === 0 && wholePlan && (
                      <button
                        type="button"
                        className="small danger"
                        aria-label={t('customChannels.removeLabel', { name })}
                        onClick={() => remove(channel)}
                      >
                        {t('customChannels.remove')}
                      </button>
                    )}
                  </span>
                </div>
                {localized(channel.purpose) && <p className="custom-channel-purpose">{localized(channel.purpose)}</p>}
                <p className="settings-muted">
                  {count > 0
                    ? `${t('customChannels.used', { count })} ${t('customChannels.cannotRemove')}`
                    : wholePlan
                      ? t('customChannels.unused')
                      : t('scale.archiveUseUnknown')}
                </p>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
