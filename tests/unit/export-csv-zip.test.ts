// schema.csv read back with papaparse, and the ZIP unpacked with fflate: the same rows, the
// same files, formulas kept as text, and byte-identical output on every run and in every zone.
import { unzipSync } from 'fflate';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { buildExportPackage, CSV_FILE, zipPackage } from '../../src-shared/export';
import { csvText, neutralise } from '../../src-shared/export/csv';
import { exportFixturePlan, FIXTURE_OPTIONS } from '../fixtures/export-plan';

const pkg = buildExportPackage(exportFixturePlan(), FIXTURE_OPTIONS);

describe('schema.csv', () => {
  // ignoreBOM keeps the BOM in the string, so the test sees what Excel sees.
  const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(pkg.files.find((file) => file.path === CSV_FILE)?.bytes);

  it('starts with a BOM and parses back with ";" to one row per post', () => {
    expect(text.charCodeAt(0)).toBe(0xfeff);
    const { data, errors } = Papa.parse<string[]>(text.slice(1), { delimiter: ';', skipEmptyLines: true });
    expect(errors).toEqual([]);
    expect(data[0]).toEqual(['Datum', 'Tid', 'Kanal', 'Rubrik', 'Status', 'Målgrupper', 'Fil', 'Länk']);
    expect(data).toHaveLength(11);
    expect(data[1]).toEqual([
      '2026-10-24',
      '10:00',
      'Facebook',
      'Dagen före',
      'Godkänd',
      'Studenter i Stockholm, Studentkårer i Stockholm',
      'facebook/2026-10-24_1000_dagen-fore.txt',
      'https://example.org/a?b=1,2',
    ]);
  });

  it('keeps a formula-like title as text', () => {
    const { data } = Papa.parse<string[]>(text.slice(1), { delimiter: ';', skipEmptyLines: true });
    const formulas = data.filter((row) => row[3]?.includes('HYPERLINK'));
    expect(formulas.map((row) => row[3])).toEqual([`'=HYPERLINK("http://x")`, `'=HYPERLINK("http://x")`]);
  });

  it('round-trips quotes, separators and line breaks, and neutralises every formula start', () => {
    const rows = [
      ['a;b', 'say "hi"', 'two\nlines', 'plain'],
      ['=1+1', '+46 8 123', '-5', '@sum'],
      ['\tTAB', '\rCR', 'ok=1', ''],
    ];
    const { data } = Papa.parse<string[]>(csvText(rows).slice(1), { delimiter: ';', skipEmptyLines: true });
    expect(data).toEqual(rows.map((row) => row.map(neutralise)));
    expect(data[1]).toEqual(["'=1+1", "'+46 8 123", "'-5", "'@sum"]);
    expect(data[2]?.slice(0, 3)).toEqual(["'\tTAB", "'\rCR", 'ok=1']);
  });
});

describe('the ZIP', () => {
  it('unpacks to the same files under the package folder', () => {
    const files = unzipSync(zipPackage(pkg, FIXTURE_OPTIONS.from));
    expect(Object.keys(files)).toEqual(pkg.files.map((file) => `${pkg.folderName}/${file.path}`));
    for (const file of pkg.files)
      expect(Buffer.from(files[`${pkg.folderName}/${file.path}`]!).equals(Buffer.from(file.bytes))).toBe(true);
  });

  it.each([
    ['1975-06-01', '1980-01-01'],
    ['1979-12-31', '1980-01-01'],
    ['1980-01-01', '1980-01-01'],
    ['2026-11-23', '2026-11-23'],
  ])('a package of %s is stamped %s: DOS time starts in 1980', (day, stamped) => {
    const zip = zipPackage(pkg, day);
    // The first local file header: the DOS date is the little-endian word at offset 12.
    const dos = Buffer.from(zip).readUInt16LE(12);
    const written = `${(dos >> 9) + 1980}-${String((dos >> 5) & 15).padStart(2, '0')}-${String(dos & 31).padStart(2, '0')}`;
    expect(written).toBe(stamped);
    expect(Object.keys(unzipSync(zip))).toHaveLength(pkg.files.length);
  });

  it('is byte-identical across runs and across the machine time zone', () => {
    const zone = process.env.TZ;
    const first = zipPackage(buildExportPackage(exportFixturePlan(), FIXTURE_OPTIONS), FIXTURE_OPTIONS.from);
    try {
      process.env.TZ = 'America/Los_Angeles';
      const elsewhere = zipPackage(buildExportPackage(exportFixturePlan(), FIXTURE_OPTIONS), FIXTURE_OPTIONS.from);
      expect(new Date(2026, 0, 1).getTimezoneOffset()).not.toBe(-60); // the zone really changed
      expect(Buffer.from(elsewhere).equals(Buffer.from(first))).toBe(true);
    } finally {
      if (zone === undefined) delete process.env.TZ;
      else process.env.TZ = zone;
    }
    expect(Buffer.from(zipPackage(pkg, FIXTURE_OPTIONS.from)).equals(Buffer.from(first))).toBe(true);
  });
});
