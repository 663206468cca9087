// publicering.ics: one event per post at its local time in Stockholm, with a reminder.
// Written by hand rather than with ical-generator (v10): given a TZID it formats DTSTAMP in the
// machine's local time without a "Z" (invalid, and different on every machine), and it reads
// start times with the machine's local getters. Determinism is the point of the package, so we
// format the few lines ourselves; timezones-ical-library still supplies the VTIMEZONE rules.
import { tzlib_get_ical_block } from 'timezones-ical-library';
import { say, translate } from '../i18n/messages';
import { DomainError, message } from '../ipc/errors';
import type { Language, Settings } from '../plan/model';
import { shiftDays } from '../calendar/dates';
import { graphemeStarts, joinsNoNeighbour } from '../channels';
import type { PackageEntry } from './entries';
import { seriesOf } from '../series/series-posts';
import { ruleWords } from '../series/words';
import { channelLabel } from './names';
import type { ExportPost } from './select';
import { ContentLines } from './content-lines';
import { onceEach, packageSay, type Say } from './words';

export const TIME_ZONE = 'Europe/Stockholm';
/** How long a publishing slot is in the calendar: long enough to see, short enough not to block the day. */
const SLOT = 'PT15M';
/**
 * About this many characters of the text ride along in an event, enough to paste a post from the
 * phone where the reminder rings; a longer text is cut, with a note naming its file.
 */
export const DESCRIPTION_TEXT_MAX = 1000;

/** The calendar as the file's bytes: UTF-8, each line folded at 75 octets and ended by CRLF. */
export function icsCalendar(events: readonly PackageEntry[], settings: Settings, language: Language, name: string): Uint8Array {
  const words: EventWords = { settings, language, say: packageSay(language), channel: onceEach((id) => channelLabel(settings, id, language)) };
  const calendar = new ContentLines(CALENDAR_OCTETS + EVENT_OCTETS * events.length);
  calendar.add([
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Kanalplan//Kanalplan export//SV',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${escapeText(name)}`,
    `X-WR-TIMEZONE:${TIME_ZONE}`,
    ...stockholmTimeZone(),
  ]);
  for (const event of events) calendar.add(eventLines(event, words));
  calendar.add(['END:VCALENDAR']);
  return calendar.bytes();
}

/** About what the calendar's head and an event take, so the buffer seldom grows. */
const [CALENDAR_OCTETS, EVENT_OCTETS] = [4096, 1536];

/** What every event's lines repeat, each made once per calendar. */
interface EventWords {
  settings: Settings;
  language: Language;
  say: Say;
  channel: (id: string) => string;
}

function eventLines(entry: PackageEntry, words: EventWords): string[] {
  const { post } = entry;
  const title = post.item.title.trim() || words.say('untitled');
  const summary = `${words.channel(post.channel)}: ${title}`;
  const series = seriesOf(words.settings, post.item.id)?.series ?? null;
  const description = descriptionOf(entry, words, series?.rule ?? null);
  return [
    'BEGIN:VEVENT',
    `UID:${uidPart(post.item.id)}-${uidPart(post.channel)}@kanalplan`,
    // The item's last change, not the clock: the same plan gives the same file.
    `DTSTAMP:${utcStamp(post.item.updatedAt)}`,
    ...when(post),
    `SUMMARY:${escapeText(summary)}`,
    `DESCRIPTION:${escapeText(description)}`,
    ...(series === null ? [] : seriesLines(series.id, series.rule)),
    ...(post.time === null
      ? []
      : ['BEGIN:VALARM', 'ACTION:DISPLAY', 'TRIGGER:PT0M', `DESCRIPTION:${escapeText(summary)}`, 'END:VALARM']),
    'END:VEVENT',
  ];
}

/** The text to paste (cut past about 1,000 characters), then the post's file, link and series. */
function descriptionOf({ path, text, link }: PackageEntry, { language, say: words }: EventWords, rule: string | null): string {
  const t = (key: string, vars: Record<string, string>) => translate(language, `exportPackage.${key}`, vars);
  const about = [
    path === null ? words('ics.empty') : `${words('readme.file')}: ${path}`,
    link === '' ? '' : `${words('readme.link')}: ${link}`,
    rule === null ? '' : t('ics.series', { words: say(language, ruleWords(rule)) }),
  ].filter((line) => line !== '');
  if (path === null) return about.join('\n');
  return [shortened(text, () => t('ics.shortened', { file: path })), '', ...about].join('\n');
}

/**
 * Whole graphemes up to the limit, cut at the last space in its final tenth if there is one.
 * A text no longer than the limit in UTF-16 units has no more graphemes than that, so only a long
 * one is segmented, and then with the fast path for Swedish text (segmenting every post's whole
 * text made a year's export take 20 s).
 */
function shortened(text: string, note: () => string): string {
  if (text.length <= DESCRIPTION_TEXT_MAX) return text;
  const next = graphemeStartAt(text, DESCRIPTION_TEXT_MAX);
  if (next === undefined) return text;
  const head = text.slice(0, next);
  const space = lastSpaceAfter(head, head.length * 0.9);
  const cut = space === -1 ? head : head.slice(0, space);
  return `${cut.trimEnd()} ${note()}`;
}

/** Where the text's last white space is, if it comes after `after`; else -1. Looks at the tail only. */
function lastSpaceAfter(text: string, after: number): number {
  for (let i = text.length - 1; i > after; i -= 1) if (WHITE_SPACE.test(text.charAt(i))) return i;
  return -1;
}

const WHITE_SPACE = /\s/;

/**
 * Where the grapheme numbered `at` starts, if the text has one. When none of the first `at + 1`
 * characters joins a neighbour (counting.ts), each is a grapheme, and it starts at `at`. Else a
 * head of the text is segmented first: a grapheme boundary depends only on what precedes it, so
 * the head's boundaries before its last character are the text's own; the whole text only when
 * the head is too short.
 */
function graphemeStartAt(text: string, at: number): number | undefined {
  if (at < text.length && joinsNoNeighbour(text.slice(0, at + 1))) return at;
  const head = text.slice(0, 4 * (at + 1));
  const starts = graphemeStarts(head);
  if (starts.length > at + 1 || head.length === text.length) return starts[at];
  return graphemeStarts(text)[at];
}

/**
 * A series' post says its rule, but not as an RRULE of the event: every post of the series is an
 * event of its own (edited, approved and exported on its own), and an RRULE would make a calendar
 * repeat each of them. The rule rides along as Kanalplan's own property (RFC 5545 lets X- names
 * through untouched), with the series named in RELATED-TO so its posts can be told together.
 */
function seriesLines(seriesId: string, rule: string): string[] {
  const rrule = rule.split('\n').find((line) => line.startsWith('RRULE:'));
  return [
    `RELATED-TO;RELTYPE=SIBLING:series-${uidPart(seriesId)}@kanalplan`,
    ...(rrule === undefined ? [] : [`X-KANALPLAN-${rrule}`]),
  ];
}

/** A timed post at its wall-clock time in Stockholm; a post with no time is an all-day event. */
function when(post: ExportPost): string[] {
  const day = post.date.replaceAll('-', '');
  if (post.time === null) {
    return [`DTSTART;VALUE=DATE:${day}`, `DTEND;VALUE=DATE:${shiftDays(post.date, 1).replaceAll('-', '')}`];
  }
  return [`DTSTART;TZID=${TIME_ZONE}:${day}T${post.time.replace(':', '')}00`, `DURATION:${SLOT}`];
}

/** Ids are [A-Za-z0-9_-] today; channel ids may become free text, so anything else is percent-encoded. */
function uidPart(id: string): string {
  return id.replace(/[^A-Za-z0-9_-]/g, (char) => encodeURIComponent(char));
}

/** An ISO timestamp (any offset) as iCalendar UTC: 20261124T100000Z. */
function utcStamp(timestamp: string): string {
  // As the app writes them (toISOString), already in UTC: the digits as they stand.
  const utc = UTC_ISO.exec(timestamp);
  if (utc !== null) return `${utc[1]}${utc[2]}${utc[3]}T${utc[4]}${utc[5]}${utc[6]}Z`;
  return new Date(timestamp)
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d+Z$/, 'Z');
}

const UTC_ISO = /^(\d{4})-(\d\d)-(\d\d)T(\d\d):(\d\d):(\d\d)(?:\.\d+)?Z$/;

/**
 * The library files Stockholm under Europe/Berlin, whose rules it shares since 1980; the block is
 * renamed so the events' TZID names a VTIMEZONE in the same file, as RFC 5545 requires.
 */
function stockholmTimeZone(): string[] {
  const block = tzlib_get_ical_block(TIME_ZONE);
  const text = Array.isArray(block) ? block[0] : block;
  if (!text?.startsWith('BEGIN:VTIMEZONE'))
    throw new DomainError('export-failed', message('exportPackage.errors.noTimeZone', { zone: TIME_ZONE }));
  return text
    .split(/\r?\n/)
    .filter((line) => line !== '')
    .map((line) => line.replace(/^(TZID|X-LIC-LOCATION):.*$/, `$1:${TIME_ZONE}`));
}

/** RFC 5545 TEXT: backslash, semicolon and comma escaped, line breaks as "\n". */
export function escapeText(text: string): string {
  // One pass: a text of a thousand characters was copied twice per event.
  return text.replace(TEXT_SPECIALS, (special) => (special.length === 1 && special !== '\n' && special !== '\r' ? `\\${special}` : '\\n'));
}

const TEXT_SPECIALS = /[\\;,]|\r\n?|\n/g;
