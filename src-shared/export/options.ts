// What the user chooses in the export dialog. Validated in main (ipc/contract.ts) before any
// package is built; the renderer uses the same shape for its preview.
import type { Language, StatusId } from '../plan/model';

export interface ExportOptions {
  /** First and last day of the period, `yyyy-MM-dd`, both included. */
  from: string;
  to: string;
  /** Channel ids to include; the package follows the order of `settings.channels`. */
  channels: readonly string[];
  statuses: readonly StatusId[];
  /** The language of LÄS-MIG.txt and the CSV's header row. */
  language: Language;
}

/** What the package holds: paths are relative to the package folder, with `/` between parts. */
export interface ExportFile {
  path: string;
  bytes: Uint8Array;
}

/**
 * An image the package holds: copied from the data folder's media/ by main (`file`), which alone
 * reads files. Named to sort in publishing order beside the post's text.
 */
export interface ExportMedia {
  path: string;
  file: string;
}

export interface ExportPackage {
  folderName: string;
  files: ExportFile[];
  /** The images to copy in (absent or empty: none); main turns them into files before writing. */
  media?: ExportMedia[];
}
