// Organisation: its name, the website's address (the hub that posts link to) and the app's language.
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { Settings } from '../../../src-shared/plan/model';
import { DraftField } from './DraftField';
import { SectionHeading } from './SectionHeading';
import { useSettingsUpdate } from './use-settings-update';
import { LANGUAGE_NAMES } from '../../../src-shared/i18n/messages';

export function OrganisationSection({ settings }: { settings: Settings }) {
  const { t } = useTranslation();
  const update = useSettingsUpdate();
  const languageId = useId();
  return (
    <section className="settings-section" aria-labelledby="settings-organisation-title">
      <SectionHeading id="settings-organisation-title" title={t('settingsSections.organisation')} intro={t('settingsSections.organisationIntro')} />
      <div className="settings-form">
        <DraftField
          label={t('settingsSections.organisationName')}
          value={settings.organisationName}
          onCommit={(organisationName) => update({ organisationName: organisationName.trim() })}
        />
        <DraftField
          label={t('settingsSections.websiteBaseUrl')}
          type="url"
          value={settings.websiteBaseUrl}
          hint={t('settingsSections.websiteBaseUrlHint')}
          onCommit={(websiteBaseUrl) => update({ websiteBaseUrl: websiteBaseUrl.trim() })}
        />
        <div className="field">
          <label htmlFor={languageId}>{t('settingsSections.language')}</label>
          <select
            id={languageId}
            value={settings.language}
            onChange={(event) => void update({ language: event.target.value === 'en' ? 'en' : 'sv' })}
          >
            {LANGUAGE_NAMES.map(({ id, name }) => (
              <option key={id} value={id} lang={id}>
                {name}
              </option>
            ))}
          </select>
        </div>
      </div>
    </section>
  );
}
