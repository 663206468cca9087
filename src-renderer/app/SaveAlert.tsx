// The persistent alert while main cannot write: what is wrong in plain words, that the latest
// changes are not saved, and what to do. It stays until a write succeeds.
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SaveState } from '../../src-shared/ipc/store-types';
import { useAppParts } from './app-context';
import { useSaveStore } from './save-state';
import { timeFormat } from '../lib/format';

export function SaveAlert() {
  const { t, i18n } = useTranslation();
  const { save, busy, retry, saveCopy } = useSaveStore();
  const [copiedTo, setCopiedTo] = useState<string | null>(null);
  useLeaveWarning(save.status === 'failing');
  if (save.status !== 'failing') return save.backupFailingSince ? <BackupAlert since={save.backupFailingSince} /> : null;
  const since = timeFormat(i18n.language, { timeStyle: 'short' }).format(new Date(save.since));
  const copy = async () => setCopiedTo(await saveCopy());
  // With its lock lost this Kanalplan must not write there again: the only way on is the copy.
  const lockLost = save.problem === 'lock-lost';
  return (
    <div className="notice notice-error save-alert" role="alert">
      <div>
        <p>
          <strong>{t(`saveAlert.problem.${save.problem}`)}</strong>{' '}
          {t(...alertText(save, since))}
        </p>
        {copiedTo && <p>{t('saveAlert.copied', { path: copiedTo })}</p>}
      </div>
      <div className="notice-actions">
        {!lockLost && (
          <button type="button" className="primary" disabled={busy} onClick={() => void retry()}>
            {t('saveAlert.retry')}
          </button>
        )}
        <button type="button" className={lockLost ? 'primary' : undefined} disabled={busy} onClick={() => void copy()}>
          {t('saveAlert.saveCopy')}
        </button>
      </div>
    </div>
  );
}

/** What is not saved: since when and where, or, after a full disk at start, that nothing can be; or that the lock is lost. */
function alertText(save: Extract<SaveState, { status: 'failing' }>, since: string): [string, Record<string, string>?] {
  if (save.problem === 'lock-lost') return ['saveAlert.lockLost', { since }];
  return save.file === '' ? ['saveAlert.cannotSave'] : ['saveAlert.notSaved', { since, file: save.file }];
}

/**
 * The plan saves, but the automatic backup taken while working does not: said once, calmly, with
 * the way to Säkerhetskopior, until a backup succeeds. (A failing write says more, above.)
 */
function BackupAlert({ since }: { since: string }) {
  const { t, i18n } = useTranslation();
  const { settingsUi, ui } = useAppParts();
  const time = timeFormat(i18n.language, { dateStyle: 'short', timeStyle: 'short' }).format(new Date(since));
  const open = () => {
    settingsUi.getState().showSection('backups');
    ui.getState().setView('settings');
  };
  return (
    <div className="notice notice-warning save-alert" role="status">
      <p>{t('saveAlert.backupFailing', { since: time })}</p>
      <div className="notice-actions">
        <button type="button" onClick={open}>
          {t('saveAlert.openBackups')}
        </button>
      </div>
    </div>
  );
}

/**
 * In the browser harness, leaving the page while main cannot write asks first. (A change merely
 * waiting for its write is in main already, and written whether the page stays or not.) Electron
 * asks in main when quitting (quit-guard.ts): there a beforeunload would cancel the close without a word.
 */
function useLeaveWarning(unsaved: boolean): void {
  const { inElectron } = useAppParts();
  useEffect(() => {
    if (!unsaved || inElectron) return;
    const warn = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [unsaved, inElectron]);
}
