// The other backups, listed on the recovery screen itself with Återställ on each. A restore
// leads to Säkerhetskopior, where its outcome and "Ångra återställningen" wait.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BackupInfo } from '../../../src-shared/ipc/store-types';
import { useAppParts } from '../../app/app-context';
import { usePlanStore } from '../../app/plan-store';
import { BackupList } from '../settings/BackupList';
import { RestoreDialog } from '../settings/RestoreDialog';
import { useBackups } from '../settings/use-backups';
import { formatTimestamp } from '../../lib/format';
import '../settings/settings.css';

export function RecoveryBackups() {
  const { t, i18n } = useTranslation();
  const { backups, error, setError, refresh } = useBackups();
  const restoreBackup = usePlanStore((state) => state.restoreBackup);
  const parts = useAppParts();
  const [asking, setAsking] = useState<BackupInfo | null>(null);
  const [busy, setBusy] = useState(false);

  const restore = async (backup: BackupInfo) => {
    setBusy(true);
    setError(null);
    const undoId = await restoreBackup(backup.id);
    setBusy(false);
    setAsking(null);
    if (undoId === undefined) {
      void refresh(); // a backup found damaged is no longer listed
      return setError(parts.plan.getState().error ?? t('settingsSections.restoreFailed'));
    }
    const time = formatTimestamp(backup.createdAt, i18n.language);
    const undo = undoId ? { id: undoId, label: t('backups.undoRestore'), done: t('backups.undone') } : null;
    parts.settingsUi.getState().setOutcome({ message: t('backups.restored', { time }), undo });
    parts.settingsUi.getState().showSection('backups');
    parts.recovery.getState().carryOn();
    parts.ui.getState().setView('settings');
  };

  return (
    <div className="recovery-backups">
      <h2>{t('settingsSections.recoveryBackups')}</h2>
      {error && (
        <p className="settings-error" role="alert">
          {error}
        </p>
      )}
      {backups && <BackupList backups={backups} disabled={busy} onRestore={setAsking} />}
      <RestoreDialog backup={asking} busy={busy} onConfirm={(backup) => void restore(backup)} onCancel={() => setAsking(null)} />
    </div>
  );
}
