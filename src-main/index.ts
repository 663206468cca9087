// Electron lifecycle and the one window. Everything else lives in services that run without
// Electron, so this file stays thin.
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { app, BrowserWindow, dialog, Menu, session, shell, type WebContents } from 'electron';
import { APP_COMMAND_EVENT } from '../src-shared/ipc/channels';
import { menuTemplate } from './menu';
import ElectronStore from 'electron-store';
import { registerHandlers } from './ipc/handle';
import { createHandlers } from './services/handlers';
import { createServices } from './services/create-services';
import type { OpenConf } from './store/conf-files';
import type { Language } from '../src-shared/model';
import { isAppUrl, secureWindowOptions } from './window';
import type { ExportFolder } from './services/export-folder';
import { printHtmlToPdf } from './pdf';

const openElectronStore: OpenConf = ({ configName, ...options }) =>
  new ElectronStore<Record<string, unknown>>({ ...options, name: configName });

let mainWindow: BrowserWindow | null = null;

function appUrl(): string {
  const devUrl = process.env.ELECTRON_RENDERER_URL;
  return devUrl ?? pathToFileURL(join(import.meta.dirname, '../renderer/index.html')).href;
}

function createWindow(): BrowserWindow {
  const window = new BrowserWindow(secureWindowOptions(join(import.meta.dirname, '../preload/preload.cjs')));
  window.once('ready-to-show', () => window.show());
  void window.loadURL(appUrl());
  return window;
}

function lockDown(contents: WebContents): void {
  contents.on('will-navigate', (event, url) => {
    if (!isAppUrl(url, appUrl())) event.preventDefault();
  });
  contents.on('will-redirect', (event, url) => {
    if (!isAppUrl(url, appUrl())) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
}

/** Exports go where the user picks, in the OS folder dialog. */
function osExportFolder(): ExportFolder {
  return {
    async choose() {
      const options = { properties: ['openDirectory', 'createDirectory'] } satisfies Electron.OpenDialogOptions;
      const result = mainWindow ? await dialog.showOpenDialog(mainWindow, options) : await dialog.showOpenDialog(options);
      return result.canceled ? null : (result.filePaths[0] ?? null);
    },
    reveal: (path) => shell.showItemInFolder(path),
  };
}

// Two instances writing the same data folder would lose changes: focus the first instead.
if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', () => {
    if (mainWindow?.isMinimized()) mainWindow.restore();
    mainWindow?.focus();
  });
  app.on('web-contents-created', (_event, contents) => lockDown(contents));

  void app.whenReady().then(() => {
    // Deny every permission but writing to the clipboard (the editor's copy button).
    const allowed = (permission: string) => permission === 'clipboard-sanitized-write';
    session.defaultSession.setPermissionRequestHandler((_contents, permission, callback) => callback(allowed(permission)));
    session.defaultSession.setPermissionCheckHandler((_contents, permission) => allowed(permission));
    const services = createServices(
      app.getPath('userData'),
      openElectronStore,
      { version: app.getVersion(), runtime: 'electron' },
      {},
      osExportFolder(),
      printHtmlToPdf,
    );
    const setMenu = (language: Language) =>
      Menu.setApplicationMenu(
        Menu.buildFromTemplate(menuTemplate(language, (command) => mainWindow?.webContents.send(APP_COMMAND_EVENT, command))),
      );
    const handlers = createHandlers(services);
    const applyCommand = handlers['plan:apply'];
    // The menu speaks the UI language: rebuilt after any command that changed the settings.
    handlers['plan:apply'] = async (input) => {
      const delta = await applyCommand(input);
      if (delta.settings) setMenu(delta.settings.language);
      return delta;
    };
    registerHandlers(handlers, () => mainWindow?.webContents ?? null, appUrl());
    mainWindow = createWindow();
    setMenu(services.plan.current().plan.settings.language);
    app.on('before-quit', () => services.store.close());
  });

  app.on('window-all-closed', () => app.quit());
}
