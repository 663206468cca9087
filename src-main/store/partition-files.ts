// Reading and writing one partition file. Writes go through writeFileDurably (never conf's
// writer, which can leave a truncated file in place on a full disk: DESIGN §6).
import * as nodeFs from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { writeFileDurably, type WriteFs } from './durable-write';
import { FileReader, type FileStamp } from './file-bytes';
import { parseItemsBytes } from './items-bytes';
import { isStoredItemsDoc } from './fast-item-check';
import { keepReadBytes, partitionBytes } from './partition-bytes';
import { message } from '../../src-shared/ipc/errors';
import type { Message } from '../../src-shared/i18n/messages';
import { NewerVersionError, StoreFileError, migrate, type StoredDoc } from './migrations';
import { kindOf, schemaFor } from './partitions';
import { NO_STEPS } from './steps';

export function fileOf(partition: string): string {
  return `${partition}.json`;
}

/** Compact JSON: a year of items parses and writes about twice as fast as pretty-printed. */
export function writePartitionFile(dir: string, partition: string, doc: object, fs: WriteFs = nodeFs, steps = NO_STEPS): void {
  writeFileDurably(join(dir, fileOf(partition)), partitionBytes(doc), fs, 0o600, steps);
}

// Decoding apart from reading is about twice as fast as readFileSync(path, 'utf8') for Swedish
// text; a byte-order mark is kept, as readFileSync keeps it, so such a file still does not parse.
const utf8 = new TextDecoder('utf-8', { ignoreBOM: true });

export function decodeUtf8(bytes: Uint8Array): string {
  return utf8.decode(bytes);
}

/** Parses, migrates and validates one stored partition; throws a readable reason if it can't. */
export function parsePartition(text: string, partition: string): { doc: StoredDoc; migrated: boolean } {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    // The engine's own text ("Expected ',' or '}' after property value…") tells a person nothing.
    throw new StoreFileError(message('storeFile.notJson'));
  }
  return checkPartition(raw, partition);
}

/** Migrates and validates one parsed partition document; throws a readable reason if it can't. */
function checkPartition(raw: unknown, partition: string): { doc: StoredDoc; migrated: boolean } {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) throw new StoreFileError(message('storeFile.notObject'));
  const stored = raw as StoredDoc;
  const migrated = migrate(stored, kindOf(partition));
  // Nearly every file is good: a quick exact check spares zod's parse, which stays the judge
  // (and the voice of its refusal) whenever the quick check says no.
  if (kindOf(partition) === 'items' && isStoredItemsDoc(migrated)) return { doc: migrated, migrated: migrated !== stored };
  const result = schemaFor(partition).safeParse(migrated);
  // zod's own words are the detail: which field, and what it found there.
  if (!result.success) throw new StoreFileError(message('storeFile.notFormat', { detail: z.prettifyError(result.error).slice(0, 500) }));
  return { doc: result.data as StoredDoc, migrated: migrated !== stored };
}

export type ReadResult =
  | { status: 'missing' }
  | { status: 'ok'; doc: StoredDoc; migrated: boolean; stamp: FileStamp }
  | { status: 'invalid'; reason: Message }
  | { status: 'newer'; reason: Message }
  | { status: 'unreadable'; error: unknown };

/**
 * Reads a partition file: missing, good (migrated if it was older), invalid with why, or
 * unreadable. A file that cannot be read (no permission) is not damaged: it must never be
 * quarantined or overwritten, so it is told apart from one that reads but does not parse.
 */
export function readPartitionFile(dir: string, partition: string, reader = new FileReader(), keepBytes = false): ReadResult {
  const path = join(dir, fileOf(partition));
  if (!nodeFs.existsSync(path)) return { status: 'missing' };
  let read: ReturnType<FileReader['read']>;
  try {
    read = reader.read(path);
  } catch (error) {
    return { status: 'unreadable', error };
  }
  try {
    // An items file as this app writes it is parsed item by item; any other text whole.
    const items = kindOf(partition) === 'items' ? parseItemsBytes(read.bytes) : null;
    const parsed = items ? checkPartition(items.doc, partition) : parsePartition(decodeUtf8(read.bytes), partition);
    // The very document parsed (not migrated, not zod's copy): the store holds the objects made
    // from these bytes, and a write or the harness's answer reuses them. The buffer goes with
    // them, kept while any of its items lives: at 10,000 posts that cost a start about 40 ms of
    // its 600 (a copy of each item about 180), so only the harness asks for it (keepBytes).
    if (keepBytes && items && parsed.doc === items.doc && keepReadBytes(items.doc.items, items.spans, read.bytes)) reader.handOver();
    return { status: 'ok', ...parsed, stamp: read.stamp };
  } catch (error) {
    const reason = error instanceof StoreFileError ? error.text : message('storeFile.unexpected', { detail: String(error) });
    return error instanceof NewerVersionError ? { status: 'newer', reason } : { status: 'invalid', reason };
  }
}
