// The app's parts: the API client and the stores, made by the app's root (createAppParts) and
// handed down through React context, never created at import (STYLE habit 13). A test builds its
// own in a line, `createAppParts(createApi(bridge))`, and renders inside <AppContext value={…}>.
import { createContext, useContext } from 'react';
import { useStore, type StoreApi } from 'zustand';
import type { Api } from '../../src-shared/ipc/contract';
import type { BoardState } from '../features/board/board-store';
import type { ExportDialogState } from '../features/export/export-dialog-store';
import type { OlderShownState } from '../features/kanban/OlderToggle';
import type { RecoveryState } from '../features/recovery/recovery-store';
import type { ReuseDialogsState } from '../features/reuse/reuse-dialogs';
import type { SettingsUiState } from '../features/settings/settings-store';
import type { ClockState } from '../lib/now';
import type { PlanState } from './plan-store';
import type { SaveStoreState } from './save-state';
import type { UiState } from './ui-store';

export interface AppStores {
  plan: StoreApi<PlanState>;
  save: StoreApi<SaveStoreState>;
  ui: StoreApi<UiState>;
  board: StoreApi<BoardState>;
  exportDialog: StoreApi<ExportDialogState>;
  settingsUi: StoreApi<SettingsUiState>;
  older: StoreApi<OlderShownState>;
  recovery: StoreApi<RecoveryState>;
  reuseDialogs: StoreApi<ReuseDialogsState>;
  clock: StoreApi<ClockState>;
}

export interface AppParts extends AppStores {
  api: Api;
  /**
   * In Electron: the menu's accelerators own the shortcuts, and main asks before quitting. In the
   * browser harness the page listens for the shortcuts and asks before leaving.
   */
  inElectron: boolean;
}

export const AppContext = createContext<AppParts | null>(null);

export function useAppParts(): AppParts {
  const parts = useContext(AppContext);
  if (!parts) throw new Error('Render inside <AppContext value={createAppParts(api)}>.');
  return parts;
}

export function useApi(): Api {
  return useAppParts().api;
}

/**
 * The hook of one of the app's stores, used as a zustand hook is: `useUiStore(selector)`, or
 * without a selector for the whole state. The store is the one of the app rendered around it.
 */
export function storeHook<S>(pick: (stores: AppStores) => StoreApi<S>) {
  function useBound(): S;
  function useBound<T>(selector: (state: S) => T): T;
  function useBound<T>(selector?: (state: S) => T): T | S {
    const whole = (state: S): T | S => state;
    return useStore(pick(useAppParts()), selector ?? whole);
  }
  return useBound;
}
