// The window's options, apart from Electron so a unit test can check every security setting.
import type { BrowserWindowConstructorOptions } from 'electron';
import { APP_INDEX_URL } from './app-protocol';

export function secureWindowOptions(preloadPath: string): BrowserWindowConstructorOptions {
  return {
    width: 1280,
    height: 800,
    minWidth: 960,
    minHeight: 600,
    title: 'Kanalplan',
    show: false,
    backgroundColor: '#f7f7f8',
    webPreferences: {
      preload: preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      experimentalFeatures: false,
      spellcheck: true,
    },
  };
}

/**
 * Only the app's own page may load: anything else is refused (Electron security checklist).
 * Scheme and host are compared rather than `origin`, which is "null" for every file: and app:
 * URL alike; a file: page is one file, on this machine (file://server/… is a network share).
 */
export function isAppUrl(url: string, appUrl: string): boolean {
  try {
    const target = new URL(url);
    const app = new URL(appUrl);
    if (target.protocol !== app.protocol || target.host !== app.host) return false;
    return app.protocol !== 'file:' || target.pathname === app.pathname;
  } catch {
    return false;
  }
}

/**
 * The page the window loads. electron-vite's dev server URL is honoured only in development: in
 * a packaged app an environment variable must not point the window at another page.
 */
export function rendererUrl(packaged: boolean, devUrl: string | undefined): string {
  return !packaged && devUrl ? devUrl : APP_INDEX_URL;
}
