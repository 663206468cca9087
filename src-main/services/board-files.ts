// The board's meeting papers on disk: the HTML (and, in Electron, its PDF) written where exports
// go, durably, and never over an existing file: "Styrelsevy v48.html" becomes "… v48-2.html".
import * as nodeFs from 'node:fs';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { DomainError, message } from '../../src-shared/ipc/errors';
import type { SavedFile } from '../../src-shared/ipc/contract';
import { safeSegment } from '../../src-shared/export/names';
import { writeFileDurably } from '../store/durable-write';
import { SHARED_FILE_MODE, type ExportFolder } from './export-folder';
import { fileNotSaved, type SaveFs } from './saved-files';

/** As long as the contract lets a name be. */
const MAX_NAME = 120;

/** Turns the board document into PDF bytes; Electron's printToPDF, absent in the harness. */
export type PdfPrinter = (html: string) => Promise<Uint8Array>;

/** The first of `name.ext`, `name-2.ext`, `name-3.ext` … that does not exist in `folder`. */
export function freePath(
  folder: string,
  name: string,
  extension: string,
  exists: (path: string) => boolean = existsSync,
): string {
  for (let n = 1; ; n += 1) {
    const path = join(folder, `${name}${n === 1 ? '' : `-${n}`}.${extension}`);
    if (!exists(path)) return path;
  }
}

/** Writes the bytes into the folder the user picks; null when the user cancelled the dialog. */
export async function saveExport(
  exports: ExportFolder,
  name: string,
  extension: string,
  bytes: Uint8Array,
  fs: SaveFs = nodeFs,
): Promise<SavedFile | null> {
  const folder = await exports.choose();
  if (folder === null) return null;
  let path: string;
  try {
    fs.mkdirSync(folder, { recursive: true });
    // The contract keeps the name to letters, digits, spaces and . _ -, but "CON" or "nul.v48" is
    // a device on Windows: it becomes "CON-" by the export package's rules for names.
    path = freePath(folder, safeSegment(name, 'Kanalplan', MAX_NAME), extension, (candidate) => fs.existsSync(candidate));
    writeFileDurably(path, bytes, fs, SHARED_FILE_MODE);
  } catch (error) {
    throw fileNotSaved(error, folder);
  }
  exports.reveal?.(path);
  return { path };
}

export async function saveBoardPdf(
  exports: ExportFolder,
  pdf: PdfPrinter | null,
  name: string,
  html: string,
): Promise<SavedFile | null> {
  // The harness has no printToPDF: its button is the browser's own print of the same document.
  if (!pdf) throw new DomainError('invalid-input', message('errors.pdfOnlyInApp'));
  return saveExport(exports, name, 'pdf', await pdf(html));
}
