// schema.csv read back with papaparse: one row per post, formulas kept as text.
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { buildExportPackage, CSV_FILE } from '../../src-shared/export';
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
