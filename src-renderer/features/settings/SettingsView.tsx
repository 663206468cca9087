// Inställningar (DESIGN §3): sections beside a section nav. Säkerhetskopior is the first; the
// sections for the organisation, channels and audiences join the same list.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { BackupsSection } from './BackupsSection';
import { CustomChannelSection } from './CustomChannelSection';
import './settings.css';

const SECTIONS = [
  { id: 'backups', label: 'backups.title' },
  { id: 'customChannels', label: 'customChannels.title' },
] as const;
type SectionId = (typeof SECTIONS)[number]['id'];

export function SettingsView() {
  const { t } = useTranslation();
  const [current, setCurrent] = useState<SectionId>('backups');
  return (
    <div className="settings">
      <nav className="settings-nav" aria-label={t('settings.sections')}>
        <h1 className="settings-title">{t('settings.title')}</h1>
        <ul>
          {SECTIONS.map((section) => (
            <li key={section.id}>
              <button
                type="button"
                className="settings-nav-item"
                aria-current={section.id === current ? 'page' : undefined}
                onClick={() => setCurrent(section.id)}
              >
                {t(section.label)}
              </button>
            </li>
          ))}
        </ul>
      </nav>
      <div className="settings-content">
        {current === 'backups' && <BackupsSection />}
        {current === 'customChannels' && <CustomChannelSection />}
      </div>
    </div>
  );
}
