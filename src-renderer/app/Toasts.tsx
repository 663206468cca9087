import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import * as Toast from '@radix-ui/react-toast';
import { usePlanStore } from './plan-store';
import { useUiStore } from './ui-store';

/** One toast at a time; after a delete it offers "Ångra", after an export "Visa mappen". */
export function Toasts() {
  const { t } = useTranslation();
  const { toast, dismissToast } = useUiStore();
  const undoStep = usePlanStore((state) => state.undoStep);
  // A toast that offers to undo a step goes once that step is undone another way (Ctrl+Z, the
  // header): its "Ångra" would have nothing left to take back.
  const offered = toast?.undo ?? null;
  const stillUndoable = usePlanStore((state) => offered === null || state.undoStack.includes(offered));
  useEffect(() => {
    if (!stillUndoable) dismissToast();
  }, [stillUndoable, dismissToast]);
  return (
    <Toast.Provider duration={8000} label={t('app.notifications')}>
      {toast && (
        <Toast.Root key={toast.id} className="toast" onOpenChange={(open) => !open && dismissToast()}>
          <Toast.Description>{toast.message}</Toast.Description>
          {toast.undo && (
            <Toast.Action altText={t('app.undo')} asChild>
              <button type="button" className="primary small" onClick={() => toast.undo && void undoStep(toast.undo)}>
                {t('app.undo')}
              </button>
            </Toast.Action>
          )}
          {toast.action && (
            <Toast.Action altText={toast.action.label} asChild>
              <button type="button" className="primary small" onClick={toast.action.run}>
                {toast.action.label}
              </button>
            </Toast.Action>
          )}
          <Toast.Close className="ghost small" aria-label={t('app.dismiss')}>
            ×
          </Toast.Close>
        </Toast.Root>
      )}
      <Toast.Viewport className="toast-viewport" />
    </Toast.Provider>
  );
}
