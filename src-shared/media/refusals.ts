// Why a file is not attached, as catalogue messages: the same words whether main refuses it or
// the renderer does before sending (a 200 MB file is not read into the page to be refused).
import { message } from '../ipc/errors';
import type { Message } from '../i18n/messages';
import { MAX_MEDIA_BYTES } from './rules';
import type { Sniffed } from './sniff';

const MB = 1024 * 1024;

export function tooLargeRefusal(name: string, bytes: number): Message | null {
  if (bytes <= MAX_MEDIA_BYTES) return null;
  return message('media.refused.tooLarge', { name, size: Math.ceil(bytes / MB), max: MAX_MEDIA_BYTES / MB });
}

/** The extensions a name may have for each type it turns out to be. */
const NAMED: ReadonlyMap<string, readonly string[]> = new Map([
  ['jpg', ['jpg', 'jpeg', 'jfif']],
  ['png', ['png']],
  ['gif', ['gif']],
  ['webp', ['webp']],
  ['mp4', ['mp4', 'm4v']],
  ['mov', ['mov', 'qt']],
]);
const MEDIA_EXTENSIONS = new Set([...NAMED.values()].flat().concat(['svg', 'heic', 'heif', 'avif']));

/** A type Kanalplan does not take, or a name that says another type than the bytes are. */
export function mediaRefusal(name: string, sniffed: Sniffed): Message | null {
  if (sniffed.kind === 'refused') return message(`media.refused.${sniffed.reason}`, { name });
  const extension = /\.([A-Za-z0-9]+)$/.exec(name)?.[1]?.toLowerCase() ?? '';
  // A name without a known media extension says nothing about its type; one with another type's does.
  if (!MEDIA_EXTENSIONS.has(extension) || NAMED.get(sniffed.extension)?.includes(extension)) return null;
  return message('media.refused.wrongName', { name, actual: sniffed.extension.toUpperCase() });
}
