import { useTranslation } from 'react-i18next';
import { format } from 'date-fns';
import { entriesByDay, type CalendarEntry } from '../../../src-shared/calendar/entries';
import { isoWeek, toDate, weekDays } from '../../../src-shared/calendar/dates';
import type { ChannelId, Settings } from '../../../src-shared/plan/model';
import { useUiStore } from '../../app/ui-store';
import { ChannelBadge } from '../../components/ChannelBadge';
import { useLocalized } from '../../i18n';
import { channelSettings } from '../../../src-shared/settings/policy';
import { dateLocale } from '../../lib/format';
import { today } from '../../lib/now';
import { DropCell } from './DropCell';
import { CellChips } from './EntryChip';
import type { ChipContext } from './entry-label';

interface Props {
  entries: CalendarEntry[];
  collisions: Set<string>;
  settings: Settings;
  chips: ChipContext;
}

/** Seven day columns, Monday first, and a lane per channel. */
export function WeekView({ entries, collisions, settings, chips }: Props) {
  const { t, i18n } = useTranslation();
  const localized = useLocalized();
  const anchor = useUiStore((state) => state.calendarAnchor);
  const days = weekDays(anchor);
  const byDay = entriesByDay(entries.filter((entry) => days.includes(entry.date)));
  // A lane per enabled channel, and one for any other channel (or none) with a post this week,
  // so nothing on the calendar is hidden by a setting.
  const thisWeek = new Set([...byDay.values()].flat().map((entry) => entry.channel));
  const lanes: Array<ChannelId | null> = settings.channels.filter((c) => c.enabled || thisWeek.has(c.id)).map((c) => c.id);
  if (thisWeek.has(null)) lanes.push(null);
  const todayDay = today();
  const firstFocus = days.includes(todayDay) ? todayDay : days[0];
  const locale = dateLocale(i18n.language);

  return (
    <div className="week-grid" role="grid" aria-label={t('calendar.weekLabel', { week: isoWeek(anchor) })}>
      <div className="week-row week-header" role="row">
        <div className="lane-label" role="columnheader">
          {t('calendar.weekShort', { week: isoWeek(anchor) })}
        </div>
        {days.map((day) => (
          <div
            key={day}
            className="day-header"
            role="columnheader"
            data-today={day === todayDay || undefined}
            aria-current={day === todayDay ? 'date' : undefined}
          >
            <span className="day-name">{format(toDate(day), 'EEE', { locale })}</span>
            <span className="day-number">{format(toDate(day), 'd MMM', { locale })}</span>
          </div>
        ))}
      </div>
      {lanes.map((channel) => (
        <div key={channel ?? 'none'} className="week-row" role="row">
          <div className="lane-label" role="rowheader">
            {channel ? (
              <ChannelBadge channel={channel} settings={settings} />
            ) : (
              <span className="channel-badge channel-none">{t('calendar.noChannel')}</span>
            )}
          </div>
          {/* Cells keyed by their column, not their day: a week switch gives them new days. */}
          {days.map((day, column) => (
            <DropCell
              key={column}
              date={day}
              channel={channel}
              tabbable={channel === lanes[0] && day === firstFocus}
              className={`week-cell${day === todayDay ? ' today' : ''}`}
              label={`${format(toDate(day), 'EEEE d MMMM', { locale })}, ${channel ? localized(channelSettings(settings, channel).label) : t('calendar.noChannel')}`}
            >
              <CellChips
                entries={(byDay.get(day) ?? []).filter((entry) => entry.channel === channel)}
                collisions={collisions}
                context={chips}
              />
            </DropCell>
          ))}
        </div>
      ))}
    </div>
  );
}
