// Where exports go (DESIGN §4): in Electron the folder the user picks in the OS dialog, in the
// browser harness the fixed $KANALPLAN_EXPORT_DIR. Services ask this and import no Electron.
export interface ExportFolder {
  /** The folder to write into, or null when the user cancelled the dialog. */
  choose: () => Promise<string | null>;
  /** Shows a written file or folder in the OS file manager; absent where there is none. */
  reveal?: (path: string) => void;
  /** Asks for a file to import in the OS dialog; absent in the browser harness, whose page picks it. */
  openFile?: () => Promise<string | null>;
}

export function fixedExportFolder(dir: string): ExportFolder {
  return { choose: () => Promise.resolve(dir) };
}
