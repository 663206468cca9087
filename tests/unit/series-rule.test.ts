// The series' rules (issue 19, item 3): RFC 5545 text from the choices in "Upprepa", its days, and
// its words, at the edges the calendar has: ISO week 53, month ends, 29 February and summer time.
import { describe, expect, it } from 'vitest';
import { say } from '../../src-shared/i18n/messages';
import { endedOn, atTime, occurrences, ruleText, type Repeat } from '../../src-shared/series/rule';
import { ruleWords } from '../../src-shared/series/words';
import { isoWeek, isoWeekday } from '../../src-shared/calendar/dates';
import { DomainError } from '../../src-shared/ipc/errors';

const weekly = (extra: Partial<Repeat> = {}): Repeat => ({
  frequency: 'weekly',
  interval: 1,
  weekdays: [],
  monthly: 'dayOfMonth',
  until: null,
  count: null,
  ...extra,
});
const monthly = (kind: Repeat['monthly'], extra: Partial<Repeat> = {}): Repeat => weekly({ frequency: 'monthly', monthly: kind, ...extra });
const days = (rule: string) => occurrences(rule).map((o) => o.day);

describe('a rule as RFC 5545 text', () => {
  it.each([
    { repeat: weekly({ until: '2027-06-14' }), day: '2026-09-07', time: '08:00', text: 'DTSTART:20260907T080000\nRRULE:FREQ=WEEKLY;BYDAY=MO;UNTIL=20270614T235959' },
    { repeat: weekly({ interval: 2, weekdays: [3, 1], count: 4 }), day: '2026-09-07', time: null, text: 'DTSTART;VALUE=DATE:20260907\nRRULE:FREQ=WEEKLY;INTERVAL=2;BYDAY=MO,WE;COUNT=4' },
    { repeat: monthly('nthWeekday', { count: 3 }), day: '2026-09-07', time: '09:30', text: 'DTSTART:20260907T093000\nRRULE:FREQ=MONTHLY;BYDAY=+1MO;COUNT=3' },
    { repeat: monthly('lastWeekday', { count: 3 }), day: '2026-09-28', time: null, text: 'DTSTART;VALUE=DATE:20260928\nRRULE:FREQ=MONTHLY;BYDAY=-1MO;COUNT=3' },
    { repeat: monthly('lastDay', { count: 3 }), day: '2026-01-31', time: null, text: 'DTSTART;VALUE=DATE:20260131\nRRULE:FREQ=MONTHLY;BYMONTHDAY=-1;COUNT=3' },
  ])('$text', ({ repeat, day, time, text }) => {
    expect(ruleText(repeat, day, time)).toBe(text);
  });

  it('refuses a rule that never ends, and one of more than 2,000 posts, plainly', () => {
    expect(() => occurrences('DTSTART:20260907T080000\nRRULE:FREQ=WEEKLY;BYDAY=MO')).toThrow(/måste sluta/);
    expect(() => occurrences(ruleText(weekly({ until: '2099-12-31' }), '2026-09-07', null))).toThrow(DomainError);
    expect(() => occurrences(ruleText(weekly({ until: '2099-12-31' }), '2026-09-07', null))).toThrow(/högst 2/);
    expect(() => occurrences('RRULE:FREQ=WEEKLY')).toThrow(/går inte att läsa/);
  });
});

describe('the days of a series', () => {
  it('a weekly series keeps its wall-clock time across the end and the start of summer time', () => {
    // Summer time ends on 2026-10-25 and starts on 2027-03-28: the Mondays around both stay at 08:00.
    const autumn = occurrences(ruleText(weekly({ count: 4 }), '2026-10-19', '08:00'));
    expect(autumn).toEqual([
      { day: '2026-10-19', time: '08:00' },
      { day: '2026-10-26', time: '08:00' },
      { day: '2026-11-02', time: '08:00' },
      { day: '2026-11-09', time: '08:00' },
    ]);
    const spring = occurrences(ruleText(weekly({ count: 3 }), '2027-03-22', '02:30'));
    expect(spring.map((o) => `${o.day} ${o.time}`)).toEqual(['2027-03-22 02:30', '2027-03-29 02:30', '2027-04-05 02:30']);
    // A Sunday series on the very day the clocks change, at an hour that day has twice or not at all.
    expect(days(ruleText(weekly({ count: 2 }), '2026-10-25', '02:30'))).toEqual(['2026-10-25', '2026-11-01']);
    expect(days(ruleText(weekly({ count: 2 }), '2027-03-28', '02:30'))).toEqual(['2027-03-28', '2027-04-04']);
  });

  it('runs through ISO week 53 and into the next year', () => {
    const found = days(ruleText(weekly({ until: '2027-01-11' }), '2026-12-21', '08:00'));
    expect(found).toEqual(['2026-12-21', '2026-12-28', '2027-01-04', '2027-01-11']);
    expect(found.map(isoWeek)).toEqual([52, 53, 1, 2]);
  });

  it('every other week keeps its weeks across the turn of the year', () => {
    expect(days(ruleText(weekly({ interval: 2, count: 3 }), '2026-12-21', null)).map(isoWeek)).toEqual([52, 1, 3]);
  });

  it('a month day that a month lacks is skipped (RFC 5545), and the last day is each month\'s own', () => {
    expect(days(ruleText(monthly('dayOfMonth', { count: 4 }), '2026-01-31', null))).toEqual(['2026-01-31', '2026-03-31', '2026-05-31', '2026-07-31']);
    expect(days(ruleText(monthly('lastDay', { count: 4 }), '2026-01-31', null))).toEqual(['2026-01-31', '2026-02-28', '2026-03-31', '2026-04-30']);
    expect(days(ruleText(monthly('lastDay', { count: 3 }), '2028-01-31', null))).toEqual(['2028-01-31', '2028-02-29', '2028-03-31']);
  });

  it('29 February comes again only in a leap year', () => {
    expect(days(ruleText(monthly('dayOfMonth', { until: '2028-03-01' }), '2027-12-29', null))).toEqual(['2027-12-29', '2028-01-29', '2028-02-29']);
    expect(days(ruleText(weekly({ count: 2 }), '2028-02-22', null))).toEqual(['2028-02-22', '2028-02-29']);
  });

  it('the nth weekday of a month, and the last one', () => {
    const first = days(ruleText(monthly('nthWeekday', { count: 3 }), '2026-09-07', null));
    expect(first).toEqual(['2026-09-07', '2026-10-05', '2026-11-02']);
    expect(first.every((day) => isoWeekday(day) === 1 && Number(day.slice(8)) <= 7)).toBe(true);
    expect(days(ruleText(monthly('lastWeekday', { count: 3 }), '2026-09-28', null))).toEqual(['2026-09-28', '2026-10-26', '2026-11-30']);
  });

  it('the first post is always the first day, and counts, even on a weekday the rule does not name', () => {
    // 2026-09-09 is a Wednesday; the series is on Mondays (RFC 5545: DTSTART is the first instance).
    expect(days(ruleText(weekly({ weekdays: [1], count: 3 }), '2026-09-09', null))).toEqual(['2026-09-09', '2026-09-14', '2026-09-21']);
  });

  it('ends on a day, and moves to another time, keeping the rest', () => {
    const rule = ruleText(weekly({ count: 10 }), '2026-09-07', '08:00');
    expect(days(endedOn(rule, '2026-09-21'))).toEqual(['2026-09-07', '2026-09-14', '2026-09-21']);
    expect(occurrences(atTime(endedOn(rule, '2026-09-14'), '09:15')).map((o) => o.time)).toEqual(['09:15', '09:15']);
    expect(atTime(endedOn(rule, '2026-09-14'), null)).toBe('DTSTART;VALUE=DATE:20260907\nRRULE:FREQ=WEEKLY;BYDAY=MO;UNTIL=20260914');
  });
});

describe('a rule in words', () => {
  it.each([
    { rule: ruleText(weekly({ until: '2027-06-14' }), '2026-09-07', '08:00'), sv: 'Varje måndag kl. 08:00 till och med 2027-06-14', en: 'Every Monday at 08:00 until 2027-06-14 inclusive' },
    { rule: ruleText(weekly({ interval: 2, weekdays: [1, 3], count: 6 }), '2026-09-07', null), sv: 'Varannan måndag och onsdag, 6 gånger', en: 'Every other Monday and Wednesday, 6 times' },
    { rule: ruleText(monthly('nthWeekday', { count: 1 }), '2026-09-07', null), sv: 'Varje månad den första måndagen, 1 gång', en: 'Every month on the first Monday, once' },
    { rule: ruleText(monthly('lastWeekday', { count: 3 }), '2026-09-28', '12:00'), sv: 'Varje månad den sista måndagen kl. 12:00, 3 gånger', en: 'Every month on the last Monday at 12:00, 3 times' },
    { rule: ruleText(monthly('dayOfMonth', { count: 3 }), '2026-09-22', null), sv: 'Varje månad den 22:a, 3 gånger', en: 'Every month on day 22, 3 times' },
    { rule: ruleText(monthly('dayOfMonth', { count: 3 }), '2026-09-11', null), sv: 'Varje månad den 11:e, 3 gånger', en: 'Every month on day 11, 3 times' },
    { rule: ruleText(monthly('lastDay', { count: 3 }), '2026-09-30', null), sv: 'Varje månad den sista dagen, 3 gånger', en: 'Every month on the last day, 3 times' },
  ])('$sv', ({ rule, sv, en }) => {
    expect(say('sv', ruleWords(rule))).toBe(sv);
    expect(say('en', ruleWords(rule))).toBe(en);
  });
});
