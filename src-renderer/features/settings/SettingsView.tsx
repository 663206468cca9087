// Inställningar (DESIGN §3): a list of sections on the left, one section at a time on the right.
// Every change is a settings command, undoable like any other (Ctrl+Z outside a text field).
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Settings } from '../../../src-shared/plan/model';
import { usePlanStore } from '../../app/plan-store';
import { AudiencesSection } from './AudiencesSection';
import { BackupsSection } from './BackupsSection';
import { ChannelsSection } from './ChannelsSection';
import { CustomChannelSection } from './CustomChannelSection';
import { OrganisationSection } from './OrganisationSection';
import { useSettingsUi, type SectionId } from './settings-store';
import { SuggestionsSection } from './SuggestionsSection';
import { YearSection } from './YearSection';
import { SnippetsSection } from './SnippetsSection';
import { TemplatesSection } from './TemplatesSection';
import './settings.css';
import './settings-sections.css';

interface SectionEntry {
  id: SectionId;
  label: string;
  render: (settings: Settings) => ReactNode;
}

// The order of the nav.
const SECTIONS: SectionEntry[] = [
  { id: 'organisation', label: 'settingsSections.organisation', render: (settings) => <OrganisationSection settings={settings} /> },
  { id: 'channels', label: 'settingsSections.channels', render: (settings) => <ChannelsSection settings={settings} /> },
  { id: 'customChannels', label: 'customChannels.title', render: () => <CustomChannelSection /> },
  { id: 'audiences', label: 'settingsSections.audiences', render: (settings) => <AudiencesSection settings={settings} /> },
  { id: 'year', label: 'settingsSections.year', render: (settings) => <YearSection settings={settings} /> },
  { id: 'suggestions', label: 'settingsSections.suggestions', render: (settings) => <SuggestionsSection settings={settings} /> },
  { id: 'templates', label: 'templates.section', render: (settings) => <TemplatesSection settings={settings} /> },
  { id: 'snippets', label: 'snippets.section', render: (settings) => <SnippetsSection settings={settings} /> },
  { id: 'backups', label: 'backups.title', render: () => <BackupsSection /> },
];

export function SettingsView() {
  const { t } = useTranslation();
  const settings = usePlanStore((state) => state.plan?.settings);
  const { section: current, showSection } = useSettingsUi();
  const shown = SECTIONS.find((section) => section.id === current) ?? SECTIONS[0]!;
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
                aria-current={section.id === shown.id ? 'page' : undefined}
                onClick={() => showSection(section.id)}
              >
                {t(section.label)}
              </button>
            </li>
          ))}
        </ul>
      </nav>
      <div className="settings-content">{settings && shown.render(settings)}</div>
    </div>
  );
}
