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

/**
 * A picture a person can tell apart in a screenshot: a sky-to-ground gradient, a sun, a frame
 * that shows where a crop cuts, and a large label ("1", "Affisch"). Drawn from SVG by sharp, then
 * saved as a JPEG or PNG like a photo, so the app never sees the SVG.
 */
export async function picture(width: number, height: number, label: string, format: 'jpeg' | 'png' = 'jpeg', hue = 210) {
  const size = Math.round(Math.min(width, height) / 4);
  // Wide enough for the label across the middle half of the picture, whatever its shape.
  const font = Math.round(Math.min(size, width / 2 / (0.62 * label.length)));
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}">
<defs><linearGradient id="g" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="hsl(${hue},70%,72%)"/><stop offset="0.62" stop-color="hsl(${hue},55%,88%)"/><stop offset="0.62" stop-color="hsl(${(hue + 120) % 360},35%,42%)"/><stop offset="1" stop-color="hsl(${(hue + 120) % 360},40%,28%)"/></linearGradient></defs>
<rect width="100%" height="100%" fill="url(#g)"/>
<circle cx="${width * 0.78}" cy="${height * 0.22}" r="${size * 0.45}" fill="#ffd24a"/>
<rect x="${size * 0.15}" y="${size * 0.15}" width="${width - size * 0.3}" height="${height - size * 0.3}" fill="none" stroke="#fff" stroke-width="${Math.max(4, size * 0.04)}" stroke-dasharray="${size * 0.2} ${size * 0.12}"/>
<text x="50%" y="50%" font-family="DejaVu Sans" font-weight="bold" font-size="${font}" fill="#1b1f24" text-anchor="middle" dominant-baseline="middle">${label}</text>
</svg>`;
  const image = sharp(Buffer.from(svg));
  return new Uint8Array(await (format === 'png' ? image.png() : image.jpeg({ quality: 85 })).toBuffer());
}
