// Tells the user what the store did on its own: a backup that could not be taken, or a save that
// failed. Nothing here is silent. A damaged file found at start has its own screen (features/recovery).
import { useTranslation } from 'react-i18next';
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
        .filter((notice) => notice.kind === 'backup-failed')
        .map((notice) => (
          <div key={`${notice.kind}:${notice.detectedAt}`} className="notice notice-warning" role="alert">
            <p>{t('notices.backupFailed')}</p>
            <button type="button" onClick={() => dismissNotice(notice)}>
              {t('app.dismiss')}
            </button>
          </div>
        ))}
    </div>
  );
}
