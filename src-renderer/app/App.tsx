import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { KanbanView } from '../features/kanban/KanbanView';
import { ComingSoon } from '../features/placeholder/ComingSoon';
import { setLanguage } from '../i18n';
import { usePlanStore } from './plan-store';
import { Notices } from './Notices';

export const VIEWS = ['kanban', 'calendar', 'board', 'settings'] as const;
export type View = (typeof VIEWS)[number];

export function App() {
  const { t } = useTranslation();
  const { phase, plan, error, load, updateSettings } = usePlanStore();
  const [view, setView] = useState<View>('kanban');

  useEffect(() => {
    void load();
  }, [load]);

  const language = plan?.settings.language ?? 'sv';
  useEffect(() => setLanguage(language), [language]);

  if (phase === 'loading') return <p className="app-status">{t('app.loading')}</p>;
  if (phase === 'failed' || !plan) {
    return (
      <div className="app-status" role="alert">
        <p>{t('app.loadFailed', { message: error ?? '' })}</p>
        <button type="button" onClick={() => void load()}>
          {t('app.retry')}
        </button>
      </div>
    );
  }

  return (
    <div className="app">
      <header className="app-header">
        <div className="app-brand">
          <span className="app-logo" aria-hidden="true" />
          <span className="app-name">{t('app.name')}</span>
          <span className="app-org">{plan.settings.organisationName}</span>
        </div>
        <nav aria-label={t('nav.label')} className="app-nav">
          {VIEWS.map((id) => (
            <button
              key={id}
              type="button"
              className="nav-tab"
              aria-current={view === id ? 'page' : undefined}
              onClick={() => setView(id)}
            >
              {t(`nav.${id}`)}
            </button>
          ))}
        </nav>
        <label className="app-language">
          <span className="visually-hidden">{t('nav.language')}</span>
          <select
            value={language}
            onChange={(event) =>
              void updateSettings({ ...plan.settings, language: event.target.value === 'en' ? 'en' : 'sv' })
            }
          >
            <option value="sv">Svenska</option>
            <option value="en">English</option>
          </select>
        </label>
      </header>
      <Notices />
      <main className="app-main">
        {view === 'kanban' && <KanbanView plan={plan} />}
        {view !== 'kanban' && <ComingSoon view={view} />}
      </main>
    </div>
  );
}
