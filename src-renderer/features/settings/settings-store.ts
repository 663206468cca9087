// What Inställningar remembers while the user is elsewhere in the app: the open section, the
// last backup outcome (so "Ångra återställningen" is still there on coming back) and a request
// from the Arkiv menu to export or import the whole plan.
import { createStore } from 'zustand';
import { storeHook } from '../../app/app-context';
import type { Outcome } from './outcome';

export const SECTION_IDS = ['organisation', 'channels', 'customChannels', 'audiences', 'year', 'suggestions', 'templates', 'snippets', 'backups'] as const;
export type SectionId = (typeof SECTION_IDS)[number];
export type PlanFileRequest = 'export' | 'import';

export interface SettingsUiState {
  section: SectionId;
  outcome: Outcome;
  request: PlanFileRequest | null;
  showSection: (section: SectionId) => void;
  setOutcome: (outcome: Outcome) => void;
  /** Opens Säkerhetskopior and asks its plan-file part to run the action. */
  requestPlanFile: (request: PlanFileRequest) => void;
  takeRequest: () => PlanFileRequest | null;
}

export function createSettingsUiStore() {
  return createStore<SettingsUiState>((set, get) => ({
    section: 'organisation',
    outcome: null,
    request: null,
    showSection: (section) => set({ section }),
    setOutcome: (outcome) => set({ outcome }),
    requestPlanFile: (request) => set({ section: 'backups', request }),
    takeRequest() {
      const { request } = get();
      if (request) set({ request: null });
      return request;
    },
  }));
}

export const useSettingsUi = storeHook((stores) => stores.settingsUi);
