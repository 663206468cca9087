import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { CalendarView } from '../features/calendar/CalendarView';
import { EditorPanel } from '../features/editor/EditorPanel';
import { ExportDialog } from '../features/export/ExportDialog';
import { PostMenu } from '../features/reuse/PostMenu';
import { FromTemplateDialog } from '../features/reuse/FromTemplateDialog';
import { SaveTemplateDialog } from '../features/reuse/SaveTemplateDialog';
import { CsvImportDialog } from '../features/csv-import/CsvImportDialog';
import { KanbanView } from '../features/kanban/KanbanView';
import { PublishView } from '../features/publish/PublishView';
import { BoardView } from '../features/board/BoardView';
import { ReviewBanner } from '../features/board/ReviewBanner';
import { RecoveryScreen } from '../features/recovery/RecoveryScreen';
import { isRecoveryNotice } from '../features/recovery/notice-text';
import { useRecoveryStore } from '../features/recovery/recovery-store';
import { SettingsView } from '../features/settings/SettingsView';
import { setLanguage } from '../i18n';
import { useAppCommands } from './app-commands';
import { AppHeader } from './AppHeader';
import { watchDrafts } from './drafts';
import { useAppParts } from './app-context';
import { listenToMain } from './main-events';
import { FilterBar } from './FilterBar';
import { HistoryAnnouncer } from './HistoryAnnouncer';
import { Notices } from './Notices';
import { planIndex } from './plan-index';
import { archiveWaiting } from './plan-archive';
import { usePlanStore } from './plan-store';
import { Toasts } from './Toasts';
import { useUiStore } from './ui-store';
import './app.css';

export function App() {
  const { t } = useTranslation();
  const { phase, plan, error, load, notices, archive } = usePlanStore();
  const recoveryRead = useRecoveryStore((state) => state.continued);
  const { view, editingId } = useUiStore();
  const parts = useAppParts();
  useAppCommands();

  useEffect(() => {
    void load();
  }, [load]);

  useEffect(() => listenToMain(parts), [parts]);
  useEffect(() => watchDrafts(parts), [parts]);
  useEffect(() => parts.clock.getState().start(), [parts]);

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

  const recovery = notices.filter(isRecoveryNotice);
  if (recovery.length > 0 && !recoveryRead) {
    return (
      <div className="app">
        <AppHeader plan={plan} />
        <main className="app-main">
          <RecoveryScreen notices={recovery} />
        </main>
      </div>
    );
  }

  const editing = editingId ? planIndex(plan.items).byId.get(editingId) : undefined;
  const planning = view === 'kanban' || view === 'calendar';
  return (
    // data-archive: whether the old published posts are here yet (the benchmark waits for it).
    <div className="app" data-archive={archive.state}>
      <AppHeader plan={plan} />
      <Notices />
      {/* Not on a first start: the welcome comes first. */}
      {planning && plan.items.length + archiveWaiting(archive) > 0 && <ReviewBanner settings={plan.settings} />}
      {planning && <FilterBar plan={plan} />}
      <div className="app-body">
        <main className="app-main">
          {view === 'kanban' && <KanbanView plan={plan} />}
          {view === 'calendar' && <CalendarView plan={plan} />}
          {view === 'publish' && <PublishView plan={plan} />}
          {view === 'board' && <BoardView plan={plan} />}
          {view === 'settings' && <SettingsView />}
        </main>
        {/* The board view is read-only: the editor belongs to the planner. */}
        {editing && planning && <EditorPanel key={editing.id} item={editing} settings={plan.settings} />}
      </div>
      <ExportDialog />
      <PostMenu />
      <FromTemplateDialog />
      <SaveTemplateDialog />
      <CsvImportDialog />
      <Toasts />
      <HistoryAnnouncer />
    </div>
  );
}
