// What the store tells the UI about the files on disk. Plain data: the UI words it.
export interface StoreNotice {
  kind: 'restored-from-backup' | 'no-backup-found';
  /** The file that could not be read, e.g. `items-2026.json`. */
  file: string;
  /** Where its original bytes were kept. */
  keptAs: string;
  reason: string;
  /** When the backup that replaced it was taken (ISO timestamp), if one was found. */
  backupCreatedAt: string | null;
  detectedAt: string;
}

export interface BackupInfo {
  id: string;
  createdAt: string;
  files: string[];
  itemCount: number;
}
