// The window's options, apart from Electron so a unit test can check every security setting.
import { pathToFileURL } from 'node:url';
import type { BrowserWindowConstructorOptions } from 'electron';

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

/** Only the app's own page may load: anything else is refused (Electron security checklist). */
export function isAppUrl(url: string, appUrl: string): boolean {
  try {
    const target = new URL(url);
    const app = new URL(appUrl);
    if (app.protocol === 'file:') return target.protocol === 'file:' && target.pathname === app.pathname;
    return target.origin === app.origin;
  } catch {
    return false;
  }
}

/**
 * The page the window loads. electron-vite's dev server URL is honoured only in development: in
 * a packaged app an environment variable must not point the window at another page.
 */
export function rendererUrl(packaged: boolean, devUrl: string | undefined, builtIndex: string): string {
  return !packaged && devUrl ? devUrl : pathToFileURL(builtIndex).href;
}
