// Whether main has every change on disk. Main batches writes (about one a second), so the
// renderer asks shortly after an edit, and then every few seconds while a write keeps failing;
// the alert that shows this stays until a write succeeds (DESIGN §6).
import { create } from 'zustand';
import type { SaveState } from '../../src-shared/ipc/store-types';
import { api } from '../lib/api';

const AFTER_EDIT_MS = 1600;
const WHILE_FAILING_MS = 4000;

interface SaveStore {
  save: SaveState;
  /** Set while "Försök igen" or "Spara en kopia" is running, so their buttons can say so. */
  busy: boolean;
}

export const useSaveStore = create<SaveStore>(() => ({ save: { status: 'saved' }, busy: false }));

let timer: ReturnType<typeof setTimeout> | null = null;

/** Asks main for the save state after `delay`, and keeps asking until every change is saved. */
export function watchSaveState(delay = AFTER_EDIT_MS): void {
  if (timer) clearTimeout(timer);
  timer = setTimeout(() => void check(), delay);
}

async function check(): Promise<void> {
  timer = null;
  try {
    record(await api['store:status'](null));
  } catch {
    watchSaveState(WHILE_FAILING_MS);
  }
}

function record(save: SaveState): void {
  useSaveStore.setState({ save });
  if (save.status !== 'saved') watchSaveState(save.status === 'failing' ? WHILE_FAILING_MS : AFTER_EDIT_MS);
}

/** "Försök igen": main writes the pending changes now. */
export async function retrySave(): Promise<void> {
  useSaveStore.setState({ busy: true });
  try {
    record(await api['store:retry'](null));
  } finally {
    useSaveStore.setState({ busy: false });
  }
}

/** "Spara en kopia": the whole plan as main holds it, where exports go. Resolves to its path. */
export async function savePlanCopy(): Promise<string | null> {
  useSaveStore.setState({ busy: true });
  try {
    return (await api['store:save-copy'](null))?.path ?? null;
  } finally {
    useSaveStore.setState({ busy: false });
  }
}
