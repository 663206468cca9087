// The renderer's own scheme (issue 16, item 9): app://kanalplan/ answers with the built renderer's
// files and nothing else, so the packaged app needs no file:// privileges (the fuse is off).
import { readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { appFileFor, appResponse, APP_INDEX_URL, APP_SCHEME_PRIVILEGES, mimeTypeOf } from '../../src-main/app-protocol';

const ROOT = resolve('out/renderer');

describe('app:// addresses', () => {
  it.each([
    ['app://kanalplan/', join(ROOT, 'index.html')],
    ['app://kanalplan/index.html#kanban', join(ROOT, 'index.html')],
    ['app://kanalplan/assets/index.js?v=1', join(ROOT, 'assets/index.js')],
    // The URL parser takes out dot segments before the path is read: this stays inside.
    ['app://kanalplan/../../etc/passwd', join(ROOT, 'etc/passwd')],
  ])('%s is the file %s', (url, file) => expect(appFileFor(url, ROOT)).toBe(file));

  it.each([
    'app://kanalplan/..%2F..%2Fetc%2Fpasswd',
    'app://evil.example/index.html',
    'file:///etc/passwd',
    'app://kanalplan/%E0',
    'app://kanalplan/index.html%00.png',
  ])('%s is no file of the app', (url) => expect(appFileFor(url, ROOT)).toBeNull());
});

describe('app:// privileges', () => {
  // Electron keeps V8's code cache for a custom scheme only when it is standard too.
  it('is a standard, secure scheme whose compiled scripts are cached between starts', () => {
    expect(APP_SCHEME_PRIVILEGES.privileges).toMatchObject({ standard: true, secure: true, codeCache: true });
  });
});

describe('app:// answers', () => {
  it('serves the built page and its script with their types and nosniff', async () => {
    const page = await appResponse(APP_INDEX_URL, ROOT);
    expect(page.status).toBe(200);
    expect(page.headers.get('Content-Type')).toBe('text/html; charset=utf-8');
    expect(page.headers.get('X-Content-Type-Options')).toBe('nosniff');
    expect(await page.text()).toContain('Content-Security-Policy');
    const script = readdirSync(join(ROOT, 'assets')).find((name) => name.endsWith('.js'))!;
    const answer = await appResponse(`app://kanalplan/assets/${script}`, ROOT);
    expect(answer.headers.get('Content-Type')).toBe('text/javascript; charset=utf-8');
    expect((await answer.arrayBuffer()).byteLength).toBeGreaterThan(1000);
  });

  it.each(['app://kanalplan/nothing.js', 'app://kanalplan/..%2Fmain%2Findex.js', 'app://other/index.html', 'app://kanalplan/assets'])(
    '%s is a 404',
    async (url) => expect((await appResponse(url, ROOT)).status).toBe(404),
  );

  it('types files by extension, unknown ones as bytes', () => {
    expect(mimeTypeOf('a/b.css')).toBe('text/css; charset=utf-8');
    expect(mimeTypeOf('a/b.constructor')).toBe('application/octet-stream');
  });
});
