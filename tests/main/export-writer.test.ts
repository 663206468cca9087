// The export writer against real files in a temp folder, with faults injected through its fs:
// a full disk, a refused permission, a short write, and a "folder" that is really a file.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import * as nodeFs from 'node:fs';
import type { FileHandle } from 'node:fs/promises';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ExportPackage } from '../../src-shared/export';
import { exportErrorMessage } from '../../src-main/services/export-service';
import { say } from '../../src-shared/i18n/messages';
import { ExportWriteError, writeExportPackage, type ExportFs } from '../../src-main/services/export-writer';
import { turnsDuring } from '../support/event-loop';

const bytes = (text: string) => new TextEncoder().encode(text);
const PKG: ExportPackage = {
  folderName: 'Kanalplan-2026-v48',
  files: [
    { path: 'LÄS-MIG.txt', bytes: bytes('läs mig\r\n') },
    { path: 'hemsida/2026-11-23_0900_oppet-hus.md', bytes: bytes('# Öppet hus') },
    { path: 'x/2026-11-23_1200_oppet-hus.txt', bytes: bytes('Kom!') },
  ],
};

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'kanalplan-export-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** Every file under `root`, as relative paths with their text. */
function tree(root: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const entry of readdirSync(root, { recursive: true, withFileTypes: true })) {
    if (entry.isFile())
      out[join(entry.parentPath, entry.name).slice(root.length + 1)] = readFileSync(join(entry.parentPath, entry.name), 'utf8');
  }
  return out;
}

/** A real fs whose files are opened through `wrap`, which may change what a file's handle does. */
function withFiles(wrap: (file: FileHandle, path: string) => Partial<FileHandle>): ExportFs {
  return {
    ...nodeFs,
    promises: {
      ...nodeFs.promises,
      open: async (...args: Parameters<typeof nodeFs.promises.open>) => {
        const file = await nodeFs.promises.open(...args);
        const changed = wrap(file, String(args[0]));
        return new Proxy(file, {
          get: (target, key) => {
            const value = key in changed ? changed[key as keyof FileHandle] : Reflect.get(target, key, target);
            return typeof value === 'function' ? value.bind(target) : value;
          },
        });
      },
    },
  };
}

/** A real fs whose n-th write fails with `code`, or (code 'short') writes nothing from then on. */
function faultyFs(failAtWrite: number, code: string): ExportFs {
  let writes = 0;
  return withFiles((file) => ({
    write: (async (buffer: Uint8Array, offset?: number, length?: number) => {
      writes += 1;
      if (writes < failAtWrite) return file.write(buffer, offset, length);
      if (code === 'short') return { bytesWritten: 0, buffer };
      throw Object.assign(new Error(`${code}: simulated`), { code });
    }) as FileHandle['write'],
  }));
}

/** A package "old.txt" (and a ZIP) as an earlier export left it. */
async function writeOldPackage(zip: Uint8Array | null): Promise<void> {
  await writeExportPackage({ dir, pkg: { ...PKG, files: [{ path: 'old.txt', bytes: bytes('old') }] }, zip, overwrite: false });
}

function expectOldPackage(): void {
  expect(readdirSync(dir).sort()).toEqual([PKG.folderName, `${PKG.folderName}.zip`]);
  expect(tree(join(dir, PKG.folderName))).toEqual({ 'old.txt': 'old' });
  expect(readFileSync(join(dir, `${PKG.folderName}.zip`), 'utf8')).toBe('old zip');
}

/** A real fs whose rename fails with EACCES where `refused` says. */
function renameRefused(refused: (from: string, to: string) => boolean): ExportFs {
  return {
    ...nodeFs,
    renameSync: (from, to) => {
      if (refused(String(from), String(to))) throw Object.assign(new Error('EACCES: simulated'), { code: 'EACCES' });
      nodeFs.renameSync(from, to);
    },
  };
}

describe('writeExportPackage', () => {
  it('writes every file, and the ZIP beside the folder, leaving no staging folder', async () => {
    const result = await writeExportPackage({ dir, pkg: PKG, zip: bytes('PK'), overwrite: false });
    expect(result).toEqual({ status: 'written', folder: join(dir, PKG.folderName), zip: join(dir, `${PKG.folderName}.zip`) });
    expect(tree(join(dir, PKG.folderName))).toEqual({
      'LÄS-MIG.txt': 'läs mig\r\n',
      'hemsida/2026-11-23_0900_oppet-hus.md': '# Öppet hus',
      'x/2026-11-23_1200_oppet-hus.txt': 'Kom!',
    });
    expect(readdirSync(dir).sort()).toEqual([PKG.folderName, `${PKG.folderName}.zip`]);
    // Made to be shared, unlike the data files (0600): readable by others, as umask allows.
    const expected = 0o644 & ~process.umask();
    expect(statSync(join(dir, PKG.folderName, 'LÄS-MIG.txt')).mode & 0o777).toBe(expected);
    expect(statSync(join(dir, `${PKG.folderName}.zip`)).mode & 0o777).toBe(expected);
  });

  it('creates the export folder when it does not exist yet (the harness default)', async () => {
    const missing = join(dir, 'export', 'deeper');
    expect((await writeExportPackage({ dir: missing, pkg: PKG, zip: null, overwrite: false })).status).toBe('written');
    expect(readdirSync(missing)).toEqual([PKG.folderName]);
  });

  it('does not touch an existing package unless asked, and then replaces it whole', async () => {
    await writeExportPackage({
      dir,
      pkg: { ...PKG, files: [{ path: 'old.txt', bytes: bytes('old') }] },
      zip: null,
      overwrite: false,
    });
    expect(await writeExportPackage({ dir, pkg: PKG, zip: null, overwrite: false })).toEqual({
      status: 'exists',
      folder: join(dir, PKG.folderName),
    });
    expect(tree(join(dir, PKG.folderName))).toEqual({ 'old.txt': 'old' });

    await writeExportPackage({ dir, pkg: PKG, zip: null, overwrite: true });
    expect(Object.keys(tree(join(dir, PKG.folderName))).sort()).toEqual(PKG.files.map((file) => file.path).sort());
    expect(readdirSync(dir)).toEqual([PKG.folderName]);
  });

  it('counts an existing ZIP of the same name as an existing package', async () => {
    writeFileSync(join(dir, `${PKG.folderName}.zip`), 'old zip');
    expect((await writeExportPackage({ dir, pkg: PKG, zip: bytes('PK'), overwrite: false })).status).toBe('exists');
    expect(readFileSync(join(dir, `${PKG.folderName}.zip`), 'utf8')).toBe('old zip');
  });

  it.each([
    ['ENOSPC', 'disk-full', /disken är full/],
    ['EACCES', 'no-permission', /behörighet/],
    ['short', 'short-write', /inte hel/],
  ])('a write failing half-way (%s) leaves no partial package and a plain message', async (code, problem, message) => {
    let caught: unknown;
    try {
      await writeExportPackage({ dir, pkg: PKG, zip: null, overwrite: false }, faultyFs(2, code));
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(ExportWriteError);
    expect((caught as ExportWriteError).problem).toBe(problem);
    expect(say('sv', exportErrorMessage(caught))).toMatch(message);
    expect(readdirSync(dir)).toEqual([]);
  });

  it('keeps the old package when the replacement fails', async () => {
    await writeExportPackage({
      dir,
      pkg: { ...PKG, files: [{ path: 'old.txt', bytes: bytes('old') }] },
      zip: null,
      overwrite: false,
    });
    await expect(writeExportPackage({ dir, pkg: PKG, zip: bytes('PK'), overwrite: true }, faultyFs(4, 'ENOSPC'))).rejects.toThrow(
      ExportWriteError,
    );
    expect(readdirSync(dir)).toEqual([PKG.folderName]);
    expect(tree(join(dir, PKG.folderName))).toEqual({ 'old.txt': 'old' });
  });

  it('puts the old package back when the swap itself fails half-way', async () => {
    await writeOldPackage(bytes('old zip'));
    // Only the final move of the new ZIP: the folder has already been swapped by then.
    const failingZipRename = renameRefused((from, to) => to === join(dir, `${PKG.folderName}.zip`) && !from.includes('old-'));
    await expect(writeExportPackage({ dir, pkg: PKG, zip: bytes('new zip'), overwrite: true }, failingZipRename)).rejects.toThrow(
      ExportWriteError,
    );
    expectOldPackage();
  });

  it('replaces the folder and its ZIP together: a package written again without a ZIP takes the old ZIP away', async () => {
    await writeOldPackage(bytes('old zip'));
    expect(await writeExportPackage({ dir, pkg: PKG, zip: null, overwrite: true })).toEqual({
      status: 'written',
      folder: join(dir, PKG.folderName),
      zip: null,
    });
    expect(readdirSync(dir)).toEqual([PKG.folderName]);
    expect(Object.keys(tree(join(dir, PKG.folderName))).sort()).toEqual(PKG.files.map((file) => file.path).sort());
  });

  it('counts an old ZIP alone as the package when no ZIP is asked for, and takes it away only when asked', async () => {
    writeFileSync(join(dir, `${PKG.folderName}.zip`), 'old zip');
    expect((await writeExportPackage({ dir, pkg: PKG, zip: null, overwrite: false })).status).toBe('exists');
    expect(readdirSync(dir)).toEqual([`${PKG.folderName}.zip`]);
    expect((await writeExportPackage({ dir, pkg: PKG, zip: null, overwrite: true })).status).toBe('written');
    expect(readdirSync(dir)).toEqual([PKG.folderName]);
  });

  it('keeps the old folder and ZIP when the old ZIP cannot be taken away', async () => {
    await writeOldPackage(bytes('old zip'));
    const zipStuck = renameRefused((from) => from === join(dir, `${PKG.folderName}.zip`));
    await expect(writeExportPackage({ dir, pkg: PKG, zip: null, overwrite: true }, zipStuck)).rejects.toThrow(ExportWriteError);
    expectOldPackage();
  });

  it('explains a chosen "folder" that is really a file (tests run as root, where chmod stops nothing)', async () => {
    const file = join(dir, 'not-a-folder');
    writeFileSync(file, 'x');
    let caught: unknown;
    try {
      await writeExportPackage({ dir: file, pkg: PKG, zip: null, overwrite: false });
    } catch (error) {
      caught = error;
    }
    expect((caught as ExportWriteError).problem).toBe('not-a-folder');
    expect(say('sv', exportErrorMessage(caught))).toBe(
      'Exporten kunde inte sparas: platsen är ingen mapp som går att skriva i. Välj en annan mapp.',
    );
    expect(readdirSync(dir)).toEqual(['not-a-folder']);
  });

  it('refuses a path that would leave the folder, even if the package builder let one through', async () => {
    const evil: ExportPackage = { folderName: 'Kanalplan-x', files: [{ path: '../../evil.txt', bytes: bytes('x') }] };
    let caught: unknown;
    try {
      await writeExportPackage({ dir, pkg: evil, zip: null, overwrite: false });
    } catch (error) {
      caught = error;
    }
    expect((caught as ExportWriteError).problem).toBe('unsafe-path');
    expect(say('sv', exportErrorMessage(caught))).toMatch(/sökvägen \.\.\/\.\.\/evil\.txt hamnar inte säkert i paketets mapp/);
    expect(readdirSync(dir)).toEqual([]);
  });

  it('lets main go on while a package of many files is written, several files at a time', async () => {
    const many: ExportPackage = {
      folderName: 'Kanalplan-2026',
      files: Array.from({ length: 60 }, (_, i) => ({ path: `x/${String(i).padStart(3, '0')}.txt`, bytes: bytes(`inlägg ${i}`) })),
    };
    let [open, mostOpen] = [0, 0];
    const counting = withFiles((file) => {
      open += 1;
      mostOpen = Math.max(mostOpen, open);
      return {
        close: async () => {
          open -= 1;
          await file.close();
        },
      };
    });
    // Main's event loop turning while the write is under way: a writer in main's thread alone stops it.
    const { turns } = await turnsDuring(() => writeExportPackage({ dir, pkg: many, zip: null, overwrite: false }, counting));
    expect(turns).toBeGreaterThan(10);
    expect(mostOpen).toBeGreaterThan(1);
    expect(mostOpen).toBeLessThanOrEqual(4);
    expect(open).toBe(0);
    expect(Object.keys(tree(join(dir, many.folderName))).sort()).toEqual(many.files.map((file) => file.path));
  });

  it('tells how many files are written: none before the first, each one once it is on disk, the ZIP among them', async () => {
    const heard: Array<[number, number, number]> = [];
    const onWritten = (done: number, total: number) => heard.push([done, total, onDisk()]);
    const onDisk = () => readdirSync(dir, { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile()).length;
    await writeExportPackage({ dir, pkg: PKG, zip: bytes('PK'), overwrite: false, onWritten });
    expect(heard.map(([done, total]) => [done, total])).toEqual([0, 1, 2, 3, 4].map((done) => [done, 4]));
    // Each count is told once that many files are in the staging folder, never before.
    for (const [done, , files] of heard) expect(files).toBeGreaterThanOrEqual(done);
  });

  it('counts up from none after a failed file only for the writes already under way, never to the whole', async () => {
    const many: ExportPackage = {
      folderName: 'Kanalplan-2026',
      files: Array.from({ length: 20 }, (_, i) => ({ path: `x/${i}.txt`, bytes: bytes(`inlägg ${i}`) })),
    };
    const counts: number[] = [];
    await expect(
      writeExportPackage(
        { dir, pkg: many, zip: null, overwrite: false, onWritten: (done) => counts.push(done) },
        faultyFs(6, 'ENOSPC'),
      ),
    ).rejects.toMatchObject({ problem: 'disk-full' });
    expect(counts[0]).toBe(0);
    expect(counts).toEqual([...counts].sort((a, b) => a - b));
    expect(Math.max(...counts)).toBeLessThan(20);
  });

  it('syncs every file, then each folder once after its files, then the chosen folder once the package is in place', async () => {
    const nested: ExportPackage = {
      folderName: 'Kanalplan-2026-v48',
      files: [
        { path: 'LÄS-MIG.txt', bytes: bytes('läs mig') },
        { path: 'x/a.txt', bytes: bytes('a') },
        { path: 'x/djup/b.txt', bytes: bytes('b') },
      ],
    };
    const synced: string[] = [];
    const named = (path: string) => path.replace(/\.Kanalplan-2026-v48\.tmp-[^/]*/, '<stage>').replace(dir, '<dir>');
    const folders = new Map<number, string>();
    const watching: ExportFs = {
      ...withFiles((file, path) => ({
        sync: async () => {
          await file.sync();
          synced.push(named(path));
        },
      })),
      openSync: ((path: string, flags: string) => {
        const fd = nodeFs.openSync(path, flags);
        if (flags === 'r') folders.set(fd, path);
        return fd;
      }) as typeof nodeFs.openSync,
      fsyncSync: (fd: number) => {
        const folder = folders.get(fd);
        if (folder !== undefined) synced.push(`${named(folder)}/`);
        nodeFs.fsyncSync(fd);
      },
    };
    await writeExportPackage({ dir, pkg: nested, zip: bytes('PK'), overwrite: false }, watching);
    const stage = '<dir>/<stage>';
    expect(synced.slice(0, 4).sort()).toEqual([
      `${stage}/Kanalplan-2026-v48.zip`,
      `${stage}/Kanalplan-2026-v48/LÄS-MIG.txt`,
      `${stage}/Kanalplan-2026-v48/x/a.txt`,
      `${stage}/Kanalplan-2026-v48/x/djup/b.txt`,
    ]);
    expect(synced.slice(4)).toEqual([
      `${stage}/Kanalplan-2026-v48/x/djup/`,
      `${stage}/Kanalplan-2026-v48/x/`,
      `${stage}/Kanalplan-2026-v48/`,
      `${stage}/`,
      '<dir>/',
    ]);
  });

  it('refuses a file that does not read back as written, and leaves nothing', async () => {
    const truncating: ExportFs = {
      ...nodeFs,
      promises: {
        ...nodeFs.promises,
        readFile: (async (path: string) =>
          (await nodeFs.promises.readFile(path)).subarray(0, 2)) as typeof nodeFs.promises.readFile,
      },
    };
    await expect(writeExportPackage({ dir, pkg: PKG, zip: null, overwrite: false }, truncating)).rejects.toMatchObject({
      problem: 'short-write',
    });
    expect(readdirSync(dir)).toEqual([]);
  });

  it('removes nothing while a write is still under way, even after another has failed', async () => {
    let release: () => void = () => undefined;
    const held = new Promise<void>((resolve) => (release = resolve));
    let [opened, open] = [0, 0];
    let removedWhileOpen = false;
    const diskFull = () => Promise.reject(Object.assign(new Error('ENOSPC: simulated'), { code: 'ENOSPC' }));
    const slowAndFull = withFiles((file) => {
      opened += 1;
      open += 1;
      const close = async () => {
        open -= 1;
        await file.close();
      };
      if (opened === 1) {
        const write = async (buffer: Uint8Array, offset?: number, length?: number) => {
          await held;
          return file.write(buffer, offset, length);
        };
        return { write: write as FileHandle['write'], close };
      }
      return opened === 2 ? { write: diskFull, close } : { close };
    });
    const watching: ExportFs = {
      ...slowAndFull,
      rmSync: (path, options) => {
        if (open > 0) removedWhileOpen = true;
        nodeFs.rmSync(path, options);
      },
    };
    let settled = false;
    const written = writeExportPackage({ dir, pkg: PKG, zip: null, overwrite: false }, watching).finally(() => (settled = true));
    await vi.waitFor(() => expect(opened).toBe(3));
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(settled).toBe(false);
    release();
    await expect(written).rejects.toMatchObject({ problem: 'disk-full' });
    expect(removedWhileOpen).toBe(false);
    expect(open).toBe(0);
    expect(readdirSync(dir)).toEqual([]);
  });

  it('stops at a failure among files written at once, and leaves nothing once the others are done', async () => {
    const many: ExportPackage = {
      folderName: 'Kanalplan-2026',
      files: Array.from({ length: 40 }, (_, i) => ({ path: `x/${i}.txt`, bytes: bytes(`inlägg ${i}`) })),
    };
    let opened = 0;
    const diskFull = () => Promise.reject(Object.assign(new Error('ENOSPC: simulated'), { code: 'ENOSPC' }));
    const fullAtTheFifth = withFiles(() => {
      opened += 1;
      return opened === 5 ? { write: diskFull } : {};
    });
    await expect(writeExportPackage({ dir, pkg: many, zip: null, overwrite: false }, fullAtTheFifth)).rejects.toMatchObject({
      problem: 'disk-full',
    });
    // The writes under way finish, no new one starts: well short of all forty.
    expect(opened).toBeLessThan(20);
    expect(readdirSync(dir)).toEqual([]);
  });

  it('clears the staging folders a killed export left, and only those', async () => {
    // A process that has ended: its number names no running process now.
    const ended = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' });
    const dead = Number(ended.stdout);
    const here = createHash('sha256').update(hostname()).digest('hex').slice(0, 8);
    const elsewhere = here === '00000000' ? '11111111' : '00000000';
    const abandoned = [`.Kanalplan-2026-v47.tmp-${here}-${dead}-1`, `.Kanalplan-2026-01-01--2026-12-31.tmp-${here}-${dead}-3`];
    // Another machine's stage in a shared folder: its process cannot be asked, so it stays until old.
    const [otherMachine, otherMachineOld] = [
      `.Kanalplan-2026-v45.tmp-${elsewhere}-${dead}-1`,
      `.Kanalplan-2026-v44.tmp-${elsewhere}-${dead}-1`,
    ];
    // A running process's stage (an export under way in another window), and the user's own folders.
    const running = `.Kanalplan-2026-v48.tmp-${here}-${process.ppid}-2`;
    const theirs = [`.anteckningar.tmp-${here}-${dead}-1`, `Kanalplan-2026-v46.tmp-${here}-${dead}-1`];
    for (const name of [...abandoned, otherMachine, otherMachineOld, running, ...theirs])
      nodeFs.mkdirSync(join(dir, name, 'x'), { recursive: true });
    const twoHoursAgo = new Date(Date.now() - 2 * 60 * 60 * 1000);
    nodeFs.utimesSync(join(dir, otherMachineOld), twoHoursAgo, twoHoursAgo);
    await writeExportPackage({ dir, pkg: PKG, zip: null, overwrite: false });
    expect(readdirSync(dir).sort()).toEqual([otherMachine, running, ...theirs, PKG.folderName].sort());
  });

  it('writes the package in a folder it may write in but not list', async () => {
    const unlistable: ExportFs = {
      ...nodeFs,
      readdirSync: () => {
        throw Object.assign(new Error('EACCES: simulated'), { code: 'EACCES' });
      },
    };
    expect((await writeExportPackage({ dir, pkg: PKG, zip: null, overwrite: false }, unlistable)).status).toBe('written');
    expect(Object.keys(tree(join(dir, PKG.folderName))).sort()).toEqual(PKG.files.map((file) => file.path).sort());
  });

  it('refuses, on Windows, a package whose paths would pass 260 characters', async () => {
    const deep = join(dir, 'a'.repeat(200));
    nodeFs.mkdirSync(deep);
    await expect(writeExportPackage({ dir: deep, pkg: PKG, zip: null, overwrite: false }, nodeFs, 'win32')).rejects.toThrow(
      ExportWriteError,
    );
    expect(readdirSync(deep)).toEqual([]);
  });
});
