// "Importera inlägg från CSV…" (issue 19, item 5): what Swedish Excel writes, read back; the
// export's own schema.csv round-trips every field it carries; bad rows are named and left out;
// a file that is no sheet of posts is refused whole. Real bytes, through the real parser.
import { describe, expect, it } from 'vitest';
import { strToU8 } from 'fflate';
import Papa from 'papaparse';
import { say } from '../../src-shared/i18n/messages';
import { buildExportPackage, CSV_FILE } from '../../src-shared/export';
import { applyCommand } from '../../src-shared/plan/commands';
import { emptyPlan } from '../../src-shared/plan/empty-plan';
import { defaultSettings } from '../../src-shared/settings/policy';
import { previewCsv, type CsvPreviewResult } from '../../src-shared/csv-import/preview';
import { fromWindows1252, isUtf8 } from '../../src-shared/csv-import/decode';
import { exportFixturePlan, FIXTURE_OPTIONS } from '../fixtures/export-plan';
import { NOW } from '../support/plans';

const settings = defaultSettings();
const preview = (text: string | Uint8Array) => {
  const result = previewCsv(typeof text === 'string' ? strToU8(text) : text, settings);
  if (!result.ok) throw new Error(say('sv', result.message));
  return result;
};
const refusal = (bytes: Uint8Array) => {
  const result: CsvPreviewResult = previewCsv(bytes, settings);
  return result.ok ? 'imported' : say('sv', result.message);
};
const rejected = (text: string) => preview(text).rejected.map((row) => say('sv', row.message));
const HEADER = 'datum;tid;kanal;rubrik;text;målgrupper;status';

describe('reading what Excel writes', () => {
  it('the simple sheet, with ";", a BOM, quoted line breaks and d/m/åååå dates', () => {
    const text = `\uFEFF${HEADER}\r\n7/9/2026;8:00;Instagram;Välkommen;"Rad ett\r\nRad två";Studenter i Stockholm;Utkast\r\n2026-09-08;;X;Ställning;Text;;\r\n;;;;;;\r\n`;
    const { posts, rejected: bad, encoding } = preview(text);
    expect(encoding).toBe('utf-8');
    expect(bad).toEqual([]);
    expect(posts).toEqual([
      { title: 'Välkommen', date: '2026-09-07', time: '08:00', status: 'draft', audiences: ['students'], rows: [2], variants: [{ channel: 'instagram', text: 'Rad ett\r\nRad två', link: '', slug: '', date: null, time: null }] },
      { title: 'Ställning', date: '2026-09-08', time: null, status: 'idea', audiences: [], rows: [3], variants: [{ channel: 'x', text: 'Text', link: '', slug: '', date: null, time: null }] },
    ]);
  });

  it('"," as the separator, English headers and names, any case', () => {
    const { posts } = preview('Date,Time,Channel,Title,Text,Audiences,Status\n2026-09-07,08:00:00,instagram,Hello,"Hi, all",Students in Stockholm,approved\n');
    expect(posts[0]).toMatchObject({ time: '08:00', status: 'approved', audiences: ['students'], variants: [{ channel: 'instagram', text: 'Hi, all' }] });
  });

  it('Windows-1252, as "CSV (semikolonavgränsad)" saves it, with å, ä, ö and €', () => {
    const head = `${HEADER}\n2026-09-07;;X;Årets första möte;Kostar 5 `;
    const latin = Uint8Array.from([...Array.from(head, (c) => c.charCodeAt(0)), 0x80, 0x0a]);
    expect(isUtf8(latin)).toBe(false);
    const { posts, encoding } = preview(latin);
    expect(encoding).toBe('windows-1252');
    expect(posts[0]).toMatchObject({ title: 'Årets första möte', variants: [{ text: 'Kostar 5 €' }] });
    expect(fromWindows1252(Uint8Array.from([0x93, 0x94, 0x96]))).toBe('“”–');
  });

  it('Excel\'s "sep=" line', () => {
    expect(preview(`sep=,\ndatum,kanal,rubrik\n2026-09-07,X,A\n`).posts).toHaveLength(1);
  });

  it('rows of one post on several channels become one post with a variant each; another time is that channel\'s own', () => {
    const { posts } = preview(`${HEADER}\n2026-09-07;08:00;X;Kårval;Rösta!;Studenter i Stockholm;\n2026-09-07;12:00;Facebook;Kårval;Rösta på oss;Lärosäten;\n2026-09-08;08:00;X;Kårval;Sista dagen;;\n`);
    expect(posts.map((p) => [p.title, p.date, p.variants.map((v) => [v.channel, v.date, v.time]), p.audiences, p.rows])).toEqual([
      ['Kårval', '2026-09-07', [['x', null, null], ['facebook', '2026-09-07', '12:00']], ['students', 'universities'], [2, 3]],
      ['Kårval', '2026-09-08', [['x', null, null]], [], [4]],
    ]);
  });

  it('a formula-looking cell stays text', () => {
    const { posts } = preview(`${HEADER}\n2026-09-07;;X;=HYPERLINK("http://x");"=1+1";;\n`);
    expect(posts[0]).toMatchObject({ title: '=HYPERLINK("http://x")', variants: [{ text: '=1+1' }] });
  });
});

describe('rows it cannot take', () => {
  it('each with its row number and reason, the rest still made', () => {
    const text = [
      HEADER,
      '2026-09-07;08:00;X;Bra rad;Text;;',
      '2026-02-31;;X;Fel dag;Text;;',
      '31/2/2026;;X;Fel dag igen;Text;;',
      '7 sept;;X;Fel form;Text;;',
      '2026-09-07;25:00;X;Fel tid;Text;;',
      '2026-09-07;;Tiktok;Okänd kanal;Text;;',
      '2026-09-07;;X;Okänd status;Text;;Klar',
      '2026-09-07;;X;Okänd målgrupp;Text;Alla;',
      '2026-09-07;;;Utan kanal;Text;;',
      '2026-09-07;;X;;;;',
      '2026-09-07;08:00;X;Bra rad;Igen;;',
    ].join('\n');
    expect(rejected(text)).toEqual([
      'Rad 3: datumet 2026-02-31 finns inte',
      'Rad 4: datumet 31/2/2026 finns inte',
      'Rad 5: datumet ”7 sept” ska skrivas åååå-mm-dd eller d/m/åååå',
      'Rad 6: tiden ”25:00” ska skrivas tt:mm',
      'Rad 7: kanalen ”Tiktok” finns inte i Inställningar',
      'Rad 8: statusen ”Klar” finns inte (Idé, Utkast, Granskning, Godkänd, Publicerad)',
      'Rad 9: målgruppen ”Alla” finns inte i Inställningar',
      'Rad 10: raden har en text men ingen kanal',
      'Rad 11: raden har varken rubrik eller text',
      'Rad 12: inlägget från rad 2 har redan en rad för den kanalen',
    ]);
    expect(preview(text).posts.map((p) => p.title)).toEqual(['Bra rad']);
  });
});

describe('files refused whole', () => {
  it.each([
    { name: 'binary bytes (an .xlsx)', bytes: Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00]), message: /ingen textfil/ },
    { name: 'an empty file', bytes: strToU8(''), message: /tom/ },
    { name: 'a sheet without the columns', bytes: strToU8('a;b;c\n1;2;3\n'), message: /saknar kolumnerna/ },
    { name: '100,000 columns', bytes: strToU8(`rubrik${';x'.repeat(99_999)}\n`), message: /100\s000 kolumner/ },
    { name: '60 MB', bytes: new Uint8Array(60 * 1024 * 1024).fill(0x61), message: /större än 50 MB/ },
  ])('$name', ({ bytes, message }) => {
    expect(refusal(bytes)).toMatch(message);
  });
});

describe('the export\'s schema.csv', () => {
  it('imports back with every field it carries: day, time, channel, title, status, audiences and link', () => {
    const exported = buildExportPackage(exportFixturePlan(), FIXTURE_OPTIONS).files.find((file) => file.path === CSV_FILE)!.bytes;
    const fixtureSettings = exportFixturePlan().settings;
    const result = previewCsv(exported, fixtureSettings);
    if (!result.ok) throw new Error('refused');
    expect(result.rejected).toEqual([]);
    const posts = result.posts.map(({ rows: _, ...post }, i) => ({ ...post, id: `imported-${i}` }));
    const imported = applyCommand(emptyPlan(fixtureSettings), { type: 'items.import', posts }, NOW);
    const again = buildExportPackage(imported, FIXTURE_OPTIONS).files.find((file) => file.path === CSV_FILE)!.bytes;
    // The file column names where the export wrote each text; the CSV does not carry the text.
    const rows = (bytes: Uint8Array) =>
      Papa.parse<string[]>(new TextDecoder().decode(bytes), { delimiter: ';', skipEmptyLines: true })
        .data.map((row) => [...row.slice(0, 6), row[7]].join(' | '))
        .sort();
    expect(rows(again)).toEqual(rows(exported));
  });
});

describe('the import as one step', () => {
  it('makes the posts in one command that one undo takes back', async () => {
    const { stepsFor } = await import('../support/plans');
    const { posts } = preview(`${HEADER}\n2026-09-07;08:00;X;A;Text;;\n2026-09-08;;Instagram;B;Text;;Godkänd\n`);
    const before = emptyPlan(settings);
    const { after, undo } = stepsFor(before, { type: 'items.import', posts: posts.map(({ rows: _, ...post }, i) => ({ ...post, id: `p${i}` })) }, NOW);
    expect(after.items.map((item) => [item.title, item.status, item.createdAt])).toEqual([['A', 'idea', NOW], ['B', 'approved', NOW]]);
    expect(undo).toEqual({ type: 'plan.patch', items: [{ kind: 'remove', id: 'p0' }, { kind: 'remove', id: 'p1' }] });
  });

  it('refuses a post on a channel the settings lack, whole', () => {
    const post = { id: 'p', title: 'A', date: null, time: null, status: 'idea' as const, audiences: [], variants: [{ channel: 'custom-gone', text: '', link: '', slug: '', date: null, time: null }] };
    expect(() => applyCommand(emptyPlan(settings), { type: 'items.import', posts: [post] }, NOW)).toThrow(/custom-gone/);
  });

  it('the sheet template reads back as one post', async () => {
    const { sheetTemplate } = await import('../../src-shared/csv-import/sheet-template');
    const text = sheetTemplate(settings, 'sv', '2026-09-07');
    expect(text.split('\r\n')[0]).toBe('\uFEFFdatum;tid;kanal;rubrik;text;målgrupper;status');
    expect(preview(text).posts).toEqual([
      { title: 'Välkommen till terminen', date: '2026-09-07', time: '09:00', status: 'idea', audiences: ['decision-makers'], rows: [2], variants: [{ channel: 'website', text: 'Välkommen tillbaka! Vi ses på campus.', link: '', slug: '', date: null, time: null }] },
    ]);
    expect(preview(sheetTemplate(settings, 'en', '2026-09-07')).posts).toHaveLength(1);
  });
});
