// publicering.ics read back by an independent parser (ical.js): the right events at the right
// instants, across the end of summer time and in ISO week 53, and valid line structure.
import ICAL from 'ical.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildExportPackage, ICS_FILE } from '../../src-shared/export';
import { escapeText } from '../../src-shared/export/ics';
import { ContentLines, foldLines } from '../../src-shared/export/content-lines';
import { applyCommand } from '../../src-shared/plan/commands';
import { NOW } from '../support/plans';
import { exportFixturePlan, FIXTURE_OPTIONS } from '../fixtures/export-plan';

const pkg = buildExportPackage(exportFixturePlan(), FIXTURE_OPTIONS);
const text = new TextDecoder().decode(pkg.files.find((file) => file.path === ICS_FILE)?.bytes);

function parse(ics: string) {
  const calendar = new ICAL.Component(ICAL.parse(ics));
  for (const zone of calendar.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(zone);
  return calendar.getAllSubcomponents('vevent').map((vevent) => new ICAL.Event(vevent));
}

describe('publicering.ics', () => {
  const events = parse(text);

  it('has one event per post with a stable UID, at its instant in Stockholm time', () => {
    const rows = events.map((event) => [
      event.uid,
      event.startDate.isDate ? event.startDate.toString() : event.startDate.toJSDate().toISOString(),
      event.summary,
    ]);
    expect(rows).toEqual([
      ['dag-fore-facebook@kanalplan', '2026-10-24T08:00:00.000Z', 'Facebook: Dagen före'],
      // The day summer time ends: 10:00 is UTC+1, an hour later in UTC than the day before.
      ['oppet-hus-website@kanalplan', '2026-10-25T09:00:00.000Z', 'Hemsida: Öppet hus på Campus Valla'],
      ['oppet-hus-x@kanalplan', '2026-10-25T09:00:00.000Z', 'X (Twitter): Öppet hus på Campus Valla'],
      ['oppet-hus-instagram@kanalplan', '2026-10-25T09:00:00.000Z', 'Instagram: Öppet hus på Campus Valla'],
      ['arsmote-website@kanalplan', '2026-12-30T11:00:00.000Z', 'Hemsida: Årsmöte'],
      ['sl-kort-website@kanalplan', '2026-12-30T11:00:00.000Z', 'Hemsida: Studentrabatt på SL'],
      ['sl-kort-x@kanalplan', '2026-12-30T11:00:00.000Z', 'X (Twitter): Studentrabatt på SL'],
      ['formel-facebook@kanalplan', '2026-12-31T08:00:00.000Z', 'Facebook: =HYPERLINK("http://x")'],
      ['formel-linkedin@kanalplan', '2027-01-02T17:00:00.000Z', 'LinkedIn: =HYPERLINK("http://x")'],
      ['heldag-instagram@kanalplan', '2027-01-03', 'Instagram: Insamling hela dagen'],
    ]);
  });

  it('keeps the wall-clock time and names the zone, so calendars show 10:00 whatever their own zone', () => {
    const open = events.find((event) => event.uid === 'oppet-hus-x@kanalplan');
    expect(open?.startDate.zone?.tzid).toBe('Europe/Stockholm');
    expect([open?.startDate.hour, open?.startDate.minute]).toEqual([10, 0]);
    expect(open?.duration.toSeconds()).toBe(15 * 60);
    expect(text).toContain('DTSTART;TZID=Europe/Stockholm:20261025T100000\r\n');
    expect(text).toMatch(/BEGIN:VTIMEZONE\r\nTZID:Europe\/Stockholm\r\n/);
  });

  it('carries the text to paste, then the file and the link, in the description (escaped and unescaped again)', () => {
    const before = events.find((event) => event.uid === 'dag-fore-facebook@kanalplan');
    expect(before?.description).toBe(
      'I morgon: öppet hus; välkommen, alla!\nhttps://example.org/a?b=1,2\n\n' +
        'Fil: facebook/2026-10-24_1000_dagen-fore.txt\nLänk: https://example.org/a?b=1,2',
    );
    // A thread as its file holds it: the parts under their lines.
    const thread = events.find((event) => event.uid === 'sl-kort-x@kanalplan');
    expect(thread?.description).toMatch(/^––– del 1 av 2 –––\nSänkt pris på SL för studenter är en fråga om rättvisa\.\n\n/);
    expect(thread?.description).toContain('\n––– del 2 av 2 –––\n');
  });

  it('says that an empty text has no file, instead of naming one', () => {
    const empty = events.find((event) => event.uid === 'sl-kort-website@kanalplan');
    expect(empty?.description).toBe(
      'Texten är tom: paketet har ingen fil för inlägget.\nLänk: https://www.ssco.se/studentrabatt-pa-sl',
    );
  });

  it('shortens a text past about 1,000 characters at a word, with a note naming its file', () => {
    const long = 'Ord och 😀 åter. '.repeat(200).trim(); // 3,200 characters, emoji counted as one
    const plan = applyCommand(
      exportFixturePlan(),
      { type: 'variant.update', id: 'dag-fore', channel: 'facebook', patch: { text: long, link: '' } },
      NOW,
    );
    const ics = new TextDecoder().decode(buildExportPackage(plan, FIXTURE_OPTIONS).files.find((f) => f.path === ICS_FILE)?.bytes);
    const description = parse(ics).find((event) => event.uid === 'dag-fore-facebook@kanalplan')?.description ?? '';
    const [text = '', about = ''] = description.split('\n\n');
    expect(text.endsWith(' … (förkortad: hela texten finns i facebook/2026-10-24_1000_dagen-fore.txt)')).toBe(true);
    const kept = text.slice(0, text.indexOf(' … (förkortad'));
    expect(long.startsWith(kept)).toBe(true);
    expect(kept).toMatch(/\S$/);
    // At the end of a word: what follows the kept text is a space.
    expect(long.charAt(kept.length)).toBe(' ');
    expect([...new Intl.Segmenter().segment(kept)].length).toBeGreaterThan(900);
    expect([...new Intl.Segmenter().segment(kept)].length).toBeLessThanOrEqual(1000);
    expect(about).toBe('Fil: facebook/2026-10-24_1000_dagen-fore.txt');
    for (const line of ics.split('\r\n')) expect(Buffer.byteLength(line, 'utf8')).toBeLessThanOrEqual(75);
  });

  it('cuts whole graphemes even when each is many UTF-16 units (a family emoji is 11)', () => {
    const family = '👨‍👩‍👧‍👦';
    const plan = applyCommand(
      exportFixturePlan(),
      { type: 'variant.update', id: 'dag-fore', channel: 'facebook', patch: { text: family.repeat(1100), link: '' } },
      NOW,
    );
    const ics = new TextDecoder().decode(buildExportPackage(plan, FIXTURE_OPTIONS).files.find((f) => f.path === ICS_FILE)?.bytes);
    const description = parse(ics).find((event) => event.uid === 'dag-fore-facebook@kanalplan')?.description ?? '';
    expect(description.slice(0, description.indexOf(' … (förkortad'))).toBe(family.repeat(1000));
  });

  it('is CRLF throughout, with no line longer than 75 octets', () => {
    expect(text.endsWith('END:VCALENDAR\r\n')).toBe(true);
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    for (const line of text.split('\r\n')) expect(Buffer.byteLength(line, 'utf8'), line).toBeLessThanOrEqual(75);
    expect(text).toMatch(/\r\n [^\r\n]/); // something was folded
  });

  it("says a series' rule on each of its posts, in words and as its RRULE, without making a calendar repeat them", () => {
    const repeat = {
      frequency: 'weekly' as const,
      interval: 1,
      weekdays: [6],
      monthly: 'dayOfMonth' as const,
      until: null,
      count: 3,
    };
    // The series' later posts are drafts: each is approved on its own.
    const plan = applyCommand(
      exportFixturePlan(),
      { type: 'series.create', id: 'dag-fore', seriesId: 'lordag', repeat, today: '2026-10-01' },
      NOW,
    );
    const ics = new TextDecoder().decode(
      buildExportPackage(plan, { ...FIXTURE_OPTIONS, statuses: ['approved', 'draft'] }).files.find((f) => f.path === ICS_FILE)
        ?.bytes,
    );
    const posts = parse(ics).filter((event) => event.summary === 'Facebook: Dagen före');
    // Across the end of summer time: 10:00 in Stockholm each Saturday.
    expect(posts.map((event) => event.startDate.toJSDate().toISOString())).toEqual([
      '2026-10-24T08:00:00.000Z',
      '2026-10-31T09:00:00.000Z',
      '2026-11-07T09:00:00.000Z',
    ]);
    for (const event of posts) {
      expect(event.isRecurring()).toBe(false);
      expect(event.description.split('\n').at(-1)).toBe('Återkommande: Varje lördag kl. 10:00, 3 gånger');
      expect(event.component.getFirstPropertyValue('related-to')).toBe('series-lordag@kanalplan');
      expect(event.component.getFirstPropertyValue('x-kanalplan-rrule')).toBe('FREQ=WEEKLY;BYDAY=SA;COUNT=3');
    }
    // A post of no series says none of it.
    expect(parse(ics).find((event) => event.uid === 'arsmote-website@kanalplan')?.description).not.toContain('Återkommande');
  });

  it('takes DTSTAMP from the item, not the clock', () => {
    for (const line of text.split('\r\n').filter((candidate) => candidate.startsWith('DTSTAMP'))) {
      expect(line).toBe('DTSTAMP:20261124T100000Z');
    }
  });

  it('writes DTSTAMP in UTC whatever offset the last change was stored with', () => {
    const stamps = new Map([
      ['2026-11-24T10:00:00.123Z', 'DTSTAMP:20261124T100000Z'],
      ['2026-11-24T10:00:00Z', 'DTSTAMP:20261124T100000Z'],
      // An older file, or one written by hand: an offset, an hour east of UTC, across midnight.
      ['2026-11-24T00:30:00+01:00', 'DTSTAMP:20261123T233000Z'],
    ]);
    for (const [updatedAt, line] of stamps) {
      const plan = exportFixturePlan();
      const changed = { ...plan, items: plan.items.map((item) => ({ ...item, updatedAt })) };
      const ics = new TextDecoder().decode(buildExportPackage(changed, FIXTURE_OPTIONS).files.find((f) => f.path === ICS_FILE)?.bytes);
      const found = ics.split('\r\n').filter((candidate) => candidate.startsWith('DTSTAMP'));
      expect(found.length).toBeGreaterThan(0);
      expect(new Set(found)).toEqual(new Set([line]));
    }
  });
});

describe('folding and escaping', () => {
  /** One line folded, as text, without the CRLF that ends it. */
  const fold = (line: string): string => {
    const text = Buffer.from(foldLines([line])).toString('utf8');
    expect(text.endsWith('\r\n')).toBe(true);
    return text.slice(0, -2);
  };

  it('never splits a character, counting octets', () => {
    const line = `SUMMARY:${'å'.repeat(40)}😀${'ö'.repeat(40)}`;
    const folded = fold(line);
    expect(folded.split('\r\n').every((part) => Buffer.byteLength(part) <= 75)).toBe(true);
    expect(folded.replace(/\r\n /g, '')).toBe(line);
  });

  it('folds any content line greedily at 75 octets, whole characters only, and unfolds to the same line', () => {
    // A content line holds no line break: escapeText writes each as "\\n".
    const char = fc.oneof(
      fc.constantFrom('a', 'å', '€', '😀', '👨‍👩‍👧', '\uD800', '\uDC00', ' ', '\r'),
      fc.string({ unit: 'binary', maxLength: 3 }).map((chars) => chars.replaceAll('\n', '')),
    );
    fc.assert(
      fc.property(
        fc.array(char, { maxLength: 120 }).map((chars) => `X:${chars.join('')}`),
        (line) => {
          const parts = fold(line).split('\r\n');
          expect(parts.slice(1).every((part) => part.startsWith(' '))).toBe(true);
          // As UTF-8 can hold it: a lone surrogate is written as U+FFFD.
          expect(parts.map((part, i) => (i === 0 ? part : part.slice(1))).join('')).toBe(Buffer.from(line).toString('utf8'));
          for (const [i, part] of parts.entries()) {
            expect(Buffer.byteLength(part)).toBeLessThanOrEqual(75);
            // No surrogate pair cut in two, and no part ends before it must: the next character did not fit.
            expect(/[\uD800-\uDBFF]$/.test(part) && /^ ?[\uDC00-\uDFFF]/.test(parts[i + 1] ?? '')).toBe(false);
            const next = parts[i + 1];
            if (next !== undefined)
              expect(Buffer.byteLength(part + String.fromCodePoint(next.codePointAt(1) as number))).toBeGreaterThan(75);
          }
        },
      ),
      { numRuns: 500 },
    );
  });

  it('writes a calendar block by block to the bytes of all its lines folded at once, past any buffer size', () => {
    // Blocks of every size: one line, a block bigger than the scratch buffer, many small ones.
    const line = (n: number) => `DESCRIPTION:${'Årsmöte 😀 på campus; '.repeat(n)}`;
    const blocks = [[line(1)], [line(5000), line(3)], ...Array.from({ length: 300 }, (_, i) => [line(i % 40), `UID:${i}`])];
    const writer = new ContentLines(16);
    for (const block of blocks) writer.add(block);
    const bytes = writer.bytes();
    expect(bytes).toEqual(foldLines(blocks.flat()));
    const text = Buffer.from(bytes).toString('utf8');
    expect(text.replace(/\r\n /g, '').split('\r\n').slice(0, -1)).toEqual(blocks.flat());
  });

  it('escapes backslash, semicolon, comma and line breaks', () => {
    expect(escapeText('a\\b;c,d\r\ne\nf')).toBe('a\\\\b\\;c\\,d\\ne\\nf');
    expect(escapeText('\r\r\n\n;;')).toBe('\\n\\n\\n\\;\\;');
    const [event] = parse(
      [
        'BEGIN:VCALENDAR',
        'VERSION:2.0',
        'PRODID:x',
        'BEGIN:VEVENT',
        'UID:u',
        'DTSTAMP:20260101T000000Z',
        'DTSTART:20260101T000000Z',
        fold(`SUMMARY:${escapeText('a\\b;c,d\ne')}`),
        'END:VEVENT',
        'END:VCALENDAR',
      ].join('\r\n'),
    );
    expect(event?.summary).toBe('a\\b;c,d\ne');
  });
});
