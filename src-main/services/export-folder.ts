// Where exports go (DESIGN §4): in Electron the folder the user picks in the OS dialog, in the
// browser harness the fixed $KANALPLAN_EXPORT_DIR. Services ask this and import no Electron.
/**
 * Every file written where exports go (the package, the board's papers, the plan file) is made
 * to be opened by others, a colleague or a shared drive, unlike the data folder's (0600): 0644,
 * as the user's umask allows. A plan file holds nothing the data folder's owner did not choose to
 * take out of it.
 */
export const SHARED_FILE_MODE = 0o644;

export interface ExportFolder {
  /** The folder to write into, or null when the user cancelled the dialog. */
  choose: () => Promise<string | null>;
  /** Shows a written file or folder in the OS file manager; absent where there is none. */
  reveal?: (path: string) => void;
  /** Asks for a file to import in the OS dialog; absent in the browser harness, whose page picks it. */
  openFile?: () => Promise<string | null>;
  /** "Lägg till bild…": the files the user picks in the OS dialog (none if cancelled); absent in the browser harness, whose page picks them. */
  openMediaFiles?: () => Promise<string[]>;
  /** Opens a web address in the system browser; absent in the browser harness, whose page opens it. */
  openLink?: (url: string) => Promise<void>;
}

export function fixedExportFolder(dir: string): ExportFolder {
  return { choose: () => Promise.resolve(dir) };
}
