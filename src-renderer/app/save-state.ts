// Whether main has every change on disk. Main tells the window whenever that changes (the
// `store:save-state` event; main-events.ts listens), so nothing here asks again; the alert that
// shows a failing write stays until a write succeeds (DESIGN §6).
import { createStore } from 'zustand';
import type { Api } from '../../src-shared/ipc/contract';
import type { SaveState } from '../../src-shared/ipc/store-types';
import { storeHook } from './app-context';

export interface SaveStoreState {
  save: SaveState;
  /** Set while "Försök igen" or "Spara en kopia" is running, so their buttons can say so. */
  busy: boolean;
  /** "Försök igen": main writes the pending changes now. */
  retry: () => Promise<void>;
  /** "Spara en kopia": the whole plan as main holds it, where exports go. Resolves to its path. */
  saveCopy: () => Promise<string | null>;
}

export function createSaveStore(api: Api) {
  return createStore<SaveStoreState>((set) => {
    async function busyWhile<T>(work: () => Promise<T>): Promise<T> {
      set({ busy: true });
      try {
        return await work();
      } finally {
        set({ busy: false });
      }
    }
    return {
      save: { status: 'saved' },
      busy: false,
      retry: () => busyWhile(async () => set({ save: await api['store:retry'](null) })),
      saveCopy: () => busyWhile(async () => (await api['store:save-copy'](null))?.path ?? null),
    };
  });
}

export const useSaveStore = storeHook((stores) => stores.save);
