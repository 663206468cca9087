// The export writer against real files in a temp folder, with faults injected through its fs:
// a full disk, a refused permission, a short write, and a "folder" that is really a file.
import * as nodeFs from 'node:fs';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ExportPackage } from '../../src-shared/export';
import { exportErrorMessage } from '../../src-main/services/export-service';
import { say } from '../../src-shared/i18n/messages';
import { ExportWriteError, writeExportPackage, type ExportFs } from '../../src-main/services/export-writer';

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

/** A real fs whose n-th write fails with `code`, or (code 'short') writes nothing from then on. */
function faultyFs(failAtWrite: number, code: string): ExportFs {
  let writes = 0;
  return {
    ...nodeFs,
    writeSync: ((fd: number, buffer: Uint8Array, offset?: number, length?: number) => {
      writes += 1;
      if (writes >= failAtWrite) {
        if (code === 'short') return 0;
        throw Object.assign(new Error(`${code}: simulated`), { code });
      }
      return nodeFs.writeSync(fd, buffer, offset, length);
    }) as typeof nodeFs.writeSync,
  };
}

/** A package "old.txt" (and a ZIP) as an earlier export left it. */
function writeOldPackage(zip: Uint8Array | null): void {
  writeExportPackage({ dir, pkg: { ...PKG, files: [{ path: 'old.txt', bytes: bytes('old') }] }, zip, overwrite: false });
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
  it('writes every file, and the ZIP beside the folder, leaving no staging folder', () => {
    const result = writeExportPackage({ dir, pkg: PKG, zip: bytes('PK'), overwrite: false });
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

  it('creates the export folder when it does not exist yet (the harness default)', () => {
    const missing = join(dir, 'export', 'deeper');
    expect(writeExportPackage({ dir: missing, pkg: PKG, zip: null, overwrite: false }).status).toBe('written');
    expect(readdirSync(missing)).toEqual([PKG.folderName]);
  });

  it('does not touch an existing package unless asked, and then replaces it whole', () => {
    writeExportPackage({ dir, pkg: { ...PKG, files: [{ path: 'old.txt', bytes: bytes('old') }] }, zip: null, overwrite: false });
    expect(writeExportPackage({ dir, pkg: PKG, zip: null, overwrite: false })).toEqual({
      status: 'exists',
      folder: join(dir, PKG.folderName),
    });
    expect(tree(join(dir, PKG.folderName))).toEqual({ 'old.txt': 'old' });

    writeExportPackage({ dir, pkg: PKG, zip: null, overwrite: true });
    expect(Object.keys(tree(join(dir, PKG.folderName))).sort()).toEqual(PKG.files.map((file) => file.path).sort());
    expect(readdirSync(dir)).toEqual([PKG.folderName]);
  });

  it('counts an existing ZIP of the same name as an existing package', () => {
    writeFileSync(join(dir, `${PKG.folderName}.zip`), 'old zip');
    expect(writeExportPackage({ dir, pkg: PKG, zip: bytes('PK'), overwrite: false }).status).toBe('exists');
    expect(readFileSync(join(dir, `${PKG.folderName}.zip`), 'utf8')).toBe('old zip');
  });

  it.each([
    ['ENOSPC', 'disk-full', /disken är full/],
    ['EACCES', 'no-permission', /behörighet/],
    ['short', 'short-write', /inte hel/],
  ])('a write failing half-way (%s) leaves no partial package and a plain message', (code, problem, message) => {
    let caught: unknown;
    try {
      writeExportPackage({ dir, pkg: PKG, zip: null, overwrite: false }, faultyFs(2, code));
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(ExportWriteError);
    expect((caught as ExportWriteError).problem).toBe(problem);
    expect(say('sv', exportErrorMessage(caught))).toMatch(message);
    expect(readdirSync(dir)).toEqual([]);
  });

  it('keeps the old package when the replacement fails', () => {
    writeExportPackage({ dir, pkg: { ...PKG, files: [{ path: 'old.txt', bytes: bytes('old') }] }, zip: null, overwrite: false });
    expect(() => writeExportPackage({ dir, pkg: PKG, zip: bytes('PK'), overwrite: true }, faultyFs(4, 'ENOSPC'))).toThrow(
      ExportWriteError,
    );
    expect(readdirSync(dir)).toEqual([PKG.folderName]);
    expect(tree(join(dir, PKG.folderName))).toEqual({ 'old.txt': 'old' });
  });

  it('puts the old package back when the swap itself fails half-way', () => {
    writeOldPackage(bytes('old zip'));
    // Only the final move of the new ZIP: the folder has already been swapped by then.
    const failingZipRename = renameRefused((from, to) => to === join(dir, `${PKG.folderName}.zip`) && !from.includes('old-'));
    expect(() => writeExportPackage({ dir, pkg: PKG, zip: bytes('new zip'), overwrite: true }, failingZipRename)).toThrow(
      ExportWriteError,
    );
    expectOldPackage();
  });

  it('replaces the folder and its ZIP together: a package written again without a ZIP takes the old ZIP away', () => {
    writeOldPackage(bytes('old zip'));
    expect(writeExportPackage({ dir, pkg: PKG, zip: null, overwrite: true })).toEqual({
      status: 'written',
      folder: join(dir, PKG.folderName),
      zip: null,
    });
    expect(readdirSync(dir)).toEqual([PKG.folderName]);
    expect(Object.keys(tree(join(dir, PKG.folderName))).sort()).toEqual(PKG.files.map((file) => file.path).sort());
  });

  it('counts an old ZIP alone as the package when no ZIP is asked for, and takes it away only when asked', () => {
    writeFileSync(join(dir, `${PKG.folderName}.zip`), 'old zip');
    expect(writeExportPackage({ dir, pkg: PKG, zip: null, overwrite: false }).status).toBe('exists');
    expect(readdirSync(dir)).toEqual([`${PKG.folderName}.zip`]);
    expect(writeExportPackage({ dir, pkg: PKG, zip: null, overwrite: true }).status).toBe('written');
    expect(readdirSync(dir)).toEqual([PKG.folderName]);
  });

  it('keeps the old folder and ZIP when the old ZIP cannot be taken away', () => {
    writeOldPackage(bytes('old zip'));
    const zipStuck = renameRefused((from) => from === join(dir, `${PKG.folderName}.zip`));
    expect(() => writeExportPackage({ dir, pkg: PKG, zip: null, overwrite: true }, zipStuck)).toThrow(ExportWriteError);
    expectOldPackage();
  });

  it('explains a chosen "folder" that is really a file (tests run as root, where chmod stops nothing)', () => {
    const file = join(dir, 'not-a-folder');
    writeFileSync(file, 'x');
    let caught: unknown;
    try {
      writeExportPackage({ dir: file, pkg: PKG, zip: null, overwrite: false });
    } catch (error) {
      caught = error;
    }
    expect((caught as ExportWriteError).problem).toBe('not-a-folder');
    expect(say('sv', exportErrorMessage(caught))).toBe(
      'Exporten kunde inte sparas: platsen är ingen mapp som går att skriva i. Välj en annan mapp.',
    );
    expect(readdirSync(dir)).toEqual(['not-a-folder']);
  });

  it('refuses a path that would leave the folder, even if the package builder let one through', () => {
    const evil: ExportPackage = { folderName: 'Kanalplan-x', files: [{ path: '../../evil.txt', bytes: bytes('x') }] };
    let caught: unknown;
    try {
      writeExportPackage({ dir, pkg: evil, zip: null, overwrite: false });
    } catch (error) {
      caught = error;
    }
    expect((caught as ExportWriteError).problem).toBe('unsafe-path');
    expect(say('sv', exportErrorMessage(caught))).toMatch(/sökvägen \.\.\/\.\.\/evil\.txt hamnar inte säkert i paketets mapp/);
    expect(readdirSync(dir)).toEqual([]);
  });

  it('refuses, on Windows, a package whose paths would pass 260 characters', () => {
    const deep = join(dir, 'a'.repeat(200));
    nodeFs.mkdirSync(deep);
    expect(() => writeExportPackage({ dir: deep, pkg: PKG, zip: null, overwrite: false }, nodeFs, 'win32')).toThrow(
      ExportWriteError,
    );
    expect(readdirSync(deep)).toEqual([]);
  });
});
