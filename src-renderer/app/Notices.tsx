// Tells the user what the store did on its own: a corrupt file kept aside, a backup restored,
// or a save that failed. Nothing here is silent.
import { useTranslation } from 'react-i18next';
import { usePlanStore } from './plan-store';
import { SaveAlert } from './SaveAlert';

export function Notices() {
  const { t, i18n } = useTranslation();
  const { notices, error, dismissNotice, dismissError } = usePlanStore();
  const dateFormat = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'long', timeStyle: 'short' });
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
      {notices.map((notice) => (
        <div key={`${notice.kind}:${notice.keptAs}`} className="notice notice-warning" role="alert">
          <p>
            {notice.kind === 'restored-from-backup'
              ? t('notices.restored', {
                  file: notice.file,
                  reason: notice.reason,
                  keptAs: notice.keptAs,
                  backupDate: dateFormat.format(new Date(notice.backupCreatedAt ?? notice.detectedAt)),
                })
              : notice.kind === 'backup-failed'
                ? t('notices.backupFailed')
                : t('notices.noBackup', { file: notice.file, reason: notice.reason, keptAs: notice.keptAs })}
          </p>
          <button type="button" onClick={() => dismissNotice(notice)}>
            {t('app.dismiss')}
          </button>
        </div>
      ))}
    </div>
  );
}
