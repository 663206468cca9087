import { format } from 'date-fns';
import { enGB, sv } from 'date-fns/locale';
import { toDate } from '../../src-shared/calendar/dates';

export function dateLocale(language: string) {
  return language === 'en' ? enGB : sv;
}

/**
 * Dates and times as the app writes them everywhere: Swedish, or British English, which shares
 * the 24-hour clock with the rest of the app ("en" alone would be the US 12-hour clock).
 */
export function timeFormat(language: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  return new Intl.DateTimeFormat(language === 'en' ? 'en-GB' : 'sv-SE', { hourCycle: 'h23', ...options });
}

/** "tis 24 nov · 09:00"; with its year ("fre 9 maj 2025") when `today` is given and of another year. */
export function formatWhen(day: string, time: string | null, language: string, today?: string): string {
  const pattern = today !== undefined && day.slice(0, 4) !== today.slice(0, 4) ? 'EEE d MMM yyyy' : 'EEE d MMM';
  const date = format(toDate(day), pattern, { locale: dateLocale(language) });
  return time ? `${date} · ${time}` : date;
}

/** A shortcut as the platform writes it: ⌘⇧Z on a Mac, Ctrl+Shift+Z elsewhere. */
export function shortcutWords(key: string, shift = false): string {
  const mac = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform);
  return mac ? `${shift ? '⇧' : ''}⌘${key}` : `Ctrl+${shift ? 'Shift+' : ''}${key}`;
}

/** "2,4 MB", "18 kB", in the UI language. */
export function formatSize(bytes: number, language: string): string {
  const [value, unit] =
    bytes >= 1_000_000 ? [bytes / 1_000_000, 'megabyte'] : bytes >= 1_000 ? [bytes / 1_000, 'kilobyte'] : [bytes, 'byte'];
  return new Intl.NumberFormat(language, { style: 'unit', unit, maximumFractionDigits: 1 }).format(value);
}

/** A backup's or a notice's moment, to the second. */
export function formatTimestamp(iso: string, language: string): string {
  return timeFormat(language, { dateStyle: 'medium', timeStyle: 'medium' }).format(new Date(iso));
}
