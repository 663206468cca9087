// The bytes of a CSV file as text (issue 19, item 5). Swedish Excel saves "CSV UTF-8" with a BOM
// and "CSV (semikolonavgränsad)" in Windows-1252, with no mark to tell which: a file that is not
// valid UTF-8 is read as Windows-1252. Here rather than with TextDecoder: the domain has neither
// the DOM's nor Node's in its types, and both encodings are a page of code.
import { strFromU8 } from 'fflate';
import type { Message } from '../i18n/messages';
import { message } from '../ipc/errors';

/** A sheet larger than this is refused before it is read: ten thousand posts take a few MB. */
export const MAX_CSV_BYTES = 50 * 1024 * 1024;

export type Encoding = 'utf-8' | 'windows-1252';
export type Decoded = { ok: true; text: string; encoding: Encoding } | { ok: false; message: Message };

export function decodeCsv(bytes: Uint8Array): Decoded {
  if (bytes.length > MAX_CSV_BYTES) return refuse('tooLarge', { max: 50 });
  if (looksBinary(bytes)) return refuse('binary');
  const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  const body = bom ? bytes.subarray(3) : bytes;
  if (bom || isUtf8(body)) return { ok: true, text: strFromU8(body), encoding: 'utf-8' };
  return { ok: true, text: fromWindows1252(body), encoding: 'windows-1252' };
}

function refuse(key: string, values?: Message['values']): Decoded {
  return { ok: false, message: message(`csvImport.errors.${key}`, values) };
}

/**
 * A NUL byte, or a control character that text does not hold (other than tab, line feed,
 * carriage return and form feed), in the first 64 KB: an image, a ZIP or an .xlsx, not a CSV.
 */
function looksBinary(bytes: Uint8Array): boolean {
  const end = Math.min(bytes.length, 65_536);
  for (let i = 0; i < end; i += 1) {
    const byte = bytes[i] as number;
    if (byte < 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0d && byte !== 0x0c) return true;
  }
  return false;
}

/** Whether the bytes are well-formed UTF-8 (RFC 3629: no overlong forms, no surrogates, at most U+10FFFF). */
export function isUtf8(bytes: Uint8Array): boolean {
  let i = 0;
  while (i < bytes.length) {
    const lead = bytes[i] as number;
    if (lead < 0x80) {
      i += 1;
      continue;
    }
    const size = lead >= 0xc2 && lead <= 0xdf ? 2 : lead >= 0xe0 && lead <= 0xef ? 3 : lead >= 0xf0 && lead <= 0xf4 ? 4 : 0;
    if (size === 0 || i + size > bytes.length) return false;
    const second = bytes[i + 1] as number;
    const [low, high] = lead === 0xe0 ? [0xa0, 0xbf] : lead === 0xed ? [0x80, 0x9f] : lead === 0xf0 ? [0x90, 0xbf] : lead === 0xf4 ? [0x80, 0x8f] : [0x80, 0xbf];
    if (second < low || second > high) return false;
    for (let k = 2; k < size; k += 1) if (((bytes[i + k] as number) & 0xc0) !== 0x80) return false;
    i += size;
  }
  return true;
}

// Windows-1252 is Latin-1 but for 0x80–0x9F, where it has € ‚ ƒ „ … † ‡ ˆ ‰ Š ‹ Œ Ž ‘ ’ “ ” • – — ˜ ™ š › œ ž Ÿ.
// The five bytes it leaves undefined (0x81, 0x8D, 0x8F, 0x90, 0x9D) are kept as their C1 code points.
const HIGH = [
  0x20ac, 0x81, 0x201a, 0x192, 0x201e, 0x2026, 0x2020, 0x2021, 0x2c6, 0x2030, 0x160, 0x2039, 0x152, 0x8d, 0x17d, 0x8f,
  0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x2dc, 0x2122, 0x161, 0x203a, 0x153, 0x9d, 0x17e, 0x178,
];

/** Each byte's character: Latin-1, but for the 32 above. */
const CODES = Uint16Array.from({ length: 256 }, (_, byte) => (byte >= 0x80 && byte <= 0x9f ? (HIGH[byte - 0x80] as number) : byte));

export function fromWindows1252(bytes: Uint8Array): string {
  const codes = new Uint16Array(bytes.length);
  for (let i = 0; i < bytes.length; i += 1) codes[i] = CODES[bytes[i] as number] as number;
  const parts: string[] = [];
  // In chunks: String.fromCharCode takes its codes as arguments, and a 50 MB file has too many.
  for (let start = 0; start < codes.length; start += 8192) {
    parts.push(String.fromCharCode.apply(null, codes.subarray(start, start + 8192) as unknown as number[]));
  }
  return parts.join('');
}
