import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { CalendarView } from '../features/calendar/CalendarView';
import { EditorPanel } from '../features/editor/EditorPanel';
import { ExportDialog } from '../features/export/ExportDialog';
import { KanbanView } from '../features/kanban/KanbanView';
import { ComingSoon } from '../features/placeholder/ComingSoon';
import { PublishView } from '../features/publish/PublishView';
import { setLanguage } from '../i18n';
import { useAppCommands } from './app-commands';
import { AppHeader } from './AppHeader';
import { watchDrafts } from './drafts';
import { FilterBar } from './FilterBar';
import { Notices } from './Notices';
import { usePlanStore } from './plan-store';
import { Toasts } from './Toasts';
import { useUiStore } from './ui-store';

export function App() {
  const { t } = useTranslation();
  const { phase, plan, error, load } = usePlanStore();
  const { view, editingId } = useUiStore();
  useAppCommands();

  useEffect(() => {
    void load();
  }, [load]);

  useEffect(() => watchDrafts(), []);

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

  const editing = editingId ? plan.items.find((item) => item.id === editingId) : undefined;
  const planning = view === 'kanban' || view === 'calendar';
  return (
    <div className="app">
      <AppHeader plan={plan} />
      <Notices />
      {planning && <FilterBar plan={plan} />}
      <div className="app-body">
        <main className="app-main">
          {view === 'kanban' && <KanbanView plan={plan} />}
          {view === 'calendar' && <CalendarView plan={plan} />}
          {view === 'publish' && <PublishView plan={plan} />}
          {(view === 'board' || view === 'settings') && <ComingSoon view={view} />}
        </main>
        {editing && <EditorPanel key={editing.id} item={editing} settings={plan.settings} />}
      </div>
      <ExportDialog />
      <Toasts />
    </div>
  );
}
