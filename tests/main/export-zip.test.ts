// The ZIP unpacked with fflate: the same files under the package's folder, DOS dates from 1980,
// byte-identical output on every run and in every zone, and main's event loop turning meanwhile.
import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { buildExportPackage, type ExportPackage } from '../../src-shared/export';
import { zipPackage } from '../../src-main/services/export-zip';
import { turnsDuring } from '../support/event-loop';
import { exportFixturePlan, FIXTURE_OPTIONS } from '../fixtures/export-plan';

const pkg = buildExportPackage(exportFixturePlan(), FIXTURE_OPTIONS);

describe('the ZIP', () => {
  it('unpacks to the same files under the package folder', async () => {
    const files = unzipSync(await zipPackage(pkg, FIXTURE_OPTIONS.from));
    expect(Object.keys(files)).toEqual(pkg.files.map((file) => `${pkg.folderName}/${file.path}`));
    for (const file of pkg.files)
      expect(Buffer.from(files[`${pkg.folderName}/${file.path}`]!).equals(Buffer.from(file.bytes))).toBe(true);
  });

  it('tells how many files are in, before the first and after each', async () => {
    const heard: Array<[number, number]> = [];
    await zipPackage(pkg, FIXTURE_OPTIONS.from, (done, total) => heard.push([done, total]));
    expect(heard).toEqual(Array.from({ length: pkg.files.length + 1 }, (_, done) => [done, pkg.files.length]));
  });

  it.each([
    ['1975-06-01', '1980-01-01'],
    ['1979-12-31', '1980-01-01'],
    ['1980-01-01', '1980-01-01'],
    ['2026-11-23', '2026-11-23'],
  ])('a package of %s is stamped %s: DOS time starts in 1980', async (day, stamped) => {
    const zip = await zipPackage(pkg, day);
    // The first local file header: the DOS date is the little-endian word at offset 12.
    const dos = Buffer.from(zip).readUInt16LE(12);
    const written = `${(dos >> 9) + 1980}-${String((dos >> 5) & 15).padStart(2, '0')}-${String(dos & 31).padStart(2, '0')}`;
    expect(written).toBe(stamped);
    expect(Object.keys(unzipSync(zip))).toHaveLength(pkg.files.length);
  });

  it('is byte-identical across runs and across the machine time zone', async () => {
    const zone = process.env.TZ;
    const first = await zipPackage(buildExportPackage(exportFixturePlan(), FIXTURE_OPTIONS), FIXTURE_OPTIONS.from);
    try {
      process.env.TZ = 'America/Los_Angeles';
      const elsewhere = await zipPackage(buildExportPackage(exportFixturePlan(), FIXTURE_OPTIONS), FIXTURE_OPTIONS.from);
      expect(new Date(2026, 0, 1).getTimezoneOffset()).not.toBe(-60); // the zone really changed
      expect(Buffer.from(elsewhere).equals(Buffer.from(first))).toBe(true);
    } finally {
      if (zone === undefined) delete process.env.TZ;
      else process.env.TZ = zone;
    }
    expect(Buffer.from(await zipPackage(pkg, FIXTURE_OPTIONS.from)).equals(Buffer.from(first))).toBe(true);
  });

  it('lets main go on while a large package is compressed, and stores images as they are', async () => {
    // Text that deflate has to work at: eighty files of fifty kilobytes, four megabytes in all.
    let seed = 1;
    const noise = (length: number) =>
      Uint8Array.from({ length }, () => {
        seed = (seed * 1103515245 + 12345) % 2 ** 31;
        return 0x61 + (seed % 26);
      });
    const large: ExportPackage = {
      folderName: 'Kanalplan-2026',
      files: [
        ...Array.from({ length: 80 }, (_, i) => ({ path: `hemsida/${i}.md`, bytes: noise(50_000) })),
        { path: 'instagram/bild.jpg', bytes: noise(10_000) },
        { path: 'x/tom.txt', bytes: new Uint8Array(0) },
      ],
    };
    const { value: zip, turns } = await turnsDuring(() => zipPackage(large, '2026-01-01'));
    expect(turns).toBeGreaterThan(0);
    const files = unzipSync(zip);
    expect(Object.keys(files)).toHaveLength(82);
    for (const file of large.files)
      expect(Buffer.from(files[`Kanalplan-2026/${file.path}`]!).equals(Buffer.from(file.bytes))).toBe(true);
    // An image is stored: its bytes stand in the archive as they are.
    expect(Buffer.from(zip).includes(Buffer.from(large.files[80]!.bytes))).toBe(true);
  });
});
