// The package's images as files: copied from media/ by their stored names into the paths the
// package gave them (src-shared/export), so the writer and the ZIP see only files, sorted as
// every other file is. The same plan gives the same bytes: the files never change.
import { readFileSync } from 'node:fs';
import type { ExportPackage } from '../../src-shared/export';
import { DomainError, message } from '../../src-shared/ipc/errors';
import { mediaPathFor } from './media-files';

export type ReadMedia = (file: string) => Uint8Array;

export function mediaReader(dataDir: string): ReadMedia {
  return (file) => {
    const path = mediaPathFor(dataDir, file);
    try {
      if (path === null) throw new Error(file);
      return readFileSync(path);
    } catch {
      throw new DomainError('export-failed', message('media.refused.missingFile', { file }));
    }
  };
}

export function withMediaFiles(pkg: ExportPackage, read: ReadMedia): ExportPackage {
  if (!pkg.media || pkg.media.length === 0) return pkg;
  const images = pkg.media.map(({ path, file }) => ({ path, bytes: read(file) }));
  const files = [...pkg.files, ...images].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  return { folderName: pkg.folderName, files };
}
