// The data folder's media/: each file named by its content's SHA-256, written once with the
// durable writer (temp file, fsync, read back, rename) and never changed after. Thumbnails are
// derived files beside it (`<hash>.thumb.webp`). Only names of that shape are ever opened, so a
// request can never reach outside media/ (issue 18 items 2 and 3).
import * as nodeFs from 'node:fs';
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { MEDIA_FILE_PATTERN } from '../../src-shared/plan/model';
import { writeFileDurably, type WriteFs } from '../store/durable-write';
import type { PlanCommand } from '../../src-shared/plan/commands';
import { DomainError, message } from '../../src-shared/ipc/errors';

export const MEDIA_FOLDER = 'media';
export const THUMBNAIL_SUFFIX = '.thumb.webp';
const THUMBNAIL_PATTERN = /^[0-9a-f]{64}\.thumb\.webp$/;

export type MediaFs = WriteFs & Pick<typeof nodeFs, 'mkdirSync' | 'statSync'>;

export function mediaFolder(dataDir: string): string {
  return join(dataDir, MEDIA_FOLDER);
}

/** `<sha256>.<extension>`: the same bytes attached twice are one file. */
export function mediaFileName(bytes: Uint8Array, extension: string): string {
  return `${createHash('sha256').update(bytes).digest('hex')}.${extension}`;
}

export function thumbnailName(file: string): string {
  return file.replace(/\.[a-z0-9]+$/, THUMBNAIL_SUFFIX);
}

/** The path of a media file or thumbnail by its name, or null for any other name. */
export function mediaPathFor(dataDir: string, name: string): string | null {
  return MEDIA_FILE_PATTERN.test(name) || THUMBNAIL_PATTERN.test(name) ? join(mediaFolder(dataDir), name) : null;
}

/**
 * Writes `bytes` as `name` in media/ unless a whole file of that name is already there (the name
 * is its content: an equal size means equal bytes, short of a SHA-256 collision). Throws a WriteError.
 */
export function storeMediaFile(dataDir: string, name: string, bytes: Uint8Array, fs: MediaFs = nodeFs): void {
  const path = join(mediaFolder(dataDir), name);
  if (sizeOf(path, fs) === bytes.length) return;
  fs.mkdirSync(mediaFolder(dataDir), { recursive: true, mode: 0o700 });
  writeFileDurably(path, bytes, fs);
}

function sizeOf(path: string, fs: Pick<MediaFs, 'statSync'>): number | null {
  try {
    return fs.statSync(path).size;
  } catch {
    return null;
  }
}

/**
 * A `media.add` or a template may only name files main stored: a reference to nothing would
 * export as nothing.
 */
export function assertMediaStored(dataDir: string, command: PlanCommand, fs: Pick<MediaFs, 'statSync'> = nodeFs): void {
  const media =
    command.type === 'media.add' ? command.media : command.type === 'template.put' ? (command.template.content.media ?? []) : [];
  for (const { file } of media) {
    if (sizeOf(join(mediaFolder(dataDir), file), fs) === null) {
      throw new DomainError('invalid-input', message('media.refused.missingFile', { file }));
    }
  }
}
