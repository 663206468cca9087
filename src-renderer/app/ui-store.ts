// What the user is looking at: the view, the filter (shared by kanban and calendar), the item
// open in the editor, and where the calendar stands. Not stored on disk.
import { createStore } from 'zustand';
import { storeHook } from './app-context';
import { EMPTY_FILTER, type PlanFilter } from '../../src-shared/plan/filters';
import type { HistoryEntry } from '../../src-shared/plan/history';
import { toDay } from '../../src-shared/calendar/dates';
import type { EditorPlace } from '../lib/editor-place';

export const VIEWS = ['kanban', 'calendar', 'board', 'publish', 'settings'] as const;
export type View = (typeof VIEWS)[number];

export interface Toast {
  id: number;
  message: string;
  /** The step that "Ångra" on the toast takes back, if it offers one. */
  undo: HistoryEntry | null;
  /** Another action the toast offers, such as "Visa mappen" after an export. */
  action: { label: string; run: () => void } | null;
}

export interface UiState {
  view: View;
  toast: Toast | null;
  filter: PlanFilter;
  editingId: string | null;
  /** Where the editor was last asked to open (with when, so asking again goes there again). */
  editorPlace: (EditorPlace & { at: number }) | null;
  /** The post started with "Nytt inlägg" while its editor is open; discarded if left empty. */
  draftId: string | null;
  calendarMode: 'week' | 'month';
  /** Any day in the week or month shown. */
  calendarAnchor: string;
  setView: (view: View) => void;
  setFilter: (filter: Partial<PlanFilter>) => void;
  clearFilter: () => void;
  /** Opens the editor on a post, at a channel's tab or a section when one is given (a finding's place). */
  openEditor: (id: string | null, place?: EditorPlace | null) => void;
  /** Opens the editor on a post just made, to be discarded if it is closed empty. */
  openDraft: (id: string) => void;
  setCalendar: (change: Partial<Pick<UiState, 'calendarMode' | 'calendarAnchor'>>) => void;
  showToast: (message: string, undo?: HistoryEntry | null, action?: Toast['action']) => void;
  dismissToast: () => void;
}

/** The calendar starts on today's week, as it is when the app starts. */
export function createUiStore() {
  return createStore<UiState>((set) => ({
    view: 'kanban',
    toast: null,
    filter: EMPTY_FILTER,
    editingId: null,
    draftId: null,
    editorPlace: null,
    calendarMode: 'week',
    calendarAnchor: toDay(new Date()),
    setView: (view) => set({ view }),
    setFilter: (filter) => set((state) => ({ filter: { ...state.filter, ...filter } })),
    clearFilter: () => set({ filter: EMPTY_FILTER }),
    openEditor: (editingId, place = null) => set({ editingId, editorPlace: place ? { ...place, at: Date.now() } : null }),
    openDraft: (id) => set({ editingId: id, draftId: id }),
    setCalendar: (change) => set(change),
    showToast: (message, undo = null, action = null) => set({ toast: { id: Date.now(), message, undo, action } }),
    dismissToast: () => set({ toast: null }),
  }));
}

export const useUiStore = storeHook((stores) => stores.ui);
