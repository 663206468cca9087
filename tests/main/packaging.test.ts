// Packs the app with electron-builder against a dummy Electron folder (the real binary cannot be
// downloaded here) and checks what app.asar would ship.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { listPackage } from '@electron/asar';
import { describe, expect, it } from 'vitest';

describe('electron-builder packaging', () => {
  it('puts the build output and only runtime dependencies in app.asar', () => {
    expect(existsSync('out/main/index.js'), 'run "npm run build" first').toBe(true);
    const work = mkdtempSync(join(tmpdir(), 'kanalplan-pack-'));
    const electronDist = join(work, 'electron-dist');
    spawnSync('mkdir', ['-p', electronDist]);
    writeFileSync(join(electronDist, 'electron'), ''); // a stand-in the packer renames to the app
    const result = spawnSync(
      process.execPath,
      [
        'node_modules/electron-builder/cli.js',
        '--linux',
        'dir',
        `-c.electronDist=${electronDist}`,
        `-c.directories.output=${join(work, 'dist')}`,
      ],
      { encoding: 'utf8', env: { ...process.env, CI: 'true' } },
    );
    const asar = join(work, 'dist', 'linux-unpacked', 'resources', 'app.asar');
    expect(existsSync(asar), result.stdout + result.stderr).toBe(true);

    const files = listPackage(asar, { isPack: false }).map((file) => file.replaceAll('\\', '/'));
    for (const built of ['/out/main/index.js', '/out/preload/preload.cjs', '/out/renderer/index.html', '/package.json']) {
      expect(files).toContain(built);
    }
    const own = files.filter((file) => !file.startsWith('/node_modules'));
    expect(own.filter((file) => /^\/(src-|tests|scripts|out\/harness|out\/test-fixtures|resources)/.test(file))).toEqual([]);

    const packages = new Set(
      files
        .filter((f) => f.startsWith('/node_modules/'))
        .map((f) =>
          f
            .split('/')
            .slice(2, f.split('/')[2]?.startsWith('@') ? 4 : 3)
            .join('/'),
        ),
    );
    const manifest = readManifest('.');
    const runtime = runtimeClosure(Object.keys(manifest.dependencies ?? {}));
    const devOnly = Object.keys(manifest.devDependencies ?? {}).filter((name) => packages.has(name) && !runtime.has(name));
    expect(devOnly).toEqual([]);
    for (const dependency of Object.keys(manifest.dependencies ?? {})) expect(packages, dependency).toContain(dependency);
  }, 120_000);
});

interface Manifest {
  dependencies?: Record<string, string>;
  devDependencies?: Record<string, string>;
}

function readManifest(dir: string): Manifest {
  return JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as Manifest;
}

/** Every package the runtime dependencies pull in (filenamify's own, say). */
function runtimeClosure(roots: string[]): Set<string> {
  const seen = new Set<string>();
  const queue = [...roots];
  while (queue.length > 0) {
    const name = queue.pop() as string;
    if (seen.has(name) || !existsSync(join('node_modules', name))) continue;
    seen.add(name);
    queue.push(...Object.keys(readManifest(join('node_modules', name)).dependencies ?? {}));
  }
  return seen;
}
