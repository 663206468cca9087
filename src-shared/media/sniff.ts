// What a file is, from its first bytes, never from its name (issue 18 item 6): a photo renamed
// .jpg that is really a HEIC, or a script named .png, is found out here. Only the signatures we
// accept or refuse by name are known; anything else is "unknown" and refused.
import type { MediaType } from '../plan/model';

export type Sniffed =
  | { kind: 'accepted'; type: MediaType; extension: string }
  /** SVG can carry scripts; HEIC/HEIF/AVIF are a phone's photos that Chromium cannot show. */
  | { kind: 'refused'; reason: 'svg' | 'heic' | 'unknown' };

/** How many bytes sniffing reads at the most. */
export const SNIFF_BYTES = 512;

const HEIF_BRANDS = new Set(['heic', 'heix', 'heim', 'heis', 'hevc', 'hevx', 'mif1', 'msf1', 'avif', 'avis']);
const QUICKTIME_BRAND = 'qt  ';

function ascii(bytes: Uint8Array, from: number, length: number): string {
  return String.fromCharCode(...bytes.subarray(from, from + length));
}

function startsWith(bytes: Uint8Array, signature: readonly number[], at = 0): boolean {
  return signature.every((byte, index) => bytes[at + index] === byte);
}

export function sniffMedia(bytes: Uint8Array): Sniffed {
  const accepted = (type: MediaType, extension: string): Sniffed => ({ kind: 'accepted', type, extension });
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return accepted('image/jpeg', 'jpg');
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return accepted('image/png', 'png');
  if (ascii(bytes, 0, 6) === 'GIF87a' || ascii(bytes, 0, 6) === 'GIF89a') return accepted('image/gif', 'gif');
  if (ascii(bytes, 0, 4) === 'RIFF' && ascii(bytes, 8, 4) === 'WEBP') return accepted('image/webp', 'webp');
  if (ascii(bytes, 4, 4) === 'ftyp') {
    const brand = ascii(bytes, 8, 4);
    if (HEIF_BRANDS.has(brand)) return { kind: 'refused', reason: 'heic' };
    return brand === QUICKTIME_BRAND ? accepted('video/quicktime', 'mov') : accepted('video/mp4', 'mp4');
  }
  if (looksLikeSvg(bytes)) return { kind: 'refused', reason: 'svg' };
  return { kind: 'refused', reason: 'unknown' };
}

/** Text (after a BOM, white space, an XML declaration or comments) that opens an `<svg` element. */
function looksLikeSvg(bytes: Uint8Array): boolean {
  // Read as Latin-1: the markup that matters is ASCII, and the domain has no TextDecoder.
  const head = ascii(bytes, 0, SNIFF_BYTES).replace(/^\xEF\xBB\xBF/, '');
  return /^\s*(?:<\?xml[^>]*>\s*)?(?:<!--[\s\S]*?-->\s*|<!DOCTYPE[^>]*>\s*)*<svg[\s>]/i.test(head);
}
