// The boundary between the plan's strings (`yyyy-MM-dd`, `HH:mm`) and React Aria's date values,
// and the locale the fields are shown in.
import { CalendarDate, Time, parseDate } from '@internationalized/date';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * Swedish shows `åååå-mm-dd` and `tt:mm`. English uses en-GB's own order (dd/mm/yyyy, 24 h):
 * the plan is a Swedish organisation's, and en-US's month-first order is the confusion the
 * native inputs caused.
 */
export function useFieldLocale(): { locale: string; hourCycle: 12 | 24 | undefined } {
  const { i18n } = useTranslation();
  return i18n.language === 'en' ? { locale: 'en-GB', hourCycle: undefined } : { locale: 'sv-SE', hourCycle: 24 };
}

export function toCalendarDate(day: string | null): CalendarDate | null {
  if (!day) return null;
  try {
    return parseDate(day);
  } catch {
    return null;
  }
}

/** The years the fields accept; the popup's calendar stops there too. */
export const FIRST_DAY = new CalendarDate(1900, 1, 1);
export const LAST_DAY = new CalendarDate(2099, 12, 31);

/**
 * A year outside 1900–2099 is a year being typed ("2", "20", "202" on the way to "2026"), not
 * a date: it is not reported, so the plan never sees year 0020.
 */
export function isReportable(value: { year: number } | null): boolean {
  return value === null || (value.year >= FIRST_DAY.year && value.year <= LAST_DAY.year);
}

/**
 * The date the field shows, which may be a year being typed, kept apart from the reported value:
 * a controlled field given back its old value would wipe the parts typed so far. A new value
 * from outside (an undo, "this week") replaces what is shown.
 */
export function useDateDraft(value: string | null, onChange: (day: string | null) => void) {
  const [draft, setDraft] = useState<CalendarDate | null>(() => toCalendarDate(value));
  const [outside, setOutside] = useState(value);
  if (value !== outside) {
    setOutside(value);
    setDraft(toCalendarDate(value));
  }
  const change = (day: CalendarDate | null) => {
    setDraft(day);
    if (isReportable(day)) onChange(fromCalendarDate(day));
  };
  return { draft, change };
}

export function fromCalendarDate(value: { year: number; month: number; day: number } | null): string | null {
  if (!value) return null;
  return `${String(value.year).padStart(4, '0')}-${pad(value.month)}-${pad(value.day)}`;
}

export function toTime(time: string | null): Time | null {
  const match = time ? /^(\d{2}):(\d{2})$/.exec(time) : null;
  return match ? new Time(Number(match[1]), Number(match[2])) : null;
}

export function fromTime(value: { hour: number; minute: number } | null): string | null {
  return value ? `${pad(value.hour)}:${pad(value.minute)}` : null;
}

function pad(part: number): string {
  return String(part).padStart(2, '0');
}
