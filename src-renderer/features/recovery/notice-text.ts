// A recovery notice in words: which file, why, where its damaged bytes were kept, which backup.
import type { TFunction } from 'i18next';
import type { StoreNotice } from '../../../src-shared/ipc/store-types';
import { timeFormat } from '../../lib/format';
import { say } from '../../../src-shared/i18n/messages';

export function isRecoveryNotice(notice: StoreNotice): boolean {
  return notice.kind === 'restored-from-backup' || notice.kind === 'no-backup-found' || notice.kind === 'newer-version';
}

export function recoveryText(notice: StoreNotice, t: TFunction, language: string): string {
  // Kept by an older version as a Swedish sentence; a catalogue message since.
  const reason = typeof notice.reason === 'string' ? notice.reason : say(language === 'en' ? 'en' : 'sv', notice.reason);
  const dateFormat = timeFormat(language, { dateStyle: 'long', timeStyle: 'short' });
  if (notice.kind === 'newer-version') return t('notices.newerVersion', { file: notice.file });
  return notice.kind === 'restored-from-backup'
    ? t('notices.restored', {
        file: notice.file,
        reason,
        keptAs: notice.keptAs,
        backupDate: dateFormat.format(new Date(notice.backupCreatedAt ?? notice.detectedAt)),
      })
    : t('notices.noBackup', { file: notice.file, reason, keptAs: notice.keptAs });
}
