// A series' rule as RFC 5545 text (DTSTART, then RRULE), made from the choices in "Upprepa" and
// read back for its days. Times are wall-clock times with no zone ("floating"), and rrule works
// on them as if they were UTC: no zone means no summer time, so 08:00 stays 08:00 in November.
import * as rruleModule from 'rrule';
import { z } from 'zod';
import { DomainError, message } from '../ipc/errors';
import { IsoDay, MAX_SERIES_POSTS } from '../plan/model';
import { isoWeekday } from '../calendar/dates';

// rrule ships CommonJS to Node (no "exports", so no named imports) and ES modules to bundlers.
type RRuleModule = typeof rruleModule;
const lib: RRuleModule = 'RRule' in rruleModule ? rruleModule : (rruleModule as unknown as { default: RRuleModule }).default;
const { RRule } = lib;

export const MONTHLY_KINDS = ['dayOfMonth', 'nthWeekday', 'lastWeekday', 'lastDay'] as const;

/** What "Upprepa" asks: how often, on which days, and when it ends (a date or a count: never never). */
export const Repeat = z
  .strictObject({
    frequency: z.enum(['weekly', 'monthly']),
    /** 1 = every week or month, 2 = every other. */
    interval: z.number().int().min(1).max(12),
    /** ISO weekdays (1 = Monday) of a weekly series; none means the post's own weekday. */
    weekdays: z.array(z.number().int().min(1).max(7)).max(7),
    /** Which day of the month, read from the post's date: the 7th, its first Monday, its last Monday, its last day. */
    monthly: z.enum(MONTHLY_KINDS),
    until: IsoDay.nullable(),
    count: z.number().int().min(1).max(MAX_SERIES_POSTS).nullable(),
  })
  .refine((repeat) => (repeat.until === null) !== (repeat.count === null), 'schemaRule.seriesEnd');
export type Repeat = z.infer<typeof Repeat>;

/** One day of a series, at the series' time (null: the posts have no time). */
export interface Occurrence {
  day: string;
  time: string | null;
}

const WEEKDAY_CODES = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'] as const;

/** The rule's text for a series whose first post is on `day` at `time`. */
export function ruleText(repeat: Repeat, day: string, time: string | null): string {
  const start = time === null ? `DTSTART;VALUE=DATE:${compact(day)}` : `DTSTART:${compact(day)}T${time.replace(':', '')}00`;
  const parts = [`FREQ=${repeat.frequency === 'weekly' ? 'WEEKLY' : 'MONTHLY'}`];
  if (repeat.interval > 1) parts.push(`INTERVAL=${repeat.interval}`);
  parts.push(repeat.frequency === 'weekly' ? weeklyPart(repeat, day) : monthlyPart(repeat.monthly, day));
  if (repeat.until !== null) parts.push(`UNTIL=${compact(repeat.until)}${time === null ? '' : 'T235959'}`);
  if (repeat.count !== null) parts.push(`COUNT=${repeat.count}`);
  return `${start}\nRRULE:${parts.join(';')}`;
}

function weeklyPart(repeat: Repeat, day: string): string {
  const days = repeat.weekdays.length > 0 ? [...new Set(repeat.weekdays)].sort((a, b) => a - b) : [isoWeekday(day)];
  return `BYDAY=${days.map((weekday) => WEEKDAY_CODES[weekday - 1]).join(',')}`;
}

function monthlyPart(kind: Repeat['monthly'], day: string): string {
  const date = Number(day.slice(8, 10));
  const weekday = WEEKDAY_CODES[isoWeekday(day) - 1];
  switch (kind) {
    case 'dayOfMonth':
      return `BYMONTHDAY=${date}`;
    case 'nthWeekday':
      return `BYDAY=+${Math.ceil(date / 7)}${weekday}`;
    case 'lastWeekday':
      return `BYDAY=-1${weekday}`;
    case 'lastDay':
      return 'BYMONTHDAY=-1';
  }
}

/** The first day and time of a rule, from its DTSTART line. */
export function ruleStart(rule: string): Occurrence {
  const found = /^DTSTART(?:;VALUE=DATE)?:(\d{4})(\d\d)(\d\d)(?:T(\d\d)(\d\d)\d\d)?$/m.exec(rule);
  if (!found) throw badRule();
  const [, year, month, date, hour, minute] = found;
  return { day: `${year}-${month}-${date}`, time: hour === undefined ? null : `${hour}:${minute}` };
}

/**
 * Every day of the series, the first post's day first (RFC 5545: DTSTART is always the first
 * occurrence, and counts towards COUNT). Refuses a rule without an end, and one of more than
 * `MAX_SERIES_POSTS` posts, before it lists them all.
 */
export function occurrences(rule: string): Occurrence[] {
  const start = ruleStart(rule);
  const options = ruleOptions(rule);
  if (options.until === undefined && options.count === undefined) {
    throw new DomainError('invalid-input', message('series.errors.endless'));
  }
  const dtstart = new Date(`${start.day}T${start.time ?? '00:00'}:00Z`);
  const dates = new RRule({ ...options, dtstart }).all((_, index) => index <= MAX_SERIES_POSTS);
  const days = dates.map((date) => date.toISOString().slice(0, 10));
  if (days[0] !== start.day) {
    days.unshift(start.day);
    if (options.count !== undefined) days.pop();
  }
  if (days.length > MAX_SERIES_POSTS) {
    throw new DomainError('invalid-input', message('series.errors.tooMany', { max: MAX_SERIES_POSTS }));
  }
  return days.map((day) => ({ day, time: start.time }));
}

type RuleOptions = ReturnType<typeof RRule.parseString>;

/** The RRULE line's parts as rrule reads them (freq, interval, byweekday, bymonthday, until, count). */
export function ruleOptions(rule: string): RuleOptions {
  const line = /^RRULE:(.+)$/m.exec(rule)?.[1];
  if (line === undefined) throw badRule();
  try {
    return RRule.parseString(line);
  } catch {
    throw badRule();
  }
}

/** The same rule ending on `day` (the day included): how a series is ended. */
export function endedOn(rule: string, day: string): string {
  const { time } = ruleStart(rule);
  const rrule = (/^RRULE:(.+)$/m.exec(rule)?.[1] ?? '')
    .split(';')
    .filter((part) => !/^(UNTIL|COUNT)=/.test(part))
    .concat(`UNTIL=${compact(day)}${time === null ? '' : 'T235959'}`);
  return rule.replace(/^RRULE:.+$/m, `RRULE:${rrule.join(';')}`);
}

/** The same rule at another time of day: "Det här och följande" on the time. */
export function atTime(rule: string, time: string | null): string {
  const { day } = ruleStart(rule);
  const start = time === null ? `DTSTART;VALUE=DATE:${compact(day)}` : `DTSTART:${compact(day)}T${time.replace(':', '')}00`;
  const withStart = rule.replace(/^DTSTART.*$/m, start);
  // UNTIL takes the form of DTSTART (RFC 5545): a date for a day, a date and time for a time.
  return withStart.replace(/UNTIL=(\d{8})(T\d{6})?/, (_, until: string) => `UNTIL=${until}${time === null ? '' : 'T235959'}`);
}

function compact(day: string): string {
  return day.replaceAll('-', '');
}

function badRule(): DomainError {
  return new DomainError('invalid-input', message('series.errors.badRule'));
}
