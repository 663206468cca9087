// Files in media/ that nothing refers to any more are removed, but only after 30 days (issue 18
// item 2): an undo, a restore of a backup or a re-import within that time finds every file it
// names. "Refers" means the plan, and every backup's partition files (which name files, and
// never copy them: files are immutable, so a backup's reference is as good as a copy). The day
// each file was first found unreferenced is kept in media/unreferenced.json; a file referred to
// again is taken off that list, and only one unreferenced on every look for 30 days goes.
import * as nodeFs from 'node:fs';
import { join } from 'node:path';
import type { Plan } from '../../src-shared/plan/model';
import { writeFileDurably } from '../store/durable-write';
import { mediaFolder, THUMBNAIL_SUFFIX, type MediaFs } from './media-files';
import { mediaFilesOf } from '../../src-shared/media/referenced';

export const GARBAGE_AFTER_DAYS = 30;
const LEDGER = 'unreferenced.json';
const MEDIA_NAME = /[0-9a-f]{64}\.(?:jpg|png|webp|gif|mp4|mov)/g;
const DAY_MS = 24 * 60 * 60 * 1000;

export type GarbageFs = MediaFs & Pick<typeof nodeFs, 'readdirSync' | 'unlinkSync'>;

/**
 * Every media file the plan (its posts, templates and series) and the backups name. Backups are
 * read as text: a name is a name wherever it stands.
 */
export function referencedMedia(plan: Plan, dataDir: string, fs: GarbageFs = nodeFs): Set<string> {
  const names = new Set(mediaFilesOf(plan));
  const backups = join(dataDir, 'backups');
  for (const snapshot of listOrNone(backups, fs)) {
    for (const file of listOrNone(join(backups, snapshot), fs)) {
      if (!file.endsWith('.json')) continue;
      const text = fs.readFileSync(join(backups, snapshot, file), 'utf8');
      for (const name of text.match(MEDIA_NAME) ?? []) names.add(name);
    }
  }
  return names;
}

/**
 * Notes the unreferenced files with today's date and removes those (with their thumbnails)
 * unreferenced for GARBAGE_AFTER_DAYS. Returns the files removed. Never throws: a file that
 * cannot be removed is tried again next time.
 */
export function collectMediaGarbage(dataDir: string, referenced: ReadonlySet<string>, now: Date, fs: GarbageFs = nodeFs): string[] {
  const folder = mediaFolder(dataDir);
  const files = listOrNone(folder, fs).filter((name) => new RegExp(`^${MEDIA_NAME.source}$`).test(name));
  const ledger = readLedger(folder, fs);
  const next = new Map<string, string>();
  const removed: string[] = [];
  for (const file of files) {
    if (referenced.has(file)) continue;
    const since = ledger.get(file) ?? now.toISOString();
    if (now.getTime() - Date.parse(since) >= GARBAGE_AFTER_DAYS * DAY_MS && removeQuietly(join(folder, file), fs)) {
      removeQuietly(join(folder, file.replace(/\.[a-z0-9]+$/, THUMBNAIL_SUFFIX)), fs);
      removed.push(file);
    } else {
      next.set(file, since);
    }
  }
  if (next.size > 0 || ledger.size > 0) {
    const text = JSON.stringify(Object.fromEntries([...next].sort(([a], [b]) => (a < b ? -1 : 1))));
    try {
      writeFileDurably(join(folder, LEDGER), new TextEncoder().encode(text), fs);
    } catch {
      // Not written: the next look starts these files' 30 days again, which only keeps them longer.
    }
  }
  return removed;
}

function readLedger(folder: string, fs: GarbageFs): Map<string, string> {
  try {
    const parsed: unknown = JSON.parse(fs.readFileSync(join(folder, LEDGER), 'utf8'));
    if (typeof parsed !== 'object' || parsed === null) return new Map();
    return new Map(Object.entries(parsed).filter((entry): entry is [string, string] => typeof entry[1] === 'string' && !Number.isNaN(Date.parse(entry[1]))));
  } catch {
    return new Map();
  }
}

function listOrNone(folder: string, fs: GarbageFs): string[] {
  try {
    return fs.readdirSync(folder);
  } catch {
    return [];
  }
}

function removeQuietly(path: string, fs: GarbageFs): boolean {
  try {
    fs.unlinkSync(path);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'ENOENT';
  }
}

/**
 * A look a little after start, once the plan is read and the start backup taken; unref'd, so it
 * never keeps a quitting app alive. Skipped while the folder's lock is another's.
 */
export function scheduleMediaGarbage(dataDir: string, plan: () => Plan, now: () => Date, mayWrite: () => boolean, delayMs = 10_000): void {
  const timer = setTimeout(() => {
    if (mayWrite()) collectMediaGarbage(dataDir, referencedMedia(plan(), dataDir), now());
  }, delayMs);
  timer.unref?.();
}
