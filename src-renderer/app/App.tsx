import { useEffect, type ReactNode } from 'react';
import type { Plan } from '../../src-shared/plan/model';
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
import { archiveWaiting } from './plan-archive';
import { usePlanModel, usePlanStore } from './plan-store';
import { Toasts } from './Toasts';
import { useUiStore } from './ui-store';
import './app.css';

export function App() {
  const { t } = useTranslation();
  // Each part selected on its own: a keystroke changes the plan, and the app's frame need not
  // render again for it (the views below read what they show themselves).
  const phase = usePlanStore((state) => state.phase);
  const settings = usePlanStore((state) => state.plan?.settings);
  const error = usePlanStore((state) => state.error);
  const load = usePlanStore((state) => state.load);
  const start = usePlanStore((state) => state.start);
  const notices = usePlanStore((state) => state.notices);
  const archive = usePlanStore((state) => state.archive);
  const hasPosts = usePlanModel((model) => model.held.table.size > 0);
  const recoveryRead = useRecoveryStore((state) => state.continued);
  const view = useUiStore((state) => state.view);
  const editingId = useUiStore((state) => state.editingId);
  const editing = usePlanModel((model) => (editingId ? model.held.table.get(editingId) : undefined));
  const parts = useAppParts();
  useAppCommands();

  useEffect(() => {
    void start();
  }, [start]);

  useEffect(() => listenToMain(parts), [parts]);
  useEffect(() => watchDrafts(parts), [parts]);
  useEffect(() => parts.clock.getState().start(), [parts]);

  const language = settings?.language ?? 'sv';
  useEffect(() => setLanguage(language), [language]);

  if (phase === 'loading') return <p className="app-status">{t('app.loading')}</p>;
  if (phase === 'failed' || !settings) {
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
        <AppHeader settings={settings} />
        <main className="app-main">
          <RecoveryScreen notices={recovery} />
        </main>
      </div>
    );
  }

  const planning = view === 'kanban' || view === 'calendar';
  return (
    // data-archive: whether the old published posts are here yet (the benchmark waits for it).
    <div className="app" data-archive={archive.state}>
      <AppHeader settings={settings} />
      <Notices />
      {/* Not on a first start: the welcome comes first. */}
      {planning && (hasPosts || archiveWaiting(archive) > 0) && <ReviewBanner settings={settings} />}
      {planning && <FilterBar settings={settings} />}
      <div className="app-body">
        <main className="app-main">
          {view === 'kanban' && <KanbanView settings={settings} />}
          {view === 'calendar' && <CalendarView settings={settings} />}
          {view === 'publish' && <WholePlan view={PublishView} />}
          {view === 'board' && <WholePlan view={BoardView} />}
          {view === 'settings' && <SettingsView />}
        </main>
        {/* The board view is read-only: the editor belongs to the planner. */}
        {editing && planning && <EditorPanel key={editing.id} item={editing} settings={settings} />}
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

/** Publicera and Styrelsevy read the whole plan: they render again at each change of it. */
function WholePlan({ view: View }: { view: (props: { plan: Plan }) => ReactNode }) {
  const plan = usePlanStore((state) => state.plan);
  return plan ? <View plan={plan} /> : null;
}
