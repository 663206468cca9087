import { format } from 'date-fns';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { calendarEntries, entriesByDay } from '../../src-shared/calendar/entries';
import { isoWeek, monthWeeks, shiftDays, shiftMonths, toDay, weekDays } from '../../src-shared/calendar/dates';
import { slotCollisions } from '../../src-shared/calendar/slots';
import { planWith } from '../support/plans';

describe('calendar arithmetic', () => {
  it.each([
    { day: '2026-11-24', monday: '2026-11-23', week: 48 },
    { day: '2026-11-29', monday: '2026-11-23', week: 48 }, // a Sunday belongs to the week before it
    { day: '2026-11-30', monday: '2026-11-30', week: 49 },
    { day: '2027-01-01', monday: '2026-12-28', week: 53 }, // 2026 has an ISO week 53
    { day: '2026-03-29', monday: '2026-03-23', week: 13 }, // the day daylight saving starts in Sweden
  ])('$day is in week $week starting $monday', ({ day, monday, week }) => {
    expect(weekDays(day)[0]).toBe(monday);
    expect(weekDays(day)).toHaveLength(7);
    expect(isoWeek(day)).toBe(week);
  });

  it('shifts days and months across year ends and short months', () => {
    expect(shiftDays('2026-12-28', 7)).toBe('2027-01-04');
    expect(shiftMonths('2026-01-31', 1)).toBe('2026-02-28');
    expect(shiftDays('2026-10-25', 1)).toBe('2026-10-26'); // daylight saving ends
  });

  it('covers a month with whole Monday-first weeks', () => {
    const weeks = monthWeeks('2026-11-15');
    expect(weeks[0]?.[0]).toBe('2026-10-26');
    expect(weeks.at(-1)?.[6]).toBe('2026-12-06');
    expect(weeks.every((week) => week.length === 7)).toBe(true);
  });
});

describe('what goes where', () => {
  const plan = planWith(
    { type: 'item.create', id: 'a', title: 'A', date: '2026-11-24', time: '09:00' },
    { type: 'variant.add', id: 'a', channel: 'x' },
    { type: 'variant.add', id: 'a', channel: 'facebook' },
    { type: 'variant.update', id: 'a', channel: 'facebook', patch: { date: '2026-11-26', time: '17:30' } },
    { type: 'item.create', id: 'b', title: 'B', date: '2026-11-24', time: '09:00' },
    { type: 'variant.add', id: 'b', channel: 'x' },
    { type: 'item.create', id: 'c', title: 'C', date: '2026-11-25' },
    { type: 'item.create', id: 'd', title: 'D' },
  );
  const entries = calendarEntries(plan.items);

  it('places every variant at its own date and time, or the item’s', () => {
    expect(entries.map((e) => [e.key, e.date, e.time])).toEqual([
      ['a:x', '2026-11-24', '09:00'],
      ['b:x', '2026-11-24', '09:00'],
      ['c:none', '2026-11-25', null],
      ['a:facebook', '2026-11-26', '17:30'],
    ]);
  });

  it('buckets by the stored day, the same for week and month', () => {
    const byDay = entriesByDay(entries);
    expect(byDay.get('2026-11-24')?.map((e) => e.key)).toEqual(['a:x', 'b:x']);
    expect([...byDay.keys()]).toEqual(['2026-11-24', '2026-11-25', '2026-11-26']);
  });

  it('flags two posts on the same channel, day and time', () => {
    expect([...slotCollisions(entries)].sort()).toEqual(['a:x', 'b:x']);
  });
});

describe('ties on the calendar', () => {
  it('orders a day by time, the posts without a time last, whatever the input order', () => {
    const plan = planWith(
      { type: 'item.create', id: 'u', title: 'A utan tid', date: '2026-11-24' },
      { type: 'item.create', id: 'l', title: 'B sen', date: '2026-11-24', time: '10:00' },
      { type: 'item.create', id: 'e', title: 'C tidig', date: '2026-11-24', time: '08:00' },
      { type: 'item.create', id: 'n', title: 'D dagen efter', date: '2026-11-25', time: '07:00' },
    );
    const keys = (items: typeof plan.items) => calendarEntries(items).map((entry) => entry.key);
    expect(keys(plan.items)).toEqual(['e:none', 'l:none', 'u:none', 'n:none']);
    expect(keys([...plan.items].reverse())).toEqual(keys(plan.items));
  });

  it('orders posts at the same time by Swedish title, then id, then channel, whatever the input order', () => {
    const plan = planWith(
      { type: 'item.create', id: 'z', title: 'Ärende', date: '2026-11-24', time: '09:00' },
      { type: 'item.create', id: 'b', title: 'Zebra', date: '2026-11-24', time: '09:00' },
      { type: 'item.create', id: 'a', title: 'Zebra', date: '2026-11-24', time: '09:00' },
      { type: 'variant.add', id: 'a', channel: 'x' },
      { type: 'variant.add', id: 'a', channel: 'facebook' },
    );
    const keys = (items: typeof plan.items) => calendarEntries(items).map((entry) => entry.key);
    // Swedish sorts Ä after Z, where a root collation would put it with A.
    expect(keys(plan.items)).toEqual(['a:facebook', 'a:x', 'b:none', 'z:none']);
    expect(keys([...plan.items].reverse())).toEqual(keys(plan.items));
  });
});


describe('toDay', () => {
  it('gives the local day exactly as date-fns formats it, across years, months and daylight-saving changes', () => {
    const samples = [
      new Date(2026, 2, 29, 1, 30), // the night the clocks go forward in Sweden
      new Date(2026, 9, 25, 2, 30), // and back
      new Date(2026, 11, 31, 23, 59, 59, 999),
      new Date(2027, 0, 1, 0, 0),
      new Date(999, 5, 9, 12),
      new Date(9999, 11, 31, 12),
    ];
    fc.assert(
      fc.property(fc.date({ min: new Date(100, 0, 1), max: new Date(9999, 11, 31), noInvalidDate: true }), (date) => {
        expect(toDay(date)).toBe(format(date, 'yyyy-MM-dd'));
      }),
      { numRuns: 2000 },
    );
    for (const date of samples) expect(toDay(date)).toBe(format(date, 'yyyy-MM-dd'));
  });
});
