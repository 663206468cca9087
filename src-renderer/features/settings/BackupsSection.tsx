// Säkerhetskopior: where the data lives, the backups with Återställ on each, a backup by hand,
// and after a restore the way back ("Ångra återställningen").
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BackupInfo } from '../../../src-shared/ipc/store-types';
import { useApi } from '../../app/app-context';
import { usePlanStore } from '../../app/plan-store';
import { BackupList } from './BackupList';
import { KeptNotices } from './KeptNotices';
import type { Outcome } from './outcome';
import { PlanFileSection } from './PlanFileSection';
import { RestoreDialog } from './RestoreDialog';
import { SectionHeading } from './SectionHeading';
import { useSettingsUi } from './settings-store';
import { useBackups } from './use-backups';
import { formatTimestamp } from '../../lib/format';

export function BackupsSection() {
  const { t, i18n } = useTranslation();
  const { backups, info, error, setError, refresh } = useBackups();
  const restoreBackup = usePlanStore((state) => state.restoreBackup);
  const api = useApi();
  const [asking, setAsking] = useState<BackupInfo | null>(null);
  const [busy, setBusy] = useState(false);
  // Kept in a store: leaving Inställningar and coming back keeps "Ångra återställningen".
  const { outcome, setOutcome } = useSettingsUi();
  const time = (iso: string) => formatTimestamp(iso, i18n.language);
  /** The way back is offered while the snapshot it goes back to exists. */
  const undoable = (id: string) => backups?.some((backup) => backup.id === id) ?? false;

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
      if (undoId === undefined) return null;
      const undo = undoId ? { id: undoId, label: t('backups.undoRestore'), done: t('backups.undone') } : null;
      return { message: t('backups.restored', { time: time(backup.createdAt) }), undo };
    });
  const takeBack = (undo: NonNullable<Outcome>['undo'] & object) =>
    run(async () => ((await restoreBackup(undo.id)) === undefined ? null : { message: undo.done, undo: null }));
  const takeNow = () =>
    run(async () => {
      // A backup made by hand ends a "backups are failing" notice: main tells the window so.
      const made = await api['backups:create'](null);
      return { message: made ? t('backups.taken', { time: time(made.createdAt) }) : t('backups.nothingToCopy'), undo: null };
    });

  return (
    <section className="settings-section" aria-labelledby="settings-backups-title">
      <SectionHeading id="settings-backups-title" title={t('backups.title')} intro={t('backups.intro')} />
      <KeptNotices />
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
            {outcome.undo && undoable(outcome.undo.id) && (
              <button type="button" className="small" disabled={busy} onClick={() => outcome.undo && void takeBack(outcome.undo)}>
                {outcome.undo.label}
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
      <PlanFileSection info={info} busy={busy} run={run} />
      <RestoreDialog backup={asking} busy={busy} onConfirm={(backup) => void restore(backup)} onCancel={() => setAsking(null)} />
    </section>
  );
}
