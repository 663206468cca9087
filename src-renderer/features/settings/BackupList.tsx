// The backups, newest first: when, what kind, how many posts, how large, and Återställ on each.
import { useTranslation } from 'react-i18next';
import type { BackupInfo } from '../../../src-shared/ipc/store-types';
import { formatSize, formatTimestamp } from '../../lib/format';

interface Props {
  backups: BackupInfo[];
  disabled: boolean;
  onRestore: (backup: BackupInfo) => void;
}

export function BackupList({ backups, disabled, onRestore }: Props) {
  const { t, i18n } = useTranslation();
  if (backups.length === 0) return <p className="settings-muted">{t('backups.none')}</p>;
  return (
    <table className="backup-list" aria-label={t('backups.listLabel')}>
      <thead>
        <tr>
          <th scope="col">{t('backups.when')}</th>
          <th scope="col">{t('backups.kind')}</th>
          <th scope="col" className="numeric">
            {t('backups.items')}
          </th>
          <th scope="col" className="numeric">
            {t('backups.size')}
          </th>
          <th scope="col">
            <span className="visually-hidden">{t('backups.restore')}</span>
          </th>
        </tr>
      </thead>
      <tbody>
        {backups.map((backup) => {
          const time = formatTimestamp(backup.createdAt, i18n.language);
          return (
            <tr key={backup.id}>
              <td>{time}</td>
              <td className="settings-muted">{t(kindKey(backup))}</td>
              <td className="numeric">{backup.itemCount.toLocaleString(i18n.language)}</td>
              <td className="numeric">{formatSize(backup.sizeBytes, i18n.language)}</td>
              <td className="actions">
                <button
                  type="button"
                  className="small"
                  disabled={disabled}
                  aria-label={t('backups.restoreLabel', { time })}
                  onClick={() => onRestore(backup)}
                >
                  {t('backups.restore')}
                </button>
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

function kindKey(backup: BackupInfo): string {
  if (backup.reason === 'manual') return 'backups.kindManual';
  if (backup.reason === 'before-restore') return 'backups.kindBefore-restore';
  if (backup.reason === 'before-import') return 'backups.kindBefore-import';
  return 'backups.kindAutomatic';
}
