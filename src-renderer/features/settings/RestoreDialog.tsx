// Asks before a restore: what replaces the plan, and that the current state is kept first.
import { useTranslation } from 'react-i18next';
import * as Dialog from '@radix-ui/react-dialog';
import type { BackupInfo } from '../../../src-shared/ipc/store-types';
import { formatTimestamp } from '../../lib/format';

interface Props {
  backup: BackupInfo | null;
  busy: boolean;
  onConfirm: (backup: BackupInfo) => void;
  onCancel: () => void;
}

export function RestoreDialog({ backup, busy, onConfirm, onCancel }: Props) {
  const { t, i18n } = useTranslation();
  const time = backup ? formatTimestamp(backup.createdAt, i18n.language) : '';
  return (
    <Dialog.Root open={backup !== null} onOpenChange={(open) => !open && !busy && onCancel()}>
      <Dialog.Portal>
        <Dialog.Overlay className="settings-overlay" />
        <Dialog.Content className="settings-dialog">
          <Dialog.Title>{t('backups.confirmTitle', { time })}</Dialog.Title>
          <Dialog.Description>
            {t('backups.confirmText', { items: t('backups.itemCount', { count: backup?.itemCount ?? 0 }) })}
          </Dialog.Description>
          <div className="settings-dialog-actions">
            <Dialog.Close asChild>
              <button type="button" disabled={busy}>
                {t('backups.cancel')}
              </button>
            </Dialog.Close>
            <button type="button" className="primary" disabled={busy} onClick={() => backup && onConfirm(backup)}>
              {busy ? t('backups.restoring') : t('backups.confirm')}
            </button>
          </div>
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  );
}
