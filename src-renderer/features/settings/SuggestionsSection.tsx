// Kanaler per målgrupp: where the policy says each audience is reached. The board view's coverage
// matrix marks these cells and flags an audience reached only elsewhere.
import { useTranslation } from 'react-i18next';
import { suggestedChannelsOf, withSuggestion } from '../../../src-shared/board/coverage';
import type { Settings } from '../../../src-shared/plan/model';
import { usePlanStore } from '../../app/plan-store';
import { useLocalized } from '../../i18n';
import { SectionHeading } from './SectionHeading';
import { useSettingsUpdate } from './use-settings-update';

export function SuggestionsSection({ settings }: { settings: Settings }) {
  const { t } = useTranslation();
  const localized = useLocalized();
  const update = useSettingsUpdate();
  const apply = usePlanStore((state) => state.apply);
  const suggested = suggestedChannelsOf(settings);
  const channels = settings.channels.filter((channel) => channel.enabled);
  const audiences = settings.audiences.filter((audience) => !audience.archived);
  const toggle = (audience: string, channel: string, on: boolean) => {
    const current = suggested.get(audience) ?? [];
    const next = on ? [...current, channel] : current.filter((other) => other !== channel);
    void update({ suggestedChannels: withSuggestion(settings, audience, next) });
  };
  return (
    <section className="settings-section" aria-labelledby="settings-suggestions-title">
      <SectionHeading id="settings-suggestions-title" title={t('settingsSections.suggestions')} intro={t('settingsSections.suggestionsIntro')} />
      <table className="settings-matrix" aria-label={t('settingsSections.suggestionsTable')}>
        <thead>
          <tr>
            <th scope="col">{t('settingsSections.audienceColumn')}</th>
            {channels.map((channel) => (
              <th key={channel.id} scope="col">
                {localized(channel.label)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {audiences.map((audience) => (
            <tr key={audience.id}>
              <th scope="row">{localized(audience.label)}</th>
              {channels.map((channel) => (
                <td key={channel.id}>
                  <input
                    type="checkbox"
                    aria-label={t('settingsSections.suggestionLabel', { channel: localized(channel.label), audience: localized(audience.label) })}
                    checked={(suggested.get(audience.id) ?? []).includes(channel.id)}
                    onChange={(event) => toggle(audience.id, channel.id, event.target.checked)}
                  />
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      <div className="settings-row">
        {settings.suggestedChannels ? (
          <button type="button" className="small" onClick={() => void apply({ type: 'settings.put', settings: withoutSuggestions(settings) })}>
            {t('settingsSections.resetSuggestions')}
          </button>
        ) : (
          <p className="settings-muted">{t('settingsSections.usingDefaults')}</p>
        )}
      </div>
    </section>
  );
}

/** The settings with no suggestions of their own, so the policy's defaults apply again. The key
 * is left out rather than set to undefined, which JSON would drop on the way to main. */
function withoutSuggestions(settings: Settings): Settings {
  const copy = { ...settings };
  delete copy.suggestedChannels;
  return copy;
}
