// Which of the weekly chores' dialogs is open (issue 19): asked for from the menu, the keyboard,
// a card's menu, the editor and the kanban, so the state lives outside any one of them.
import { createStore } from 'zustand';
import { storeHook } from '../../app/app-context';

export interface ReuseDialogsState {
  fromTemplate: boolean;
  /** The post whose "Spara som mall…" dialog is open. */
  saveTemplateOf: string | null;
  csvImport: boolean;
  /** A card's menu: the post and the element it opens beside. */
  postMenu: { id: string; anchor: HTMLElement } | null;
  showFromTemplate: () => void;
  showSaveTemplate: (id: string) => void;
  showCsvImport: () => void;
  showPostMenu: (id: string, anchor: HTMLElement) => void;
  close: () => void;
}

export function createReuseDialogsStore() {
  return createStore<ReuseDialogsState>((set) => ({
    fromTemplate: false,
    saveTemplateOf: null,
    csvImport: false,
    postMenu: null,
    showFromTemplate: () => set({ fromTemplate: true, postMenu: null }),
    showSaveTemplate: (id) => set({ saveTemplateOf: id, postMenu: null }),
    showCsvImport: () => set({ csvImport: true }),
    showPostMenu: (id, anchor) => set({ postMenu: { id, anchor } }),
    close: () => set({ fromTemplate: false, saveTemplateOf: null, csvImport: false, postMenu: null }),
  }));
}

export const useReuseDialogs = storeHook((stores) => stores.reuseDialogs);
