// "Lägg till bild…" through the real MediaService on a real data folder: a file is stored once by
// its content hash with a thumbnail beside it, EXIF orientation is honoured, and every bad input
// (SVG, HEIC, a fake extension, 200 MB, a decompression bomb, a full disk half-way) is refused in
// plain words with nothing left in media/.
import * as nodeFs from 'node:fs';
import { closeSync, existsSync, openSync, readdirSync, ftruncateSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { say } from '../../src-shared/i18n/messages';
import { DomainError } from '../../src-shared/ipc/errors';
import { MediaService, attachEach, chosenFile } from '../../src-main/media/media-service';
import { mediaFolder } from '../../src-main/media/media-files';
import { faultyFs } from '../support/faulty-fs';
import { heicHeader, jpeg, mp4Header, png, pngDeclaring, SVG } from '../support/images';
import { tempDataDir } from '../support/store';

const mediaFiles = (dir: string) => (existsSync(mediaFolder(dir)) ? readdirSync(mediaFolder(dir)).sort() : []);

async function refusal(attaching: Promise<unknown>): Promise<string> {
  const error = await attaching.then(
    () => null,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(DomainError);
  return say('sv', (error as DomainError).text);
}

describe('attaching an image', () => {
  it('stores it by its SHA-256 with a thumbnail beside it, and the same bytes twice are one file', async () => {
    const dir = tempDataDir();
    const media = new MediaService(dir);
    const bytes = await jpeg(1080, 1350);
    const first = await media.attach('kårledarträff.jpg', bytes);
    expect(first).toMatchObject({ type: 'image/jpeg', bytes: bytes.length, width: 1080, height: 1350 });
    expect(first.file).toMatch(/^[0-9a-f]{64}\.jpg$/);
    expect(await media.attach('kopia.jpeg', bytes)).toEqual(first);
    const thumb = first.file.replace('.jpg', '.thumb.webp');
    expect(mediaFiles(dir)).toEqual([first.file, thumb].sort());
    expect(nodeFs.readFileSync(join(mediaFolder(dir), first.file)).equals(bytes)).toBe(true);
    const meta = await sharp(join(mediaFolder(dir), thumb)).metadata();
    expect(meta).toMatchObject({ format: 'webp', width: 512, height: 640 });
  });

  it('honours the EXIF orientation: a photo taken upright is as tall as it is shown', async () => {
    const dir = tempDataDir();
    const media = new MediaService(dir);
    // Stored 800 × 400 with orientation 6 (turn a quarter clockwise): shown 400 × 800.
    const attached = await media.attach('upright.jpg', await jpeg(800, 400, { orientation: 6 }));
    expect(attached).toMatchObject({ width: 400, height: 800 });
    const thumb = await sharp(join(mediaFolder(dir), attached.file.replace('.jpg', '.thumb.webp'))).metadata();
    expect([thumb.width, thumb.height]).toEqual([320, 640]);
  });

  it('takes PNG and an MP4 (as a file, with no thumbnail)', async () => {
    const dir = tempDataDir();
    const media = new MediaService(dir);
    expect(await media.attach('affisch.png', await png(1080, 1080))).toMatchObject({ type: 'image/png', width: 1080 });
    const video = await media.attach('film.mp4', mp4Header());
    expect(video).toMatchObject({ type: 'video/mp4', width: null, height: null });
    expect(mediaFiles(dir)).toHaveLength(3);
  });
});

describe('bad input gets a clear message and changes nothing', () => {
  const cases: Array<[string, string, () => Promise<Uint8Array> | Uint8Array, RegExp]> = [
    ['SVG', 'logga.svg', () => SVG, /SVG-bild, som kan innehålla skript\. Spara den som PNG/],
    ['SVG named .png', 'logga.png', () => SVG, /SVG-bild/],
    ['HEIC', 'IMG_0001.HEIC', heicHeader, /HEIC-bild från en mobil.*Spara bilden som JPEG/],
    ['HEIC named .jpg', 'IMG_0001.jpg', heicHeader, /HEIC-bild/],
    ['a PNG named .jpg', 'foto.jpg', () => png(100, 100), /foto\.jpg är egentligen en PNG-fil/],
    ['text named .jpg', 'brev.jpg', () => new TextEncoder().encode('Hej, detta är ingen bild.'), /brev\.jpg är ingen bild eller video/],
    ['a decompression bomb', 'bomb.png', () => pngDeclaring(100_000, 100_000), /100000 × 100000 pixlar, mer än 120 megapixlar/],
    ['a truncated JPEG', 'trasig.jpg', async () => (await jpeg(400, 400)).subarray(0, 300), /gick inte att läsa som bild/],
  ];
  it.each(cases)('%s', async (_name, fileName, make, expected) => {
    const dir = tempDataDir();
    expect(await refusal(new MediaService(dir).attach(fileName, await make()))).toMatch(expected);
    expect(mediaFiles(dir)).toEqual([]);
  });

  it('a 200 MB file is refused by its size before a byte is read', async () => {
    const dir = tempDataDir();
    const path = join(dir, 'stor.jpg');
    const fd = openSync(path, 'w');
    ftruncateSync(fd, 200 * 1024 * 1024); // sparse: takes no disk
    closeSync(fd);
    let read = false;
    const fs = { statSync: nodeFs.statSync, readFileSync: ((...args: Parameters<typeof nodeFs.readFileSync>) => { read = true; return nodeFs.readFileSync(...args); }) as typeof nodeFs.readFileSync };
    const [result] = await attachEach(new MediaService(dir), [chosenFile(path, fs)]);
    expect(result?.ok).toBe(false);
    expect(result && !result.ok && say('sv', result.message)).toBe('stor.jpg är 200 MB. Kanalplan tar filer upp till 100 MB. Minska bilden och försök igen.');
    expect(read).toBe(false);
    expect(mediaFiles(dir)).toEqual([]);
  });

  it.each(['ENOSPC', 'short-write'] as const)('a full disk half-way through the copy (%s) leaves no file and says so', async (fault) => {
    const dir = tempDataDir();
    const { fs, fail } = faultyFs();
    const media = new MediaService(dir, { ...nodeFs, ...fs });
    const bytes = await jpeg(1200, 900, { noise: true });
    fail(fault);
    expect(await refusal(media.attach('foto.jpg', bytes))).toMatch(/foto\.jpg kunde inte sparas i datamappen: .*(disken är full|kunde inte skrivas klart).* Inget har ändrats\./);
    expect(mediaFiles(dir)).toEqual([]);
    fail(null);
    expect((await media.attach('foto.jpg', bytes)).width).toBe(1200);
  });
});
