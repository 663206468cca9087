// Whether the export dialog is open: opened by Ctrl+E, the Arkiv menu and the calendar's
// Exportera button, so it lives outside any one of them.
import { createStore } from 'zustand';
import { storeHook } from '../../app/app-context';

export interface ExportDialogState {
  open: boolean;
  show: () => void;
  hide: () => void;
}

export function createExportDialogStore() {
  return createStore<ExportDialogState>((set) => ({
    open: false,
    show: () => set({ open: true }),
    hide: () => set({ open: false }),
  }));
}

export const useExportDialog = storeHook((stores) => stores.exportDialog);
