// One small handler per channel: the map that both Electron's ipcMain and the browser harness
// serve. Inputs arrive already validated by dispatch().
import type { AppInfo } from '../../src-shared/ipc/contract';
import type { Handlers } from '../ipc/dispatch';
import type { PlanService } from './plan-service';
import type { PlanStore } from '../store/plan-store';
import type { ExportFolder } from './export-folder';
import { savePlanCopy } from './plan-copy';
import type { ExportService } from './export-service';
import { saveBoardPdf, saveExport, type PdfPrinter } from './board-files';
import type { ImportService } from './import-service';
import { writePlanArchive } from './plan-copy';
import { mediaReader } from '../media/export-media';
import type { Clock } from '../clock';
import type { Emitter, MainEvents } from './events';
import { attachEach, chosenFile, type MediaService } from '../media/media-service';
import { assertMediaStored } from '../media/media-files';

export interface Services {
  /** Main's time, for every service alike (createServices). */
  clock: Clock;
  /** What the services tell unasked: the window's events (contract.ts) and the settings' changes. */
  events: Emitter<MainEvents>;
  plan: PlanService;
  store: PlanStore;
  exports: ExportFolder;
  exporter: ExportService;
  /** Electron's printToPDF; null in the browser harness. */
  pdf: PdfPrinter | null;
  importer: ImportService;
  media: MediaService;
  info: AppInfo;
}

export function createHandlers(services: Services): Handlers {
  return {
    'app:info': () => services.info,
    'plan:load': () => services.plan.loaded(),
    'plan:load-recent': () => services.plan.recent(),
    'plan:load-archive': () => services.plan.archive(),
    'plan:apply': ({ command }) => {
      assertMediaStored(services.info.dataDir, command);
      return services.plan.apply(command);
    },
    'board:save': ({ html, fileName }) => saveExport(services.exports, fileName, 'html', new TextEncoder().encode(html)),
    'board:pdf': ({ html, fileName }) => saveBoardPdf(services.exports, services.pdf, fileName, html),
    'csv:save-template': ({ csv, fileName }) => saveExport(services.exports, fileName, 'csv', new TextEncoder().encode(csv)),
    'backups:list': () => services.store.listBackups(),
    'backups:restore': ({ id }) => services.plan.restoreBackup(id),
    'backups:create': () => services.store.backupByHand(),
    'app:reveal-data-dir': () => {
      services.exports.reveal?.(services.info.dataDir);
      return null;
    },
    'store:status': () => services.store.saveState(),
    'store:retry': () => services.store.flush(),
    'store:save-copy': async () => {
      const folder = await services.exports.choose();
      return folder === null ? null : { path: savePlanCopy(services.plan.current().plan, folder, services.clock()) };
    },
    'notices:dismiss': ({ keptAs }) => services.plan.dismissNotice(keptAs),
    'plan:export-file': async () => {
      const folder = await services.exports.choose();
      if (folder === null) return null;
      return { path: writePlanArchive(services.plan.current().plan, folder, services.clock(), mediaReader(services.info.dataDir)) };
    },
    'plan:import-check': (input) => services.importer.check(input),
    'plan:import-commit': ({ token }) => services.importer.commit(token),
    'export:write': (request) => services.exporter.write(request),
    'export:reveal': () => services.exporter.reveal(),
    'media:attach': async (input) => {
      if (input) return attachEach(services.media, [{ name: input.name, read: () => new Uint8Array(Buffer.from(input.data, 'base64')) }]);
      const paths = (await services.exports.openMediaFiles?.()) ?? [];
      return attachEach(services.media, paths.map((path) => chosenFile(path)));
    },
    'media:board-thumbnails': ({ files }) => services.media.boardThumbnails(files),
    'app:open-link': async ({ url }) => {
      if (!services.exports.openLink) return { opened: false };
      await services.exports.openLink(url);
      return { opened: true };
    },
  };
}
