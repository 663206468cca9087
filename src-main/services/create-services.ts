// Wires the store and the services for a data folder. Used by Electron main and by the browser
// harness alike; only where exports go differs.
import * as nodeFs from 'node:fs';
import { join } from 'node:path';
import type { AppInfo } from '../../src-shared/ipc/contract';
import { PlanStore, type PlanStoreOptions } from '../store/plan-store';
import { ensureWritableDataFolder } from '../store/startup-error';
import { fixedExportFolder, type ExportFolder } from './export-folder';
import type { PdfPrinter } from './board-files';
import { ExportService } from './export-service';
import type { Services } from './handlers';
import { PlanService } from './plan-service';
import { ImportService } from './import-service';
import { systemClock } from '../clock';
import { Emitter, type MainEvents } from './events';
import { StoreEvents } from './store-events';
import { MediaService } from '../media/media-service';
import { mediaReader } from '../media/export-media';

/**
 * Throws a StartupError (with a plain message) if the data folder cannot be used. `options.clock`
 * is main's time for the store and the services alike (the system's unless a test sets it).
 */
export function createServices(
  dataDir: string,
  info: Omit<AppInfo, 'dataDir' | 'exportDir' | 'canRevealDataDir'> & { exportDir?: string | null },
  options: PlanStoreOptions = {},
  exports: ExportFolder = fixedExportFolder(join(dataDir, 'export')),
  pdf: PdfPrinter | null = null,
): Services {
  // A full disk opens the plan with the alert instead of refusing the start (issue 16 item 8).
  const startProblem = ensureWritableDataFolder(dataDir, options.fs);
  // One clock for the store and every service: a test that sets it sets the whole of main's "now".
  const clock = options.clock ?? systemClock;
  const events = new Emitter<MainEvents>();
  // The store says when its state may have changed; StoreEvents, made once the plan is read, tells the window.
  let storeEvents: StoreEvents | null = null;
  const onChange = () => {
    options.onChange?.();
    storeEvents?.soon();
  };
  const store = new PlanStore(dataDir, { ...options, clock, onChange, startProblem });
  const plan = new PlanService(store, clock, events);
  storeEvents = new StoreEvents({ saveState: () => store.saveState(), notices: () => plan.current().notices }, events);
  const exporter = new ExportService(plan, exports, undefined, mediaReader(dataDir), (progress) =>
    events.emit('export:progress', progress),
  );
  const media = new MediaService(dataDir, options.fs ? { ...nodeFs, ...options.fs } : nodeFs);
  const importer = new ImportService(plan, exports, media);
  return {
    clock,
    events,
    plan,
    store,
    exports,
    exporter,
    importer,
    media,
    pdf,
    info: { ...info, dataDir, exportDir: info.exportDir ?? null, canRevealDataDir: exports.reveal !== undefined },
  };
}
