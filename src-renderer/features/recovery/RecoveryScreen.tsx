// The screen the app opens on when a file was found damaged at start (issue 9, item 5): what
// happened, which file, where its damaged copy is, which backup replaced it, and the other
// backups to restore instead. Not a toast: the notice stays under Säkerhetskopior until dismissed.
import { useTranslation } from 'react-i18next';
import type { StoreNotice } from '../../../src-shared/ipc/store-types';
import { useAppInfo } from '../../lib/use-app-info';
import { recoveryText } from './notice-text';
import { RecoveryBackups } from './RecoveryBackups';
import { useRecoveryStore } from './recovery-store';
import './recovery.css';
import { timeFormat } from '../../lib/format';

export function RecoveryScreen({ notices }: { notices: StoreNotice[] }) {
  const { t, i18n } = useTranslation();
  const dataDir = useAppInfo()?.dataDir ?? null;
  const carryOn = useRecoveryStore((state) => state.carryOn);
  const dateFormat = timeFormat(i18n.language, { dateStyle: 'long', timeStyle: 'short' });
  const onlyNewer = notices.every((notice) => notice.kind === 'newer-version');
  return (
    <section className="recovery" aria-labelledby="recovery-title">
      <h1 id="recovery-title">{onlyNewer ? t('recovery.newerTitle') : t('recovery.title')}</h1>
      {notices.map((notice) => (
        <article key={notice.keptAs} className="recovery-notice">
          <p role="alert" className="recovery-lead">
            {recoveryText(notice, t, i18n.language)}
          </p>
          <dl>
            <dt>{t('recovery.file')}</dt>
            <dd>
              <code>{notice.file}</code>
            </dd>
            <dt>{notice.kind === 'newer-version' ? t('recovery.untouched') : t('recovery.keptAs')}</dt>
            <dd>
              <code>{dataDir ? `${dataDir}/${notice.keptAs}` : notice.keptAs}</code>
            </dd>
            <dt>{t('recovery.backup')}</dt>
            <dd>{notice.backupCreatedAt ? dateFormat.format(new Date(notice.backupCreatedAt)) : t('recovery.noBackup')}</dd>
            <dt>{t('recovery.detectedAt')}</dt>
            <dd>{dateFormat.format(new Date(notice.detectedAt))}</dd>
          </dl>
        </article>
      ))}
      <p className="recovery-help">{t(onlyNewer ? 'recovery.newerHelp' : 'settingsSections.recoveryHelp')}</p>
      {/* A file from a newer version blocks restoring (main refuses it), so no list to fail on. */}
      {!notices.some((notice) => notice.kind === 'newer-version') && <RecoveryBackups />}
      <div className="recovery-actions">
        <button type="button" className="primary" onClick={carryOn}>
          {t('recovery.continue')}
        </button>
      </div>
    </section>
  );
}
