import { format } from 'date-fns';
import { enGB, sv } from 'date-fns/locale';
import { toDate } from '../../src-shared/calendar/dates';

export function dateLocale(language: string) {
  return language === 'en' ? enGB : sv;
}

/** "tis 24 nov · 09:00" */
export function formatWhen(day: string, time: string | null, language: string): string {
  const date = format(toDate(day), 'EEE d MMM', { locale: dateLocale(language) });
  return time ? `${date} · ${time}` : date;
}

/** A shortcut as the platform writes it: ⌘⇧Z on a Mac, Ctrl+Shift+Z elsewhere. */
export function shortcutWords(key: string, shift = false): string {
  const mac = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform);
  return mac ? `${shift ? '⇧' : ''}⌘${key}` : `Ctrl+${shift ? 'Shift+' : ''}${key}`;
}
