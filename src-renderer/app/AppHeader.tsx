import { useTranslation } from 'react-i18next';
import { Redo2, Undo2 } from 'lucide-react';
import { FindingsPanel } from '../features/findings/FindingsPanel';
import type { Settings } from '../../src-shared/plan/model';
import { useNow } from '../lib/now';
import { usePlanModel, usePlanStore } from './plan-store';
import { useUiStore, VIEWS } from './ui-store';
import { shortcutWords } from '../lib/format';
import { LANGUAGE_NAMES } from '../../src-shared/i18n/messages';

export function AppHeader({ settings }: { settings: Settings }) {
  const { t } = useTranslation();
  const { view, setView } = useUiStore();
  const undo = usePlanStore((state) => state.undo);
  const redo = usePlanStore((state) => state.redo);
  const apply = usePlanStore((state) => state.apply);
  const canUndo = usePlanStore((state) => state.undoStack.length > 0);
  const canRedo = usePlanStore((state) => state.redoStack.length > 0);
  const now = useNow();
  // Kept from each change (check-index.ts); null while the first count of the plan is made.
  const problems = usePlanModel((model) => model.checks.total(now));

  return (
    <header className="app-header">
      <div className="app-brand">
        <span className="app-logo" aria-hidden="true" />
        <span className="app-name">{t('app.name')}</span>
        <span className="app-org">{settings.organisationName}</span>
      </div>
      <nav aria-label={t('nav.label')} className="app-nav">
        {VIEWS.map((id, index) => (
          <button
            key={id}
            type="button"
            className="nav-tab"
            aria-current={view === id ? 'page' : undefined}
            aria-keyshortcuts={index < 4 ? `Control+${index + 1}` : undefined}
            onClick={() => setView(id)}
          >
            {t(`nav.${id}`)}
          </button>
        ))}
      </nav>
      <div className="app-tools">
        <FindingsPanel problems={problems} />
        <button
          type="button"
          className="ghost icon"
          aria-label={t('app.undo')}
          title={t('app.withShortcut', { action: t('app.undo'), keys: shortcutWords('Z') })}
          aria-keyshortcuts="Control+Z"
          disabled={!canUndo}
          onClick={() => void undo()}
        >
          <Undo2 size={16} aria-hidden />
        </button>
        <button
          type="button"
          className="ghost icon"
          aria-label={t('app.redo')}
          title={t('app.withShortcut', { action: t('app.redo'), keys: shortcutWords('Z', true) })}
          aria-keyshortcuts="Control+Shift+Z"
          disabled={!canRedo}
          onClick={() => void redo()}
        >
          <Redo2 size={16} aria-hidden />
        </button>
        <label>
          <span className="visually-hidden">{t('nav.language')}</span>
          <select
            value={settings.language}
            onChange={(event) =>
              void apply({ type: 'settings.update', patch: { language: event.target.value === 'en' ? 'en' : 'sv' } })
            }
          >
            {LANGUAGE_NAMES.map(({ id, name }) => (
              <option key={id} value={id} lang={id}>
                {name}
              </option>
            ))}
          </select>
        </label>
      </div>
    </header>
  );
}
