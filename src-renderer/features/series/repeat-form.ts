// The "Upprepa" form's state and what it makes: the rule's choices, read from the post's date
// (its weekday, its day of the month), and the series it would be, in words and in posts.
import { isoWeekday, shiftDays } from '../../../src-shared/calendar/dates';
import type { Message } from '../../../src-shared/i18n/messages';
import { DomainError } from '../../../src-shared/ipc/errors';
import type { ContentItem } from '../../../src-shared/plan/model';
import { occurrences, Repeat, ruleText } from '../../../src-shared/series/rule';
import { ruleWords } from '../../../src-shared/series/words';

export type Often = 'weekly' | 'biweekly' | 'monthly';

export interface RepeatForm {
  often: Often;
  weekdays: number[];
  monthly: Repeat['monthly'];
  ends: 'until' | 'count';
  until: string | null;
  count: string;
}

/** Every Monday if the post is on a Monday, until a quarter of a year after it. */
export function defaultForm(day: string): RepeatForm {
  return { often: 'weekly', weekdays: [isoWeekday(day)], monthly: 'dayOfMonth', ends: 'until', until: shiftDays(day, 91), count: '10' };
}

/** Which "day of the month" choices the post's date allows: the last ones only in a month's last week. */
export function monthlyKinds(day: string): Array<Repeat['monthly']> {
  const lastWeek = Number(shiftDays(day, 7).slice(8, 10)) < Number(day.slice(8, 10));
  const lastDay = shiftDays(day, 1).slice(8, 10) === '01';
  return ['dayOfMonth', 'nthWeekday', ...(lastWeek ? (['lastWeekday'] as const) : []), ...(lastDay ? (['lastDay'] as const) : [])];
}

export function repeatOf(form: RepeatForm): Repeat {
  return {
    frequency: form.often === 'monthly' ? 'monthly' : 'weekly',
    interval: form.often === 'biweekly' ? 2 : 1,
    weekdays: form.often === 'monthly' ? [] : form.weekdays,
    monthly: form.monthly,
    until: form.ends === 'until' ? form.until : null,
    count: form.ends === 'count' ? Number(form.count) : null,
  };
}

export type Outline = { ok: true; count: number; words: Message } | { ok: false; problem: Message };

/** The series the form would make of the post: how many posts, and its rule in words; or why not. */
export function outline(form: RepeatForm, item: ContentItem): Outline {
  const repeat = Repeat.safeParse(repeatOf(form));
  if (!repeat.success || item.date === null) return { ok: false, problem: { key: item.date === null ? 'series.errors.needsDate' : 'series.errors.endless' } };
  if (repeat.data.until !== null && repeat.data.until < item.date) return { ok: false, problem: { key: 'series.errors.untilBeforeStart' } };
  const rule = ruleText(repeat.data, item.date, item.time);
  try {
    return { ok: true, count: occurrences(rule).length, words: ruleWords(rule) };
  } catch (error) {
    if (error instanceof DomainError) return { ok: false, problem: error.text };
    throw error;
  }
}
