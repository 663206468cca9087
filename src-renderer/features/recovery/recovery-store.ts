// Whether the user has read the recovery screen in this session; the notice itself stays
// under Säkerhetskopior until dismissed there.
import { createStore } from 'zustand';
import { storeHook } from '../../app/app-context';

export interface RecoveryState {
  continued: boolean;
  carryOn: () => void;
}

export function createRecoveryStore() {
  return createStore<RecoveryState>((set) => ({
    continued: false,
    carryOn: () => set({ continued: true }),
  }));
}

export const useRecoveryStore = storeHook((stores) => stores.recovery);
