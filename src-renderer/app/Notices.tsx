// Tells the user what the store did on its own: a backup that could not be taken, a save that
// failed, or a save, import or restore that a crash interrupted and the next start finished.
// Nothing here is silent. A damaged file found at start has its own screen (features/recovery).
import { useTranslation } from 'react-i18next';
import type { StoreNotice } from '../../src-shared/ipc/store-types';
import { usePlanStore } from './plan-store';
import { SaveAlert } from './SaveAlert';

export function Notices() {
  const { t } = useTranslation();
  const { notices, error, dismissNotice, dismissError } = usePlanStore();
  return (
    <div className="notices">
      <SaveAlert />
      {error && (
        <div className="notice notice-error" role="alert">
          <p>{t('app.saveFailed', { message: error })}</p>
          <button type="button" onClick={dismissError}>
            {t('app.dismiss')}
          </button>
        </div>
      )}
      {notices
        .filter((notice) => notice.kind === 'backup-failed' || notice.kind === 'journal-replayed')
        .map((notice) => (
          <div key={`${notice.kind}:${notice.detectedAt}`} className="notice notice-warning" role="alert">
            <p>{notice.kind === 'backup-failed' ? t('notices.backupFailed') : <FinishedStep notice={notice} />}</p>
            <button type="button" onClick={() => dismissNotice(notice)}>
              {t('app.dismiss')}
            </button>
          </div>
        ))}
    </div>
  );
}

/** A save, an import or a restore that the app was stopped in, finished at this start: when, and that it is whole. */
function FinishedStep({ notice }: { notice: StoreNotice }) {
  const { t, i18n } = useTranslation();
  const when = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'long', timeStyle: 'short' }).format(
    new Date(notice.stepStartedAt ?? notice.detectedAt),
  );
  const step = notice.reason === 'import' || notice.reason === 'restore' ? notice.reason : 'flush';
  return <>{t(`notices.journalReplayed.${step}`, { when })}</>;
}
