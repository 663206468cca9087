// Målgrupper: add one (its id is made from the name), rename, archive and take back. An archived
// audience keeps its name on the posts that have it, and is offered for no new ones.
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { audienceIdFor } from '../../../src-shared/settings/audiences';
import type { Audience, Settings } from '../../../src-shared/plan/model';
import { useLocalized } from '../../i18n';
import { DraftField } from './DraftField';
import { SectionHeading } from './SectionHeading';
import { useSettingsUpdate, type SettingsCommit } from './use-settings-update';

export function AudiencesSection({ settings }: { settings: Settings }) {
  const { t } = useTranslation();
  const update = useSettingsUpdate();
  const active = settings.audiences.filter((audience) => !audience.archived);
  const archived = settings.audiences.filter((audience) => audience.archived);
  return (
    <section className="settings-section" aria-labelledby="settings-audiences-title">
      <SectionHeading id="settings-audiences-title" title={t('settingsSections.audiences')} intro={t('settingsSections.audiencesIntro')} />
      <div className="settings-list">
        {active.map((audience) => (
          <AudienceRow key={audience.id} audience={audience} settings={settings} update={update} />
        ))}
      </div>
      <NewAudience settings={settings} update={update} />
      {archived.length > 0 && (
        <>
          <h3>{t('settingsSections.archivedTitle')}</h3>
          <div className="settings-list">
            {archived.map((audience) => (
              <AudienceRow key={audience.id} audience={audience} settings={settings} update={update} />
            ))}
          </div>
        </>
      )}
    </section>
  );
}

interface RowProps {
  audience: Audience;
  settings: Settings;
  update: SettingsCommit;
}

function AudienceRow({ audience, settings, update }: RowProps) {
  const { t } = useTranslation();
  const change = (fields: Partial<Audience>) =>
    update({ audiences: settings.audiences.map((other) => (other.id === audience.id ? { ...other, ...fields } : other)) });
  const name = useLocalized()(audience.label);
  return (
    <div role="group" aria-label={name} className="settings-list-row" data-archived={audience.archived || undefined}>
      <DraftField
        label={t('settingsSections.audienceName')}
        value={audience.label.sv}
        onCommit={(sv) => change({ label: { ...audience.label, sv: sv.trim() } })}
      />
      <DraftField
        label={t('settingsSections.audienceNameEn')}
        value={audience.label.en}
        onCommit={(en) => change({ label: { ...audience.label, en: en.trim() } })}
      />
      <button
        type="button"
        className="small"
        aria-label={t(audience.archived ? 'settingsSections.unarchiveLabel' : 'settingsSections.archiveLabel', { name })}
        onClick={() => void change({ archived: !audience.archived })}
      >
        {t(audience.archived ? 'settingsSections.unarchive' : 'settingsSections.archive')}
      </button>
    </div>
  );
}

function NewAudience({ settings, update }: Omit<RowProps, 'audience'>) {
  const { t } = useTranslation();
  const id = useId();
  const [name, setName] = useState('');
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null);
  const add = async (event: FormEvent) => {
    event.preventDefault();
    const trimmed = name.trim();
    if (!trimmed) return;
    const audience: Audience = {
      id: audienceIdFor(trimmed, settings.audiences.map((other) => other.id)),
      label: { sv: trimmed, en: '' },
      archived: false,
    };
    const refused = await update({ audiences: [...settings.audiences, audience] });
    if (refused) return setMessage({ text: refused, error: true });
    // Emptied only if it still holds the name added: a next name typed while main saved stays.
    setName((current) => (current === name ? '' : current));
    setMessage({ text: t('settingsSections.audienceAdded', { name: trimmed }), error: false });
  };
  return (
    <form className="settings-add" onSubmit={(event) => void add(event)}>
      <div className="field">
        <label htmlFor={id}>{t('settingsSections.newAudience')}</label>
        <input
          id={id}
          value={name}
          maxLength={2000}
          aria-invalid={message?.error || undefined}
          aria-describedby={message ? `${id}-message` : undefined}
          onChange={(event) => setName(event.target.value)}
        />
      </div>
      <button type="submit" disabled={!name.trim()}>
        {t('settingsSections.addAudience')}
      </button>
      <p id={`${id}-message`} className={message?.error ? 'field-error' : 'field-hint'} role={message?.error ? 'alert' : 'status'}>
        {message?.text}
      </p>
    </form>
  );
}
