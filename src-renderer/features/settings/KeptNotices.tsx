// Under Säkerhetskopior: the files found damaged at start, until the user closes each notice.
import { useTranslation } from 'react-i18next';
import { usePlanStore } from '../../app/plan-store';
import { isRecoveryNotice, recoveryText } from '../recovery/notice-text';

export function KeptNotices() {
  const { t, i18n } = useTranslation();
  const notices = usePlanStore((state) => state.notices).filter(isRecoveryNotice);
  const dismissNotice = usePlanStore((state) => state.dismissNotice);
  if (notices.length === 0) return null;
  return (
    <div className="settings-field">
      <h3>{t('recovery.keptTitle')}</h3>
      <ul className="kept-notices">
        {notices.map((notice) => (
          <li key={notice.keptAs} className="kept-notice">
            <p>{recoveryText(notice, t, i18n.language)}</p>
            <button type="button" className="small" onClick={() => dismissNotice(notice)}>
              {t('recovery.dismiss')}
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}
