// The renderer is served from app://kanalplan/, not from file:// (issue 16, item 9). With the
// GrantFileProtocolExtraPrivileges fuse off, a file:// page can neither load its module scripts
// nor read inside app.asar; Electron's advice is a custom protocol, and a page with an origin of
// its own is what the CSP's 'self' and the navigation check hold to. No Electron here: index.ts
// registers the scheme and hands each request to `appResponse`, which a test runs under Node.
import { readFile } from 'node:fs/promises';
import { extname, resolve, sep } from 'node:path';
import { MEDIA_PATH_PREFIX, mediaAnswer } from './media/media-serve';

export const APP_SCHEME = 'app';
const APP_HOST = 'kanalplan';
export const APP_INDEX_URL = `${APP_SCHEME}://${APP_HOST}/index.html`;

/**
 * Registered before the app is ready: standard and secure, so the page is an origin as on https.
 * `codeCache` keeps V8's compiled bundle between starts (as VS Code's vscode-file:// does): in
 * Chromium the renderer's 1.5 MB took ~210 ms to compile and run cold against ~50 ms cached.
 */
export const APP_SCHEME_PRIVILEGES = {
  scheme: APP_SCHEME,
  privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true },
};

const MIME_TYPES: ReadonlyMap<string, string> = new Map([
  ['.html', 'text/html; charset=utf-8'],
  ['.js', 'text/javascript; charset=utf-8'],
  ['.css', 'text/css; charset=utf-8'],
  ['.svg', 'image/svg+xml'],
  ['.png', 'image/png'],
  ['.ico', 'image/x-icon'],
  ['.json', 'application/json'],
  ['.woff2', 'font/woff2'],
]);

/** The Content-Type of a built file, by its extension. */
export function mimeTypeOf(path: string): string {
  return MIME_TYPES.get(extname(path)) ?? 'application/octet-stream';
}

/** The built file an app:// address names, or null: another host, a bad escape, or a path out of `rendererDir`. */
export function appFileFor(url: string, rendererDir: string): string | null {
  let pathname: string;
  try {
    const parsed = new URL(url);
    if (parsed.protocol !== `${APP_SCHEME}:` || parsed.host !== APP_HOST) return null;
    pathname = decodeURIComponent(parsed.pathname);
  } catch {
    return null;
  }
  const root = resolve(rendererDir);
  const file = resolve(root, `.${pathname === '/' ? '/index.html' : pathname}`);
  return file.startsWith(root + sep) && !pathname.includes('\0') ? file : null;
}

/**
 * The answer to one app:// request: the file with its type, or a 404 for anything else. Below
 * `media/`, only the data folder's media files by their stored names (media-serve.ts).
 */
export async function appResponse(url: string, rendererDir: string, dataDir?: string): Promise<Response> {
  const notFound = () => new Response(null, { status: 404 });
  const media = dataDir === undefined ? null : mediaNameOf(url);
  if (media !== null && dataDir !== undefined) {
    const answer = await mediaAnswer(dataDir, media);
    if (answer.status !== 200) return notFound();
    return new Response(new Uint8Array(answer.body), { headers: { 'Content-Type': answer.type, 'X-Content-Type-Options': 'nosniff' } });
  }
  const file = appFileFor(url, rendererDir);
  if (file === null) return notFound();
  try {
    const bytes = await readFile(file);
    return new Response(new Uint8Array(bytes), {
      headers: { 'Content-Type': mimeTypeOf(file), 'X-Content-Type-Options': 'nosniff' },
    });
  } catch {
    return notFound();
  }
}

/** The media file an app:// address names (`app://kanalplan/media/<name>`), or null. */
function mediaNameOf(url: string): string | null {
  try {
    const parsed = new URL(url);
    if (parsed.protocol !== `${APP_SCHEME}:` || parsed.host !== APP_HOST) return null;
    return parsed.pathname.startsWith(MEDIA_PATH_PREFIX) ? parsed.pathname.slice(MEDIA_PATH_PREFIX.length) : null;
  } catch {
    return null;
  }
}
