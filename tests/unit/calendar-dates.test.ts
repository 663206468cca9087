// Calendar days as the app writes them (`yyyy-MM-dd`): their weekday by date-fns' ISO rules.
import fc from 'fast-check';
import { getISODay } from 'date-fns';
import { describe, expect, it } from 'vitest';
import { isoWeekday, toDate, toDay } from '../../src-shared/calendar/dates';

describe('isoWeekday', () => {
  it("gives date-fns' ISO weekday of the local day, Monday 1 to Sunday 7, in any year", () => {
    const day = fc.date({ min: new Date(1000, 0, 1), max: new Date(9999, 11, 31), noInvalidDate: true }).map(toDay);
    fc.assert(
      fc.property(day, (written) => {
        expect(isoWeekday(written)).toBe(getISODay(toDate(written)));
      }),
      { numRuns: 2000 },
    );
    expect(isoWeekday('2026-12-02')).toBe(3);
    expect(isoWeekday('2026-12-06')).toBe(7);
    expect(isoWeekday('2027-01-04')).toBe(1);
  });
});
