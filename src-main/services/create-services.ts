// Wires the store and the services for a data folder. Used by Electron main and by the browser
// harness alike; only the conf class differs (electron-store vs conf).
import { join } from 'node:path';
import type { AppInfo } from '../../src-shared/ipc/contract';
import { PlanStore, type PlanStoreOptions } from '../store/plan-store';
import type { OpenConf } from '../store/conf-files';
import { PlanService } from './plan-service';
import type { Services } from './handlers';
import { fixedExportFolder, type ExportFolder } from './export-folder';
import { ExportService } from './export-service';

export function createServices(
  dataDir: string,
  openConf: OpenConf,
  info: Omit<AppInfo, 'dataDir' | 'exportDir'> & { exportDir?: string | null },
  options: PlanStoreOptions = {},
  exports: ExportFolder = fixedExportFolder(join(dataDir, 'export')),
): Services {
  const store = new PlanStore(dataDir, openConf, options);
  const plan = new PlanService(store, options.clock);
  const exporter = new ExportService(plan, exports);
  return { plan, store, exports, exporter, info: { ...info, dataDir, exportDir: info.exportDir ?? null } };
}
