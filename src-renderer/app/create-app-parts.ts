// Makes the app's parts for one root: the stores, each over the API client given. The app's
// entry makes one set; every renderer test makes its own.
import type { Api } from '../../src-shared/ipc/contract';
import { createBoardStore } from '../features/board/board-store';
import { createExportDialogStore } from '../features/export/export-dialog-store';
import { createOlderStore } from '../features/kanban/OlderToggle';
import { createRecoveryStore } from '../features/recovery/recovery-store';
import { createReuseDialogsStore } from '../features/reuse/reuse-dialogs';
import { createSettingsUiStore } from '../features/settings/settings-store';
import { createClockStore } from '../lib/now';
import type { AppParts } from './app-context';
import { createPlanStore } from './plan-store';
import { createSaveStore } from './save-state';
import { createUiStore } from './ui-store';

export function createAppParts(api: Api, { inElectron = false } = {}): AppParts {
  return {
    api,
    inElectron,
    plan: createPlanStore(api),
    save: createSaveStore(api),
    ui: createUiStore(),
    board: createBoardStore(),
    exportDialog: createExportDialogStore(),
    settingsUi: createSettingsUiStore(),
    older: createOlderStore(),
    recovery: createRecoveryStore(),
    reuseDialogs: createReuseDialogsStore(),
    clock: createClockStore(),
  };
}
