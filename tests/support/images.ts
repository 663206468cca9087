// Test images made in code (no binaries in the repository): sharp draws them, and the bad inputs
// are a few bytes each, built to the letter of their formats.
import { crc32 } from 'node:zlib';
import sharp from 'sharp';

/** A photo-like JPEG of `width` × `height`, optionally with an EXIF orientation. */
export async function jpeg(width: number, height: number, options: { orientation?: number; quality?: number; noise?: boolean } = {}) {
  let image = sharp({
    create: { width, height, channels: 3, background: { r: 200, g: 90, b: 40 }, ...(options.noise ? { noise: { type: 'gaussian', mean: 128, sigma: 60 } } : {}) },
  });
  if (options.orientation) image = image.withMetadata({ orientation: options.orientation });
  return new Uint8Array(await image.jpeg({ quality: options.quality ?? 80 }).toBuffer());
}

export async function png(width: number, height: number, colour = { r: 30, g: 120, b: 200 }) {
  return new Uint8Array(await sharp({ create: { width, height, channels: 3, background: colour } }).png().toBuffer());
}

function chunk(type: string, data: Uint8Array): Uint8Array {
  const out = Buffer.alloc(12 + data.length);
  out.writeUInt32BE(data.length, 0);
  out.write(type, 4, 'ascii');
  Buffer.from(data).copy(out, 8);
  out.writeUInt32BE(crc32(out.subarray(4, 8 + data.length)), 8 + data.length);
  return out;
}

/** A decompression bomb's header: a valid PNG signature and IHDR that declare `width` × `height`, and nothing to decode. */
export function pngDeclaring(width: number, height: number): Uint8Array {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr.set([8, 2, 0, 0, 0], 8); // 8-bit RGB, no interlace
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  return Buffer.concat([signature, chunk('IHDR', ihdr), chunk('IDAT', new Uint8Array([0x78, 0x9c, 0x03, 0x00, 0x00, 0x00, 0x00, 0x01])), chunk('IEND', new Uint8Array())]);
}

/** The first bytes of an iPhone photo: an ISO-BMFF `ftyp` box of brand `heic`. */
export function heicHeader(): Uint8Array {
  return Buffer.concat([Buffer.from([0, 0, 0, 0x18]), Buffer.from('ftypheic\0\0\0\0mif1heic', 'latin1'), Buffer.alloc(64)]);
}

export const SVG = new TextEncoder().encode('<?xml version="1.0"?>\n<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>');

/** The first bytes of an MP4 (`ftyp` of brand `isom`). */
export function mp4Header(): Uint8Array {
  return Buffer.concat([Buffer.from([0, 0, 0, 0x18]), Buffer.from('ftypisom\0\0\x02\0isomiso2', 'latin1'), Buffer.alloc(256)]);
}
