// Säkerhetskopior: where the data lives, the backups with Återställ on each, a backup by hand,
// and after a restore the way back ("Ångra återställningen").
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BackupInfo } from '../../../src-shared/store-types';
import { usePlanStore } from '../../app/plan-store';
import { api } from '../../lib/api';
import { BackupList } from './BackupList';
import { RestoreDialog } from './RestoreDialog';
import { formatTimestamp, useBackups } from './use-backups';

/** What the section last did, said in its status line; a restore keeps the id that undoes it. */
type Outcome = { message: string; undoId: string | null } | null;

export function BackupsSection() {
  const { t, i18n } = useTranslation();
  const { backups, info, error, setError, refresh } = useBackups();
  const restoreBackup = usePlanStore((state) => state.restoreBackup);
  const [asking, setAsking] = useState<BackupInfo | null>(null);
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<Outcome>(null);
  const time = (iso: string) => formatTimestamp(iso, i18n.language);

  const run = async (work: () => Promise<Outcome>) => {
    setBusy(true);
    setError(null);
    try {
      setOutcome(await work());
    } catch (caught) {
      setError(caught instanceof Error ? caught.message : String(caught));
    } finally {
      setBusy(false);
      await refresh();
    }
  };
  const restore = (backup: BackupInfo) =>
    run(async () => {
      const undoId = await restoreBackup(backup.id);
      setAsking(null);
      return undoId === undefined ? null : { message: t('backups.restored', { time: time(backup.createdAt) }), undoId };
    });
  const undoRestore = (undoId: string) =>
    run(async () => ((await restoreBackup(undoId)) === undefined ? null : { message: t('backups.undone'), undoId: null }));
  const takeNow = () =>
    run(async () => {
      const made = await api['backups:create'](null);
      return { message: made ? t('backups.taken', { time: time(made.createdAt) }) : t('backups.nothingToCopy'), undoId: null };
    });

  return (
    <section className="settings-section" aria-labelledby="settings-backups-title">
      <h2 id="settings-backups-title">{t('backups.title')}</h2>
      <p className="settings-muted">{t('backups.intro')}</p>
      <div className="settings-field">
        <h3>{t('backups.dataFolder')}</h3>
        <div className="settings-row">
          <code className="settings-path">{info?.dataDir ?? '…'}</code>
          {info?.canRevealDataDir && (
            <button type="button" className="small" onClick={() => void api['app:reveal-data-dir'](null)}>
              {t('backups.reveal')}
            </button>
          )}
        </div>
      </div>
      <div className="settings-row">
        <button type="button" className="primary" disabled={busy} onClick={() => void takeNow()}>
          {busy && !asking ? t('backups.taking') : t('backups.takeNow')}
        </button>
      </div>
      <div role="status" className="settings-status">
        {outcome && (
          <div className="settings-outcome">
            <span>{outcome.message}</span>
            {outcome.undoId && (
              <button type="button" className="small" disabled={busy} onClick={() => void undoRestore(outcome.undoId ?? '')}>
                {t('backups.undoRestore')}
              </button>
            )}
          </div>
        )}
      </div>
      {error && (
        <p className="settings-error" role="alert">
          {error}
        </p>
      )}
      {backups && <BackupList backups={backups} disabled={busy} onRestore={setAsking} />}
      <RestoreDialog backup={asking} busy={busy} onConfirm={(backup) => void restore(backup)} onCancel={() => setAsking(null)} />
    </section>
  );
}
