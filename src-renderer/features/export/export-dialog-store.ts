// Whether the export dialog is open, and where its write stands: opened by Ctrl+E, the Arkiv
// menu and the calendar's Exportera button, so it lives outside any one of them. A write goes
// on when the dialog is closed; opened again, the dialog shows it still under way.
import { createStore } from 'zustand';
import type { ExportProgress, InputOf } from '../../../src-shared/ipc/contract';
import { storeHook } from '../../app/app-context';

export type ExportPhase =
  | { kind: 'choosing' }
  | { kind: 'writing' }
  /** The request that found the package there: "Ersätt" sends it again, whatever changed since. */
  | { kind: 'exists'; folderName: string; request: InputOf<'export:write'> }
  | { kind: 'failed'; message: string };

export interface ExportDialogState {
  open: boolean;
  phase: ExportPhase;
  /** How far the write under way has come, as main last told it; apart from `phase`, so only the bar redraws. */
  progress: ExportProgress | null;
  show: () => void;
  hide: () => void;
  setPhase: (phase: ExportPhase) => void;
  setProgress: (progress: ExportProgress | null) => void;
}

export function createExportDialogStore() {
  return createStore<ExportDialogState>((set, get) => ({
    open: false,
    phase: { kind: 'choosing' },
    progress: null,
    // Opened anew, the dialog starts from its choices, unless a write is still under way.
    show: () => set({ open: true, ...(get().phase.kind === 'writing' ? {} : { phase: { kind: 'choosing' } }) }),
    hide: () => set({ open: false }),
    setPhase: (phase) => set({ phase }),
    setProgress: (progress) => set({ progress }),
  }));
}

export const useExportDialog = storeHook((stores) => stores.exportDialog);
