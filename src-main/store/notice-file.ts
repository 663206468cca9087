// Notices about a recovery at start stay until the user dismisses them (issue 9, item 5): they
// are kept in `notices.json` in the data folder, beside the partitions and never among them.
import * as nodeFs from 'node:fs';
import { join } from 'node:path';
import type { StoreNotice } from '../../src-shared/ipc/store-types';
import { writeFileDurably, type WriteFs } from './durable-write';

const FILE = 'notices.json';
/** Only what a recovery did is kept; a failed backup is retried and told again at each start. */
const KEPT_KINDS: ReadonlySet<StoreNotice['kind']> = new Set(['restored-from-backup', 'no-backup-found']);
const MAX_KEPT = 50;

export function isKeptNotice(notice: StoreNotice): boolean {
  return KEPT_KINDS.has(notice.kind);
}

/** The notices not yet dismissed. A damaged notices file holds nothing worth stopping for. */
export function readKeptNotices(dataDir: string): StoreNotice[] {
  try {
    const raw: unknown = JSON.parse(nodeFs.readFileSync(join(dataDir, FILE), 'utf8'));
    return Array.isArray(raw) ? raw.filter(isNotice) : [];
  } catch {
    return [];
  }
}

/**
 * Adds this start's recovery notices to the kept ones and writes them. A write that fails loses
 * only the notice's persistence: the notice is still shown this time.
 */
export function keepNotices(dataDir: string, fresh: readonly StoreNotice[], fs: WriteFs = nodeFs): StoreNotice[] {
  const kept = readKeptNotices(dataDir);
  const added = fresh.filter((notice) => isKeptNotice(notice) && !kept.some((old) => old.keptAs === notice.keptAs));
  if (added.length === 0) return kept;
  const all = [...kept, ...added].slice(-MAX_KEPT);
  tryWrite(dataDir, all, fs);
  return all;
}

/** Removes the notice about the file kept as `keptAs`; returns the ones left. */
export function dismissNotice(dataDir: string, keptAs: string, fs: WriteFs = nodeFs): StoreNotice[] {
  const kept = readKeptNotices(dataDir);
  const left = kept.filter((notice) => notice.keptAs !== keptAs);
  if (left.length !== kept.length) writeFileDurably(join(dataDir, FILE), Buffer.from(JSON.stringify(left)), fs);
  return left;
}

function tryWrite(dataDir: string, notices: readonly StoreNotice[], fs: WriteFs): void {
  try {
    writeFileDurably(join(dataDir, FILE), Buffer.from(JSON.stringify(notices)), fs);
  } catch {
    // Shown now all the same; the data folder's own failures are reported by the writes that matter.
  }
}

function isNotice(value: unknown): value is StoreNotice {
  if (typeof value !== 'object' || value === null) return false;
  const notice = value as Record<string, unknown>;
  return (
    typeof notice.kind === 'string' &&
    KEPT_KINDS.has(notice.kind as StoreNotice['kind']) &&
    ['file', 'keptAs', 'detectedAt'].every((key) => typeof notice[key] === 'string') &&
    (typeof notice.reason === 'string' || typeof (notice.reason as { key?: unknown } | null)?.key === 'string') &&
    (notice.backupCreatedAt === null || typeof notice.backupCreatedAt === 'string')
  );
}
