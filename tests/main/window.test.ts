import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { isAppUrl, rendererUrl, secureWindowOptions } from '../../src-main/window';

describe('the window', () => {
  it('is created with every security setting of the Electron checklist', () => {
    const options = secureWindowOptions('/app/out/preload/preload.cjs');
    expect(options.webPreferences).toMatchObject({
      preload: '/app/out/preload/preload.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
    });
  });

  it.each([
    ['file:///app/out/renderer/index.html', 'file:///app/out/renderer/index.html', true],
    ['file:///etc/passwd', 'file:///app/out/renderer/index.html', false],
    // The same path on another host is a network share, not this app's file.
    ['file://evil.example/app/out/renderer/index.html', 'file:///app/out/renderer/index.html', false],
    ['https://evil.example/', 'file:///app/out/renderer/index.html', false],
    ['http://localhost:5173/#x', 'http://localhost:5173/', true],
    ['http://localhost:5174/', 'http://localhost:5173/', false],
    ['app://kanalplan/index.html#kanban', 'app://kanalplan/index.html', true],
    ['app://kanalplan/assets/index.js', 'app://kanalplan/index.html', true],
    // Node's URL gives every custom-scheme URL the origin "null": scheme and host must decide.
    ['app://evil.example/index.html', 'app://kanalplan/index.html', false],
    ['other://kanalplan/index.html', 'app://kanalplan/index.html', false],
    ['javascript:alert(1)', 'app://kanalplan/index.html', false],
    ['data:text/html,<p>x</p>', 'app://kanalplan/index.html', false],
    ['not a url', 'http://localhost:5173/', false],
  ])('navigation to %s from %s allowed: %s', (url, app, allowed) => {
    expect(isAppUrl(url, app)).toBe(allowed);
  });
});

describe('the built index.html', () => {
  const path = 'out/renderer/index.html';

  it('carries a strict Content-Security-Policy', () => {
    expect(existsSync(path), 'run "npm run build" first').toBe(true);
    const html = readFileSync(path, 'utf8');
    const csp = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(html)?.[1];
    expect(csp).toBeDefined();
    const directives = new Map(
      csp!.split(';').map((part) => {
        const [name, ...values] = part.trim().split(/\s+/);
        return [name, values] as const;
      }),
    );
    expect(directives.get('default-src')).toEqual(["'none'"]);
    expect(directives.get('script-src')).toEqual(["'self'"]);
    expect(directives.get('object-src')).toEqual(["'none'"]);
    expect(directives.get('base-uri')).toEqual(["'none'"]);
    expect(csp).not.toMatch(/unsafe-eval|unsafe-inline|https?:|\*/);
    // Every script the page loads is its own file: nothing inline for the CSP to allow.
    expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);
  });

  it('loads a dev server only in development, never in a packaged app', () => {
    expect(rendererUrl(false, 'http://localhost:5173')).toBe('http://localhost:5173');
    expect(rendererUrl(true, 'http://evil.example')).toBe('app://kanalplan/index.html');
    expect(rendererUrl(false, undefined)).toBe('app://kanalplan/index.html');
  });

  it('is packaged with the fuses that close Node’s back doors', () => {
    const config = readFileSync('electron-builder.yml', 'utf8');
    for (const fuse of [
      'runAsNode: false',
      'enableNodeOptionsEnvironmentVariable: false',
      'enableNodeCliInspectArguments: false',
      'enableEmbeddedAsarIntegrityValidation: true',
      'onlyLoadAppFromAsar: true',
      'enableCookieEncryption: true',
      'grantFileProtocolExtraPrivileges: false',
    ]) {
      expect(config, fuse).toMatch(new RegExp(`^electronFuses:[\\s\\S]*^  ${fuse}$`, 'm'));
    }
  });
});
