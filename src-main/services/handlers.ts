// One small handler per channel: the map that both Electron's ipcMain and the browser harness
// serve. Inputs arrive already validated by dispatch().
import type { AppInfo } from '../../src-shared/ipc/contract';
import type { Handlers } from '../ipc/dispatch';
import type { PlanService } from './plan-service';
import type { PlanStore } from '../store/plan-store';
import type { ExportFolder } from './export-folder';

export interface Services {
  plan: PlanService;
  store: PlanStore;
  exports: ExportFolder;
  info: AppInfo;
}

export function createHandlers(services: Services): Handlers {
  return {
    'app:info': () => services.info,
    'plan:load': () => services.plan.current(),
    'plan:apply': ({ command }) => services.plan.apply(command),
    'backups:list': () => services.store.listBackups(),
    'backups:restore': ({ id }) => services.plan.restoreBackup(id),
  };
}
