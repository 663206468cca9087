// Whether the user has read the recovery screen in this session; the notice itself stays
// under Säkerhetskopior until dismissed there.
import { create } from 'zustand';

export const useRecoveryStore = create<{ continued: boolean; carryOn: () => void }>((set) => ({
  continued: false,
  carryOn: () => set({ continued: true }),
}));
