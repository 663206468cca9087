import { useTranslation } from 'react-i18next';
import { format } from 'date-fns';
import { entriesByDay, type CalendarEntry } from '../../../src-shared/calendar/entries';
import { isoWeek, monthWeeks, toDate } from '../../../src-shared/calendar/dates';
import { useUiStore } from '../../app/ui-store';
import { dateLocale } from '../../lib/format';
import { today } from '../../lib/now';
import { DropCell } from './DropCell';
import { EntryChip } from './EntryChip';
import type { ChipContext } from './entry-label';

const SHOWN_PER_DAY = 4;

/** Whole weeks covering the month; days bucketed exactly as in the week view. */
export function MonthView({
  entries,
  collisions,
  chips,
}: {
  entries: CalendarEntry[];
  collisions: Set<string>;
  chips: ChipContext;
}) {
  const { t, i18n } = useTranslation();
  const { calendarAnchor, setCalendar } = useUiStore();
  const weeks = monthWeeks(calendarAnchor);
  const byDay = entriesByDay(entries);
  const month = calendarAnchor.slice(0, 7);
  const todayDay = today();
  const firstFocus = todayDay.startsWith(month) ? todayDay : `${month}-01`;
  const locale = dateLocale(i18n.language);

  return (
    <div className="month-grid" role="grid" aria-label={format(toDate(calendarAnchor), 'LLLL yyyy', { locale })}>
      <div className="month-row month-header" role="row">
        <div className="month-week" role="columnheader" />
        {(weeks[0] ?? []).map((day) => (
          <div key={day} className="month-day-name" role="columnheader">
            {format(toDate(day), 'EEE', { locale })}
          </div>
        ))}
      </div>
      {weeks.map((week) => (
        <div key={week[0]} className="month-row" role="row">
          <div className="month-week" role="rowheader">
            <button
              type="button"
              aria-label={t('calendar.openWeek', { week: isoWeek(week[0] as string) })}
              onClick={() => setCalendar({ calendarMode: 'week', calendarAnchor: week[0] })}
            >
              {t('calendar.weekShort', { week: isoWeek(week[0] as string) })}
            </button>
          </div>
          {week.map((day) => {
            const dayEntries = byDay.get(day) ?? [];
            return (
              <DropCell
                key={day}
                date={day}
                channel={null}
                tabbable={day === firstFocus}
                className={`month-cell${day.startsWith(month) ? '' : ' outside'}${day === todayDay ? ' today' : ''}`}
                label={format(toDate(day), 'EEEE d MMMM', { locale })}
              >
                <span className="month-date" aria-current={day === todayDay ? 'date' : undefined}>
                  {format(toDate(day), 'd')}
                </span>
                {dayEntries.slice(0, SHOWN_PER_DAY).map((entry) => (
                  <EntryChip key={entry.key} entry={entry} collides={collisions.has(entry.key)} context={chips} compact />
                ))}
                {dayEntries.length > SHOWN_PER_DAY && (
                  <span className="month-more">{t('calendar.more', { count: dayEntries.length - SHOWN_PER_DAY })}</span>
                )}
              </DropCell>
            );
          })}
        </div>
      ))}
    </div>
  );
}
