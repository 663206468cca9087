// The boundary between the plan's strings (`yyyy-MM-dd`, `HH:mm`) and React Aria's date values,
// and the locale the fields are shown in.
import { CalendarDate, Time, parseDate } from '@internationalized/date';
import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react';
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

const always = () => true;

/**
 * What a date or time field shows, kept apart from the value it reports: a controlled field given
 * back its old value would wipe the parts typed so far, and a change is reported once, when the
 * field holds a whole value and the typing is done (`commit`: on leaving the field, on Enter, on
 * a day picked in the popup), never for each part on the way ("2026-12-0" is not 2 December).
 * A new value from outside (an undo, "this week") replaces what is shown.
 */
export function useDraft<T>(
  value: string | null,
  onChange: (value: string | null) => void,
  toDraft: (value: string | null) => T | null,
  fromDraft: (draft: T | null) => string | null,
  reportable: (draft: T | null) => boolean = always,
) {
  const [draft, setDraft] = useState<T | null>(() => toDraft(value));
  const [outside, setOutside] = useState(value);
  if (value !== outside) {
    setOutside(value);
    setDraft(toDraft(value));
  }
  // The latest draft and value for a commit that runs before the next render (a picked day).
  // Kept current after each render (a value from outside replaces the draft) and by `change`.
  const latest = useRef({ draft, value, onChange });
  useLayoutEffect(() => {
    latest.current = { draft, value, onChange };
  });
  const change = (next: T | null) => {
    latest.current.draft = next;
    setDraft(next);
  };
  const commit = useCallback(() => {
    const { draft: shown, value: stored, onChange: report } = latest.current;
    if (!reportable(shown)) return;
    const next = fromDraft(shown);
    if (next !== stored) {
      latest.current.value = next;
      report(next);
    }
  }, [fromDraft, reportable]);
  // A field taken away while a whole value is typed (the editor closed by Escape) still reports it.
  const onUnmount = useRef(commit);
  useLayoutEffect(() => {
    onUnmount.current = commit;
  });
  useEffect(() => () => onUnmount.current(), []);
  return { draft, change, commit };
}

/** `useDraft` for a date: whole days between 1900 and 2099 only. */
export function useDateDraft(value: string | null, onChange: (day: string | null) => void) {
  return useDraft(value, onChange, toCalendarDate, fromCalendarDate, isReportable);
}

/** `useDraft` for a time of day. */
export function useTimeDraft(value: string | null, onChange: (time: string | null) => void) {
  return useDraft(value, onChange, toTime, fromTime);
}

/**
 * Enter ends the typing as leaving the field does. Caught on the way down (capture): the field's
 * parts handle their own keys and do not let Enter bubble to the field's own handler.
 */
export function enterCommits(commit: () => void) {
  return {
    onKeyDownCapture: (event: { key: string }) => {
      if (event.key === 'Enter') commit();
    },
  };
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
