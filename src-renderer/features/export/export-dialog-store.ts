// Whether the export dialog is open: opened by Ctrl+E, the Arkiv menu and the calendar's
// Exportera button, so it lives outside any one of them.
import { create } from 'zustand';

export const useExportDialog = create<{ open: boolean; show: () => void; hide: () => void }>((set) => ({
  open: false,
  show: () => set({ open: true }),
  hide: () => set({ open: false }),
}));
