// Where the board view stands (its period, presentation mode) and whether the calendar shows its
// audience panel. Not stored on disk; kept apart from ui-store so the board's state stays here.
import { createStore } from 'zustand';
import { storeHook } from '../../app/app-context';
import { defaultBoardPeriod, type Period } from '../../../src-shared/board/period';
import { today } from '../../lib/now';

export interface BoardState {
  period: Period;
  presenting: boolean;
  coveragePanel: boolean;
  setPeriod: (period: Period) => void;
  setPresenting: (presenting: boolean) => void;
  toggleCoveragePanel: () => void;
}

/** The board starts on the period that holds today, as it is when the app starts. */
export function createBoardStore() {
  return createStore<BoardState>((set) => ({
    period: defaultBoardPeriod(today()),
    presenting: false,
    coveragePanel: false,
    setPeriod: (period) => set({ period }),
    setPresenting: (presenting) => set({ presenting }),
    toggleCoveragePanel: () => set((state) => ({ coveragePanel: !state.coveragePanel })),
  }));
}

export const useBoardStore = storeHook((stores) => stores.board);
