// A series' rule in words, as catalogue data: "Varje måndag kl. 08:00 till och med 2027-06-14".
// Read from the stored rule itself, so what the editor says is what the series does.
import type { Message } from '../i18n/messages';
import { andList } from '../i18n/lists';
import { message } from '../ipc/errors';
import { ruleOptions, ruleStart } from './rule';

type Weekday = { weekday: number; n?: number | undefined };

export function ruleWords(rule: string): Message {
  const options = ruleOptions(rule);
  const { time } = ruleStart(rule);
  const interval = options.interval ?? 1;
  const when = options.freq === 2 ? weeklyWords(weekdaysOf(options.byweekday), interval) : monthlyWords(options, interval);
  const end =
    options.count !== undefined && options.count !== null
      ? message('series.words.count', { count: options.count })
      : options.until
        ? message('series.words.until', { day: options.until.toISOString().slice(0, 10) })
        : null;
  const at = time === null ? '' : message('series.words.at', { time });
  return message('series.words.rule', { when, at, end: end ?? '' });
}

function weekdaysOf(value: unknown): Weekday[] {
  const list = Array.isArray(value) ? value : value === undefined || value === null ? [] : [value];
  return list.filter((day): day is Weekday => typeof day === 'object' && day !== null && 'weekday' in day);
}

/** rrule counts Monday as 0; the catalogue names ISO weekdays, Monday 1. */
const dayName = (day: Weekday) => message(`series.weekdays.${day.weekday + 1}`);

function weeklyWords(days: Weekday[], interval: number): Message {
  const names = andList(days.map(dayName));
  if (interval === 1) return message('series.words.weekly', { days: names });
  if (interval === 2) return message('series.words.everyOtherWeek', { days: names });
  return message('series.words.everyNthWeek', { days: names, n: interval });
}

function monthlyWords(options: ReturnType<typeof ruleOptions>, interval: number): Message {
  const every = interval === 1 ? message('series.words.everyMonth') : message('series.words.everyNthMonth', { n: interval });
  const [weekday] = weekdaysOf(options.byweekday);
  const monthDay = Array.isArray(options.bymonthday) ? options.bymonthday[0] : options.bymonthday;
  if (weekday !== undefined && weekday.n !== undefined) {
    const nth = weekday.n < 0 ? message('series.ordinals.last') : message(`series.ordinals.${weekday.n}`);
    return message('series.words.monthWeekday', { every, nth, day: dayName(weekday) });
  }
  if (monthDay === -1) return message('series.words.monthLastDay', { every });
  const date = monthDay ?? 1;
  // Swedish ordinals end in :a after 1 and 2 (1:a, 22:a), else in :e (7:e, 11:e).
  const a = [1, 2].includes(date % 10) && ![11, 12].includes(date % 100);
  return message(a ? 'series.words.monthDayA' : 'series.words.monthDayE', { every, date });
}
