// The whole plan with its images as one ZIP (issue 18 item 2): `plan.json`, the plan file that
// "Importera…" has always read, and `media/<sha256>.<ext>` for each file a post, template or series names. Reading
// one back trusts nothing in it: only those two kinds of name, a bounded number of entries and
// of bytes (declared sizes checked before anything is inflated, and fflate inflates no more than
// an entry declares), and each media file's name must be the hash of its bytes.
import { createHash } from 'node:crypto';
import { strFromU8, strToU8, unzipSync, zipSync, type Zippable } from 'fflate';
import type { Message } from '../../src-shared/i18n/messages';
import { message } from '../../src-shared/ipc/errors';
import { MAX_IMPORT_ARCHIVE_BYTES, MAX_IMPORT_BYTES } from '../../src-shared/ipc/contract';
import { MAX_MEDIA_BYTES } from '../../src-shared/media/rules';
import { MEDIA_FILE_PATTERN, type Plan } from '../../src-shared/plan/model';
import { planFileText } from './plan-file';
import { mediaFilesOf } from '../../src-shared/media/referenced';

export const PLAN_ENTRY = 'plan.json';
export const MEDIA_ENTRY_FOLDER = 'media/';
/** Every entry a plan of 10,000 posts with its images may need, twice over. */
export const MAX_ARCHIVE_ENTRIES = 20_000;
/** What the entries may declare in all, inflated: a ZIP bomb declares more and is refused unread. */
export const MAX_ARCHIVE_EXPANDED_BYTES = 2 * MAX_IMPORT_ARCHIVE_BYTES;
/** "PK\x03\x04": a ZIP's first bytes (an empty ZIP starts "PK\x05\x06", which holds no plan either). */
const ZIP_SIGNATURE = [0x50, 0x4b, 0x03, 0x04] as const;

/** Reads a media file by its stored name; throws if it is not there. */
export type ReadStoredMedia = (file: string) => Uint8Array;

/**
 * The ZIP's bytes. A file missing from media/ is left out rather than refusing the export: this
 * is the way out of a damaged data folder, and the posts that name it show it as missing.
 */
export function planArchiveBytes(plan: Plan, exportedAt: Date, read: ReadStoredMedia): Uint8Array {
  const mtime = dosTime(exportedAt);
  const entries: Zippable = { [PLAN_ENTRY]: [strToU8(planFileText(plan, exportedAt)), { level: 6, mtime }] };
  for (const file of mediaFilesOf(plan)) {
    let bytes: Uint8Array;
    try {
      bytes = read(file);
    } catch {
      continue;
    }
    // Photos are compressed already: stored, not deflated again.
    entries[`${MEDIA_ENTRY_FOLDER}${file}`] = [bytes, { level: 0, mtime }];
  }
  return zipSync(entries, { mtime });
}

/** DOS time holds 1980 to 2099 only; fflate throws outside. */
function dosTime(at: Date): Date {
  const year = at.getFullYear();
  if (year < 1980) return new Date(1980, 0, 1);
  return year > 2099 ? new Date(2099, 11, 31) : at;
}

export function isZip(bytes: Uint8Array): boolean {
  return ZIP_SIGNATURE.every((byte, index) => bytes[index] === byte);
}

export type ArchiveResult =
  { ok: true; planText: string; media: ReadonlyMap<string, Uint8Array> } | { ok: false; message: Message };

class Refused extends Error {
  constructor(readonly text: Message) {
    super('refused');
  }
}

/**
 * The plan's text and its media files by name, or why the ZIP is refused. Names, the number of
 * entries and their declared sizes are checked as the central directory is walked, before an
 * entry is inflated; an entry that inflates to less than it declared (a lie) fails its hash or
 * its JSON afterwards.
 */
export function readPlanArchive(bytes: Uint8Array): ArchiveResult {
  const t = (key: string, values?: Message['values']) => message(`importPlan.archive.${key}`, values);
  if (bytes.length > MAX_IMPORT_ARCHIVE_BYTES)
    return { ok: false, message: t('tooLarge', { max: MAX_IMPORT_ARCHIVE_BYTES / MB }) };
  let entries = 0;
  let expanded = 0;
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(bytes, {
      filter: ({ name, originalSize }) => {
        entries += 1;
        if (entries > MAX_ARCHIVE_ENTRIES) throw new Refused(t('tooManyEntries', { max: MAX_ARCHIVE_ENTRIES }));
        const kind = entryKind(name);
        if (kind === 'unsafe') throw new Refused(t('unsafeName', { name: shown(name) }));
        if (kind === 'unexpected') throw new Refused(t('unexpected', { name: shown(name) }));
        if (kind === 'folder') return false;
        const limit = kind === 'plan' ? MAX_IMPORT_BYTES : MAX_MEDIA_BYTES;
        expanded += originalSize;
        if (originalSize > limit || expanded > MAX_ARCHIVE_EXPANDED_BYTES) {
          throw new Refused(t('expandsTooMuch', { max: MAX_ARCHIVE_EXPANDED_BYTES / MB }));
        }
        return true;
      },
    });
  } catch (error) {
    return { ok: false, message: error instanceof Refused ? error.text : t('damaged') };
  }
  const plan = files[PLAN_ENTRY];
  if (!plan) return { ok: false, message: t('noPlan') };
  const media = new Map<string, Uint8Array>();
  for (const [name, data] of Object.entries(files)) {
    if (name === PLAN_ENTRY) continue;
    const file = name.slice(MEDIA_ENTRY_FOLDER.length);
    const hash = createHash('sha256').update(data).digest('hex');
    if (!file.startsWith(`${hash}.`)) return { ok: false, message: t('hashMismatch', { name: file }) };
    media.set(file, data);
  }
  return { ok: true, planText: strFromU8(plan), media };
}

const MB = 1024 * 1024;

type EntryKind = 'plan' | 'media' | 'folder' | 'unsafe' | 'unexpected';

/** Only `plan.json`, `media/` and `media/<sha256>.<ext>`; a name that climbs out or starts at a root is unsafe. */
function entryKind(name: string): EntryKind {
  if (name === PLAN_ENTRY) return 'plan';
  if (name === MEDIA_ENTRY_FOLDER) return 'folder';
  if (name.startsWith(MEDIA_ENTRY_FOLDER) && MEDIA_FILE_PATTERN.test(name.slice(MEDIA_ENTRY_FOLDER.length))) return 'media';
  const parts = name.split(/[\\/]/);
  if (/^[\\/]/.test(name) || /^[A-Za-z]:/.test(name) || parts.includes('..') || name.includes('\0')) return 'unsafe';
  return 'unexpected';
}

/** A name as the message shows it: printable, and short enough for one line. */
function shown(name: string): string {
  let printable = '';
  for (let index = 0; index < name.length; index += 1) {
    const code = name.charCodeAt(index);
    printable += code < 0x20 || code === 0x7f ? '?' : name[index];
  }
  return printable.length > 80 ? `${printable.slice(0, 77)}…` : printable;
}
