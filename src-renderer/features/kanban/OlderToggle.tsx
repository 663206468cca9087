import { useTranslation } from 'react-i18next';
import { createStore } from 'zustand';
import { storeHook } from '../../app/app-context';
import { usePlanStore } from '../../app/plan-store';

/** Whether Publicerad shows its older posts too; kept while switching views, not stored. */
export interface OlderShownState {
  shown: boolean;
  toggle: () => void;
}

export function createOlderStore() {
  return createStore<OlderShownState>((set) => ({
    shown: false,
    toggle: () => set((state) => ({ shown: !state.shown })),
  }));
}

export const useOlderShown = storeHook((stores) => stores.older);

/**
 * "Visa äldre (N)" under Publicerad, and the way back to the recent posts alone. N counts the
 * archive still being read too; shown meanwhile, the column says that more are on their way.
 */
export function OlderToggle({ count }: { count: number }) {
  const { t } = useTranslation();
  const { shown, toggle } = useOlderShown();
  const archive = usePlanStore((state) => state.archive);
  if (count === 0) return null;
  return (
    <>
      <button type="button" className="ghost small kanban-older" onClick={toggle}>
        {shown ? t('scale.hideOlder') : t('scale.showOlder', { count })}
      </button>
      {shown && archive.state === 'loading' && (
        <p role="status" className="kanban-older-loading">
          {t('scale.archiveLoading', { count: archive.count })}
        </p>
      )}
    </>
  );
}
