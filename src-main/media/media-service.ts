// "Lägg till bild…": a file's bytes become a stored media file and the facts the plan keeps about
// it, or a refusal in plain words that changed nothing. The type comes from the bytes (sniff.ts),
// the size from sharp's reading of the header, before a pixel is decoded; the thumbnail, made
// here once, is the proof that the image decodes at all.
import * as nodeFs from 'node:fs';
import { basename } from 'node:path';
import sharp, { type Metadata } from 'sharp';
import { DomainError, message } from '../../src-shared/ipc/errors';
import type { Message } from '../../src-shared/i18n/messages';
import type { MediaFile } from '../../src-shared/plan/model';
import type { AttachResult } from '../../src-shared/ipc/contract';
import { sniffMedia } from '../../src-shared/media/sniff';
import { MAX_MEDIA_PIXELS } from '../../src-shared/media/rules';
import { mediaRefusal, tooLargeRefusal } from '../../src-shared/media/refusals';
import { problemOf } from '../store/durable-write';
import { mediaFileName, mediaPathFor, storeMediaFile, thumbnailName, type MediaFs } from './media-files';
import { BOARD_THUMBNAIL_SIZE } from '../../src-shared/board/thumbnails';

/** A thumbnail's longest side: sharp enough for the editor's and the networks' previews. */
export const THUMBNAIL_SIZE = 640;

/** Board pictures kept in memory: a period's worth several times over, some 10 kB each. */
const BOARD_CACHE_SIZE = 2_000;

export class MediaService {
  private readonly boardCache = new Map<string, string>();

  constructor(
    private readonly dataDir: string,
    private readonly fs: MediaFs = nodeFs,
  ) {}

  /** Stores `bytes` (a file the user named `name`) in media/ with its thumbnail. Throws a DomainError. */
  async attach(name: string, bytes: Uint8Array): Promise<MediaFile> {
    const checked = await checkMedia(name, bytes);
    this.storeChecked(checked);
    return checked.media;
  }

  /**
   * Writes a checked file, then its thumbnail: a thumbnail without its file is never left, a file
   * without a thumbnail is made one when asked. Throws a DomainError that names the file.
   */
  storeChecked({ name, media, bytes, thumbnail }: CheckedMedia): void {
    this.store(name, media.file, bytes);
    if (thumbnail) this.store(name, thumbnailName(media.file), thumbnail);
  }

  /**
   * The board's pictures: each image as a JPEG data: URI of BOARD_THUMBNAIL_SIZE, made from its
   * thumbnail (or the file, when it has none yet) and kept, since files never change. A video or
   * a file that is gone or does not decode is left out.
   */
  async boardThumbnails(files: readonly string[]): Promise<Array<[string, string]>> {
    const pairs: Array<[string, string]> = [];
    for (const file of files) {
      const uri = this.boardCache.get(file) ?? (await boardThumbnail(this.dataDir, file));
      if (uri === null) continue;
      if (this.boardCache.size >= BOARD_CACHE_SIZE) this.boardCache.clear();
      this.boardCache.set(file, uri);
      pairs.push([file, uri]);
    }
    return pairs;
  }

  private store(name: string, file: string, bytes: Uint8Array): void {
    try {
      storeMediaFile(this.dataDir, file, bytes, this.fs);
    } catch (error) {
      const reason = message(`startup.reason.${problemOf(error)}`);
      throw new DomainError('store-failed', message('media.refused.notWritten', { name, reason }));
    }
  }
}

/** A file that passed every check of an attach, with its thumbnail made; nothing written yet. */
export interface CheckedMedia {
  name: string;
  media: MediaFile;
  bytes: Uint8Array;
  /** Null for a video, which has no preview. */
  thumbnail: Uint8Array | null;
}

/**
 * Every check an attach makes, writing nothing: the size, the type from the bytes against the
 * name, the pixels a header declares, and a decode into the thumbnail. Throws a DomainError.
 * An import runs each of its files through this before anything is stored.
 */
export async function checkMedia(name: string, bytes: Uint8Array): Promise<CheckedMedia> {
  const tooLarge = tooLargeRefusal(name, bytes.length);
  if (tooLarge) throw refused(tooLarge);
  const sniffed = sniffMedia(bytes);
  const typeRefusal = mediaRefusal(name, sniffed);
  if (typeRefusal) throw refused(typeRefusal);
  if (sniffed.kind !== 'accepted') throw refused(message('media.refused.unknown', { name }));
  const file = mediaFileName(bytes, sniffed.extension);
  if (sniffed.type.startsWith('video/')) {
    return { name, bytes, thumbnail: null, media: { file, type: sniffed.type, bytes: bytes.length, width: null, height: null } };
  }
  const { width, height, thumbnail } = await readImage(name, bytes);
  return { name, bytes, thumbnail, media: { file, type: sniffed.type, bytes: bytes.length, width, height } };
}

/** Its size as shown (after the EXIF orientation) and its thumbnail; a refusal if it is a bomb or does not decode. */
async function readImage(name: string, bytes: Uint8Array): Promise<{ width: number; height: number; thumbnail: Uint8Array }> {
  let meta: Metadata;
  try {
    meta = await sharp(bytes, { limitInputPixels: false }).metadata();
  } catch {
    throw refused(message('media.refused.unreadable', { name }));
  }
  const { width, height } = meta;
  if (width * height > MAX_MEDIA_PIXELS) {
    throw refused(message('media.refused.tooManyPixels', { name, width, height, max: MAX_MEDIA_PIXELS / 1_000_000 }));
  }
  try {
    const thumbnail = await makeThumbnail(bytes);
    // EXIF orientations 5 to 8 turn the picture a quarter: what is shown is as wide as the file is high.
    const turned = (meta.orientation ?? 1) >= 5;
    return { width: turned ? height : width, height: turned ? width : height, thumbnail };
  } catch {
    throw refused(message('media.refused.unreadable', { name }));
  }
}

/** Upright (EXIF orientation honoured), at most THUMBNAIL_SIZE on its longest side, WebP. */
export async function makeThumbnail(bytes: Uint8Array): Promise<Uint8Array> {
  const data = await sharp(bytes, { limitInputPixels: MAX_MEDIA_PIXELS, failOn: 'error' })
    .rotate()
    .resize(THUMBNAIL_SIZE, THUMBNAIL_SIZE, { fit: 'inside', withoutEnlargement: true })
    .webp({ quality: 78 })
    .toBuffer();
  return new Uint8Array(data);
}

/** A JPEG (it opens in any browser and prints anywhere), quality 70: 3 to 15 kB as base64. */
export async function boardThumbnail(dataDir: string, file: string): Promise<string | null> {
  const original = mediaPathFor(dataDir, file);
  if (original === null || !/\.(?:jpg|png|webp|gif)$/.test(file)) return null;
  const thumbnail = mediaPathFor(dataDir, thumbnailName(file));
  for (const path of [thumbnail, original]) {
    try {
      if (path === null || !nodeFs.existsSync(path)) continue;
      const data = await sharp(path, { limitInputPixels: MAX_MEDIA_PIXELS })
        .rotate()
        .resize(BOARD_THUMBNAIL_SIZE, BOARD_THUMBNAIL_SIZE, { fit: 'inside', withoutEnlargement: true })
        .flatten({ background: '#ffffff' })
        .jpeg({ quality: 70 })
        .toBuffer();
      return `data:image/jpeg;base64,${data.toString('base64')}`;
    } catch {
      // A damaged thumbnail: the original may still decode.
    }
  }
  return null;
}

function refused(text: Message): DomainError {
  return new DomainError('invalid-input', text);
}

/** What "Lägg till bild…" answers for each file: stored, or refused in words. */
export async function attachEach(
  media: MediaService,
  files: ReadonlyArray<{ name: string; read: () => Uint8Array | Message }>,
): Promise<AttachResult[]> {
  const results: AttachResult[] = [];
  for (const { name, read } of files) {
    const bytes = read();
    if (!(bytes instanceof Uint8Array)) {
      results.push({ name, ok: false, message: bytes });
      continue;
    }
    try {
      results.push({ name, ok: true, file: await media.attach(name, bytes) });
    } catch (error) {
      if (!(error instanceof DomainError)) throw error;
      results.push({ name, ok: false, message: error.text });
    }
  }
  return results;
}

/** A file chosen in the OS dialog: its size asked before a byte is read, so a 200 MB file is never loaded. */
export function chosenFile(path: string, fs: Pick<typeof nodeFs, 'statSync' | 'readFileSync'> = nodeFs) {
  const name = basename(path);
  return {
    name,
    read: (): Uint8Array | Message => {
      try {
        return tooLargeRefusal(name, fs.statSync(path).size) ?? new Uint8Array(fs.readFileSync(path));
      } catch {
        return message('media.refused.unreadable', { name });
      }
    },
  };
}
