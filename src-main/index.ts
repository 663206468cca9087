// Electron lifecycle and the one window. Everything else lives in services that run without
// Electron, so this file stays thin.
import { join } from 'node:path';
import { app, BrowserWindow, dialog, Menu, protocol, session, shell, type WebContents } from 'electron';
import { menuTemplate } from './menu';
import { registerHandlers, sendEvents } from './ipc/handle';
import { createHandlers } from './services/handlers';
import { createServices } from './services/create-services';
import type { Language } from '../src-shared/plan/model';
import { isAppUrl, rendererUrl, secureWindowOptions } from './window';
import { guardQuit } from './quit-guard';
import { describeStartupError } from './store/startup-error';
import { lockDataFolder } from './store/folder-lock';
import { translate } from '../src-shared/i18n/messages';
import type { ExportFolder } from './services/export-folder';
import { printHtmlToPdf } from './pdf';
import { APP_SCHEME, APP_SCHEME_PRIVILEGES, appResponse } from './app-protocol';
import { scheduleMediaGarbage } from './media/media-garbage';

let mainWindow: BrowserWindow | null = null;
/** The plan's language, for the words of the OS dialogs; the menu's setMenu keeps it current. */
let dialogWords: Language = 'sv';
const dialogLanguage = () => dialogWords;

function appUrl(): string {
  return rendererUrl(app.isPackaged, process.env.ELECTRON_RENDERER_URL);
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

/** Exports go where the user picks, in the OS folder dialog; an import's file comes from the OS open dialog. */
function osExportFolder(): ExportFolder {
  return {
    async choose() {
      const options = { properties: ['openDirectory', 'createDirectory'] } satisfies Electron.OpenDialogOptions;
      const result = mainWindow ? await dialog.showOpenDialog(mainWindow, options) : await dialog.showOpenDialog(options);
      return result.canceled ? null : (result.filePaths[0] ?? null);
    },
    reveal: (path) => shell.showItemInFolder(path),
    // The contract let only http(s) through: never a file:, javascript: or custom scheme.
    openLink: (url) => shell.openExternal(url),
    async openFile() {
      const options = {
        properties: ['openFile'],
        filters: [{ name: 'Kanalplan', extensions: ['zip', 'json'] }],
      } satisfies Electron.OpenDialogOptions;
      const result = mainWindow ? await dialog.showOpenDialog(mainWindow, options) : await dialog.showOpenDialog(options);
      return result.canceled ? null : (result.filePaths[0] ?? null);
    },
    async openMediaFiles() {
      const options = {
        properties: ['openFile', 'multiSelections'],
        filters: [{ name: translate(dialogLanguage(), 'media.fileFilter'), extensions: ['jpg', 'jpeg', 'png', 'webp', 'gif', 'mp4', 'mov'] }],
      } satisfies Electron.OpenDialogOptions;
      const result = mainWindow ? await dialog.showOpenDialog(mainWindow, options) : await dialog.showOpenDialog(options);
      return result.canceled ? [] : result.filePaths;
    },
  };
}

// Before the app is ready, as Electron requires: the renderer's own scheme (app-protocol.ts).
protocol.registerSchemesAsPrivileged([APP_SCHEME_PRIVILEGES]);

// Two instances writing the same data folder would lose changes: focus the first instead.
if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', () => {
    if (mainWindow?.isMinimized()) mainWindow.restore();
    mainWindow?.focus();
  });
  app.on('web-contents-created', (_event, contents) => lockDown(contents));

  void app.whenReady().then(start).catch(failToStart);

  app.on('window-all-closed', () => app.quit());
}

function start(): void {
  const rendererDir = join(import.meta.dirname, '../renderer');
  protocol.handle(APP_SCHEME, (request) => appResponse(request.url, rendererDir, app.getPath('userData')));
  // Deny every permission but writing to the clipboard (the editor's copy button).
  const allowed = (permission: string) => permission === 'clipboard-sanitized-write';
  session.defaultSession.setPermissionRequestHandler((_contents, permission, callback) => callback(allowed(permission)));
  session.defaultSession.setPermissionCheckHandler((_contents, permission) => allowed(permission));
  // The single-instance lock covers this app; the folder lock also covers a harness on the same folder.
  const lock = lockDataFolder(app.getPath('userData'));
  app.on('will-quit', () => lock.release());
  const services = createServices(
    app.getPath('userData'),
    { version: app.getVersion(), runtime: 'electron' },
    { lock },
    osExportFolder(),
    printHtmlToPdf,
  );
  const setMenu = (language: Language) => {
    dialogWords = language;
    Menu.setApplicationMenu(
      Menu.buildFromTemplate(menuTemplate(language, (command) => services.events.emit('menu:command', command))),
    );
  };
  // The menu speaks the UI language: rebuilt whenever the settings change (an edit, a restore, an import).
  services.events.on('settings:changed', (settings) => setMenu(settings.language));
  const contents = () => mainWindow?.webContents ?? null;
  registerHandlers(createHandlers(services), contents, appUrl());
  sendEvents(services.events, contents);
  scheduleMediaGarbage(
    app.getPath('userData'),
    () => services.plan.current().plan,
    services.clock,
    () => lock.state() === 'held' && services.store.saveState().status === 'saved',
  );
  mainWindow = createWindow();
  setMenu(services.plan.current().plan.settings.language);
  guardQuit(services, () => mainWindow);
}

/** A data folder that cannot be used is a plain message, then an exit that frees the lock. */
function failToStart(error: unknown): void {
  const language: Language = app.getLocale().startsWith('sv') ? 'sv' : 'en';
  dialog.showErrorBox(translate(language, 'startup.title'), describeStartupError(error, language));
  app.releaseSingleInstanceLock();
  app.exit(1);
}
