// The renderer reads images only from media/, by their stored names (issue 18 item 3): through
// app://kanalplan/media/<name> in Electron and /media/<name> on the harness's loopback address.
// One answer for both; a thumbnail missing (a file copied in by an import) is made on first ask.
import { readFile } from 'node:fs/promises';
import { extname } from 'node:path';
import { mediaPathFor, storeMediaFile, THUMBNAIL_SUFFIX } from './media-files';
import { makeThumbnail } from './media-service';

const MEDIA_TYPES: ReadonlyMap<string, string> = new Map([
  ['.jpg', 'image/jpeg'],
  ['.png', 'image/png'],
  ['.webp', 'image/webp'],
  ['.gif', 'image/gif'],
  ['.mp4', 'video/mp4'],
  ['.mov', 'video/quicktime'],
]);

/** The path below the page's address that names media: `media/<name>`. */
export const MEDIA_PATH_PREFIX = '/media/';

export interface MediaAnswer {
  status: 200 | 404;
  type: string;
  body: Uint8Array;
}

const NOT_FOUND: MediaAnswer = { status: 404, type: 'text/plain; charset=utf-8', body: new Uint8Array() };

/** The bytes of `name` in media/ with its type, or a 404 for any other name or a file not there. */
export async function mediaAnswer(dataDir: string, name: string): Promise<MediaAnswer> {
  const path = mediaPathFor(dataDir, name);
  if (path === null) return NOT_FOUND;
  try {
    return { status: 200, type: MEDIA_TYPES.get(extname(name)) ?? 'application/octet-stream', body: await readFile(path) };
  } catch {
    if (!name.endsWith(THUMBNAIL_SUFFIX)) return NOT_FOUND;
  }
  return remakeThumbnail(dataDir, name);
}

async function remakeThumbnail(dataDir: string, name: string): Promise<MediaAnswer> {
  const hash = name.slice(0, -THUMBNAIL_SUFFIX.length);
  for (const extension of ['jpg', 'png', 'webp', 'gif']) {
    const original = mediaPathFor(dataDir, `${hash}.${extension}`);
    if (original === null) continue;
    try {
      const thumbnail = await makeThumbnail(await readFile(original));
      storeMediaFile(dataDir, name, thumbnail);
      return { status: 200, type: 'image/webp', body: thumbnail };
    } catch {
      // Not this extension, or it does not decode: try the next.
    }
  }
  return NOT_FOUND;
}
