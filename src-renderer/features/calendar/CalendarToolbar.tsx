import { useTranslation } from 'react-i18next';
import { ChevronLeft, ChevronRight, PackageOpen, UsersRound } from 'lucide-react';
import { format } from 'date-fns';
import { isoWeek, shiftDays, shiftMonths, toDate, weekDays } from '../../../src-shared/calendar/dates';
import { useUiStore } from '../../app/ui-store';
import { useExportDialog } from '../export/export-dialog-store';
import { dateLocale } from '../../lib/format';
import { today } from '../../lib/now';
import { useBoardStore } from '../board/board-store';

export function CalendarToolbar() {
  const { t, i18n } = useTranslation();
  const { calendarMode, calendarAnchor, setCalendar } = useUiStore();
  const { coveragePanel, toggleCoveragePanel } = useBoardStore();
  const showExport = useExportDialog((state) => state.show);
  const locale = dateLocale(i18n.language);
  const step = (direction: 1 | -1) =>
    setCalendar({
      calendarAnchor: calendarMode === 'week' ? shiftDays(calendarAnchor, 7 * direction) : shiftMonths(calendarAnchor, direction),
    });
  const days = weekDays(calendarAnchor);
  const title =
    calendarMode === 'week'
      ? `${t('calendar.weekShort', { week: isoWeek(calendarAnchor) })} · ${format(toDate(days[0] as string), 'd MMM', { locale })} – ${format(toDate(days[6] as string), 'd MMM yyyy', { locale })}`
      : format(toDate(calendarAnchor), 'LLLL yyyy', { locale });

  return (
    <div className="calendar-toolbar">
      <div className="segmented" role="group" aria-label={t('calendar.mode')}>
        {(['week', 'month'] as const).map((mode) => (
          <button
            key={mode}
            type="button"
            aria-pressed={calendarMode === mode}
            onClick={() => setCalendar({ calendarMode: mode })}
          >
            {t(`calendar.${mode}`)}
          </button>
        ))}
      </div>
      <div className="calendar-stepper">
        <button
          type="button"
          aria-label={t(calendarMode === 'week' ? 'calendar.previousWeek' : 'calendar.previousMonth')}
          onClick={() => step(-1)}
        >
          <ChevronLeft size={16} aria-hidden />
        </button>
        <button type="button" onClick={() => setCalendar({ calendarAnchor: today() })}>
          {t('calendar.today')}
        </button>
        <button
          type="button"
          aria-label={t(calendarMode === 'week' ? 'calendar.nextWeek' : 'calendar.nextMonth')}
          onClick={() => step(1)}
        >
          <ChevronRight size={16} aria-hidden />
        </button>
      </div>
      <h1 className="calendar-title" aria-live="polite">
        {title}
      </h1>
      <button
        type="button"
        className="calendar-coverage-toggle"
        aria-pressed={coveragePanel}
        aria-label={t(calendarMode === 'week' ? 'coverage.toggleLabel' : 'coverage.toggleLabelMonth')}
        title={t(calendarMode === 'week' ? 'coverage.toggleLabel' : 'coverage.toggleLabelMonth')}
        onClick={toggleCoveragePanel}
      >
        <UsersRound size={16} aria-hidden /> {t('coverage.toggle')}
      </button>
      <button type="button" className="calendar-export" onClick={showExport}>
        <PackageOpen size={16} aria-hidden /> {t('exportDialog.export')}
      </button>
    </div>
  );
}
