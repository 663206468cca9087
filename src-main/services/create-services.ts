// Wires the store and the services for a data folder. Used by Electron main and by the browser
// harness alike; only the conf class differs (electron-store vs conf).
import { join } from 'node:path';
import type { AppInfo } from '../../src-shared/ipc/contract';
import { PlanStore, type PlanStoreOptions } from '../store/plan-store';
import type { OpenConf } from '../store/conf-files';
import { PlanService } from './plan-service';
import type { Services } from './handlers';
import { fixedExportFolder, type ExportFolder } from './export-folder';
import type { PdfPrinter } from './board-files';

export function createServices(
  dataDir: string,
  openConf: OpenConf,
  info: Omit<AppInfo, 'dataDir' | 'exportDir'> & { exportDir?: string | null },
  options: PlanStoreOptions = {},
  exports: ExportFolder = fixedExportFolder(join(dataDir, 'export')),
  pdf: PdfPrinter | null = null,
): Services {
  const store = new PlanStore(dataDir, openConf, options);
  const plan = new PlanService(store, options.clock);
  return { plan, store, exports, pdf, info: { ...info, dataDir, exportDir: info.exportDir ?? null } };
}
