// The one contract between the renderer and main: channel → input schema → result type.
// The preload, the handlers, the browser bridge and the renderer's client are derived from it.
import { z } from 'zod';
import { PlanCommand } from '../plan/commands';
import { IsoDay, MEDIA_FILE_PATTERN, STATUS_IDS, StatusId, type ContentItem, type Plan, type Settings } from '../plan/model';
import { MAX_BOARD_THUMBNAILS } from '../board/thumbnails';
import type { AppError } from './errors';
import type { Message } from '../i18n/messages';
import type { BackupInfo, SaveState, StoreNotice } from './store-types';
import type { AppCommand, Channel, EventName, Unsubscribe } from './channels';
import { isLiveUrl } from '../publishing/live-post';
import type { MediaFile } from '../plan/model';
import { MAX_MEDIA_BYTES } from '../media/rules';

export interface AppInfo {
  version: string;
  dataDir: string;
  runtime: 'electron' | 'browser-harness';
  /** The fixed export folder of the browser harness; null in Electron, where the user picks one. */
  exportDir: string | null;
  /** Whether "Visa mappen" can show the data folder (Electron, not the browser harness). */
  canRevealDataDir: boolean;
}

export interface LoadedPlan {
  plan: Plan;
  notices: StoreNotice[];
}

/**
 * The plan without its archive (published posts more than 30 days old, `src-shared/archive.ts`),
 * which `plan:load-archive` sends after: the board shows before the years behind it are read.
 */
export interface LoadedRecentPlan extends LoadedPlan {
  /** How many posts the archive holds. */
  archived: number;
}

/** After a restore: `undoId` names the snapshot of the plan as it was just before (null: it was empty). */
export interface RestoredPlan extends LoadedPlan {
  undoId: string | null;
}

/** What an import would bring in and replace, shown before the user confirms. */
export interface ImportSummary {
  items: number;
  unscheduled: number;
  /** The first and last day of the dated items; null when none has a date. */
  from: string | null;
  to: string | null;
  organisationName: string;
  /** Items in the current plan, all of which the import replaces (with the settings). */
  replacesItems: number;
  /** The file's schema version when it was older and migrated; null when current. */
  migratedFrom: number | null;
  /** Image and video files the file carries for its posts (a ZIP's media/); 0 for a JSON file. */
  media: number;
}

export type ImportCheck =
  | { status: 'cancelled' }
  | { status: 'rejected'; message: Message }
  | { status: 'ready'; token: string; summary: ImportSummary };

/** A plan file larger than this is refused plainly, before it is read (DESIGN §6). */
export const MAX_IMPORT_BYTES = 50 * 1024 * 1024;
/** An imported file's text over IPC: a little above the 50 MB refusal, so main says it plainly. */
export const MAX_IMPORT_TEXT = 51 * 1024 * 1024;
/**
 * A whole-plan ZIP (plan.json and media/) larger than this is refused before it is read: main
 * holds it and its files in memory while the user reads the summary, and the browser harness
 * carries it as one base64 string, which V8 caps at about 512 M characters.
 */
export const MAX_IMPORT_ARCHIVE_BYTES = 300 * 1024 * 1024;
/** The ZIP's bytes as base64 over IPC: a little above its refusal, so main says it plainly. */
export const MAX_IMPORT_ARCHIVE_BASE64 = Math.ceil((MAX_IMPORT_ARCHIVE_BYTES * 4) / 3) + 1024;

/** What a command changed: the items as main stored them, the ids it removed, and the settings if they changed. */
export interface PlanDelta {
  items: ContentItem[];
  removedIds: string[];
  settings?: Settings;
}

/** A file written for the user, e.g. the board's meeting papers. */
export interface SavedFile {
  path: string;
}

const NoInput = z.null().optional();

/** One file of "Lägg till bild…": stored, or refused with the reason (nothing changed for it). */
export type AttachResult = { name: string } & ({ ok: true; file: MediaFile } | { ok: false; message: Message });

/** A file's bytes as base64: a little above the largest file main stores, so main says the refusal plainly. */
const MAX_MEDIA_BASE64 = Math.ceil((MAX_MEDIA_BYTES * 4) / 3) + 1024;

/** The export dialog's choices (DESIGN §4). The language is the plan's, read in main. */
export const ExportRequest = z
  .strictObject({
    from: IsoDay,
    to: IsoDay,
    channels: z.array(z.string().min(1).max(64)).min(1).max(50),
    statuses: z.array(StatusId).min(1).max(STATUS_IDS.length),
    zip: z.boolean(),
    /** "Ersätt": replace the package the previous write found existing, in that folder (main remembers which). */
    overwrite: z.boolean(),
  })
  .refine((request) => request.from <= request.to, { message: 'schemaRule.endBeforeStart', path: ['to'] });

export type ExportResult =
  | { status: 'written'; folder: string; zip: string | null; canReveal: boolean }
  /** A package of that name is already there; nothing was written. */
  | { status: 'exists'; folderName: string; folder: string }
  | { status: 'cancelled' };

/**
 * How far a package's write has come: its ZIP made file by file, then its files written. A year's
 * package is thousands of files, each synced to disk, which takes seconds.
 */
export interface ExportProgress {
  step: 'zip' | 'files';
  done: number;
  total: number;
}

/**
 * The board document and the name to save it under, without extension. Main picks the folder
 * and never overwrites: the name only says what the user will see, so it is kept to letters,
 * digits, spaces and . _ - (no path separators, nothing hidden).
 */
const FileName = z.string().regex(/^[\p{L}\p{N}][\p{L}\p{N} ._-]{0,119}$/u, 'schemaRule.fileName');
const BoardFile = z.strictObject({ html: z.string().min(1).max(20_000_000), fileName: FileName });

/** A phantom marker that carries a result type and nothing else. */
function returns<T>(): T {
  return undefined as T;
}

export const contract = {
  'app:info': { input: NoInput, result: returns<AppInfo>() },
  'plan:load': { input: NoInput, result: returns<LoadedPlan>() },
  'plan:load-recent': { input: NoInput, result: returns<LoadedRecentPlan>() },
  /** The archive, and the notices as they are by then (a start backup that failed after the start is told here). */
  'plan:load-archive': { input: NoInput, result: returns<{ items: ContentItem[]; notices: StoreNotice[] }>() },
  'plan:apply': { input: z.strictObject({ command: PlanCommand }), result: returns<PlanDelta>() },
  /** Null when the user cancelled the folder dialog. */
  'board:save': { input: BoardFile, result: returns<SavedFile | null>() },
  'board:pdf': { input: BoardFile, result: returns<SavedFile | null>() },
  'backups:list': { input: NoInput, result: returns<BackupInfo[]>() },
  /** Restoring first saves the current state as a backup, so a restore can be undone. */
  'backups:restore': { input: z.strictObject({ id: z.string().min(1).max(100) }), result: returns<RestoredPlan>() },
  /** "Ta en säkerhetskopia nu": saves, then snapshots; null when there is nothing to copy yet. */
  'backups:create': { input: NoInput, result: returns<BackupInfo | null>() },
  /** Shows the data folder in the OS file manager (Electron only; `AppInfo.canRevealDataDir`). */
  'app:reveal-data-dir': { input: NoInput, result: returns<null>() },
  /** Dismisses a recovery notice (by the name its damaged file was kept as); returns those left. */
  'notices:dismiss': { input: z.strictObject({ keptAs: z.string().min(1).max(300) }), result: returns<StoreNotice[]>() },
  /** "Exportera hela planen…": the plan as one JSON file where exports go; null if cancelled. */
  'plan:export-file': { input: NoInput, result: returns<{ path: string } | null>() },
  /**
   * "Importera…": checks a plan file and stages it, changing nothing. The browser harness sends
   * the chosen file's text (a JSON plan file) or its bytes as base64 (a ZIP with plan.json and
   * media/); with null, main asks for the file in the OS dialog (Electron).
   */
  'plan:import-check': {
    input: z
      .union([z.strictObject({ text: z.string().max(MAX_IMPORT_TEXT) }), z.strictObject({ archive: z.string().max(MAX_IMPORT_ARCHIVE_BASE64) })])
      .nullable(),
    result: returns<ImportCheck>(),
  },
  /** Replaces the plan with the staged import, after a backup that undoes it. */
  'plan:import-commit': { input: z.strictObject({ token: z.string().min(1).max(100) }), result: returns<RestoredPlan>() },
  /** Whether every change is on disk: asked once at start; after that main tells (`store:save-state`). */
  'store:status': { input: NoInput, result: returns<SaveState>() },
  /** Tries the pending writes now ("Försök igen"). */
  'store:retry': { input: NoInput, result: returns<SaveState>() },
  /** Writes the whole plan, as main holds it, to a file where exports go; null if cancelled. */
  'store:save-copy': { input: NoInput, result: returns<{ path: string } | null>() },
  'export:write': { input: ExportRequest, result: returns<ExportResult>() },
  /** Shows the package last written in the OS file manager (Electron only). */
  'export:reveal': { input: NoInput, result: returns<null>() },
  /**
   * Opens a live post's address in the system browser; only http and https. `opened` is false in
   * the browser harness, which has no system browser of its own: the page opens a tab there.
   */
  'app:open-link': {
    input: z.strictObject({ url: z.string().max(2048).refine(isLiveUrl, { message: 'schemaRule.httpOnly' }) }),
    result: returns<{ opened: boolean }>(),
  },
  /**
   * "Lägg till bild…" and a drop on the editor: stores each file in media/ and says what it is;
   * the renderer then adds the references with `media.add` (undoable). The page sends a file's
   * bytes (a drop, the harness's file chooser); with null, main asks in the OS dialog (Electron).
   */
  'media:attach': {
    input: z.strictObject({ name: z.string().min(1).max(255), data: z.base64().max(MAX_MEDIA_BASE64) }).nullable(),
    result: returns<AttachResult[]>(),
  },
  /**
   * The board's small pictures (issue 18 item 5): each named image as a 160 px JPEG data: URI,
   * as [file, uri] pairs; a file main cannot read is left out (the board shows it without).
   */
  'media:board-thumbnails': {
    input: z.strictObject({ files: z.array(z.string().regex(MEDIA_FILE_PATTERN)).max(MAX_BOARD_THUMBNAILS) }),
    result: returns<Array<[string, string]>>(),
  },
  /** "Spara en mall för kalkylbladet": the CSV import's sheet, saved like the board's papers. */
  'csv:save-template': {
    input: z.strictObject({ csv: z.string().min(1).max(100_000), fileName: FileName }),
    result: returns<SavedFile | null>(),
  },
} satisfies { [C in Channel]: { input: z.ZodType; result: unknown } };

export type Contract = typeof contract;
export type InputOf<C extends Channel> = z.input<Contract[C]['input']>;
export type ParsedInputOf<C extends Channel> = z.output<Contract[C]['input']>;
export type ResultOf<C extends Channel> = Contract[C]['result'];

export type IpcResponse<T> = { ok: true; value: T } | { ok: false; error: AppError };

/**
 * The other direction: what main tells the renderer unasked, beside the calls. Nothing is polled.
 * Main sends each event when its payload changes; the payloads are the store's own types, unchanged.
 */
export const events = {
  /** Whether every change is on disk, whenever that changes (a write fails, all is saved again, backups fail). */
  'store:save-state': returns<SaveState>(),
  /** The store's notices as main holds them, whenever they change (a start backup that failed after the start). */
  'store:notices': returns<StoreNotice[]>(),
  /** A command chosen in the app menu (Electron only); the renderer runs it as it runs its shortcuts. */
  'menu:command': returns<AppCommand>(),
  /** How far the package being written has come, a few times a second while it is written. */
  'export:progress': returns<ExportProgress>(),
} satisfies { [E in EventName]: unknown };

export type EventOf<E extends EventName> = (typeof events)[E];
export type Events = { [E in EventName]: EventOf<E> };

/** The typed client the renderer uses; built from a raw bridge (preload or HTTP). */
export type Api = { [C in Channel]: (input: InputOf<C>) => Promise<ResultOf<C>> } & {
  subscribe: <E extends EventName>(event: E, listener: (payload: EventOf<E>) => void) => Unsubscribe;
};
