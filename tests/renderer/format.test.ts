// Dates and times read the same way everywhere in the app: the 24-hour clock in English too
// (issue 17 finding 21: the backups table said "Dec 2, 2026, 12:41:56 PM").
import { describe, expect, it } from 'vitest';
import { formatTimestamp, formatWhen, timeFormat } from '../../src-renderer/lib/format';

describe('times in the UI', () => {
  it.each([
    ['en', '2026-12-02T12:41:56', '2 Dec 2026, 12:41:56'],
    ['en', '2026-12-02T00:05:00', '2 Dec 2026, 00:05:00'],
    ['sv', '2026-12-02T00:05:00', '2 dec. 2026 00:05:00'],
  ])('a backup taken at %s %s reads %s', (language, local, words) => {
    expect(formatTimestamp(new Date(local).toISOString(), language)).toBe(words);
  });

  it('never uses a 12-hour clock', () => {
    const evening = new Date(2026, 11, 2, 18, 30);
    for (const language of ['sv', 'en']) expect(timeFormat(language, { timeStyle: 'short' }).format(evening)).toBe('18:30');
  });
});

describe('a day in a list', () => {
  it.each([
    ['sv', '2026-11-24', '09:00', undefined, 'tis 24 nov. · 09:00'],
    ['sv', '2026-11-24', null, '2026-12-03', 'tis 24 nov.'],
    // A late post of an earlier year says which.
    ['sv', '2025-05-09', null, '2026-12-03', 'fre 9 maj 2025'],
    ['en', '2025-05-09', null, '2026-12-03', 'Fri 9 May 2025'],
  ])('in %s, %s at %s (today %s) reads %s', (language, day, time, today, words) => {
    expect(formatWhen(day, time, language, today)).toBe(words);
  });
});
