// What the store tells the UI about the files on disk. Plain data: the UI words it.
import type { Message } from '../i18n/messages';

export interface StoreNotice {
  /**
   * `newer-version`: a file from a newer Kanalplan, left as it is and never written by this one.
   * `journal-replayed`: a save, an import or a restore (`reason`: flush | import | restore) that
   * the app was stopped in the middle of, after it was committed, was finished at this start.
   */
  kind: 'restored-from-backup' | 'no-backup-found' | 'newer-version' | 'backup-failed' | 'journal-replayed';
  /** The file that could not be read, e.g. `items-2026.json`. */
  file: string;
  /** Where its original bytes were kept. */
  keptAs: string;
  /** Why the file could not be read, as a catalogue message (a plain string in notices kept by older versions). */
  reason: string | Message;
  /** When the backup that replaced it was taken (ISO timestamp), if one was found. */
  backupCreatedAt: string | null;
  /** For `journal-replayed`: when the interrupted step began (ISO timestamp). */
  stepStartedAt?: string;
  detectedAt: string;
}

/** Why a snapshot was taken: the UI names the ones a person made or a restore made. */
export type BackupReason = 'automatic' | 'manual' | 'before-restore' | 'before-import';

export interface BackupInfo {
  id: string;
  createdAt: string;
  files: string[];
  itemCount: number;
  /** The bytes of its partition files together. */
  sizeBytes: number;
  /** Absent in manifests written before reasons were recorded: those were automatic. */
  reason?: BackupReason;
}

/** Why a file could not be written, in terms the UI can word plainly. */
export type WriteProblem =
  'disk-full' | 'read-only' | 'no-permission' | 'not-a-folder' | 'short-write' | 'newer-version' | 'lock-lost' | 'other';

/**
 * Whether every change is on disk. While writes fail the changes stay in main's memory and are
 * retried; the UI shows a persistent alert until `saved` again (DESIGN §6).
 */
export type SaveState = (
  | { status: 'saved' }
  | { status: 'pending' }
  | {
      status: 'failing';
      /** `lock-lost`: another process has the data folder (or its lock is gone): nothing is written there any more. */
      problem: WriteProblem;
      /** The file that could not be written; empty when the folder takes none (a full disk at start). */
      file: string;
      detail: string;
      since: string;
      attempts: number;
    }
) & {
  /** Since when the automatic backups taken while working have failed; absent while they work. */
  backupFailingSince?: string;
};
