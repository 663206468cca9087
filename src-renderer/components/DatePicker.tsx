// The date field with a calendar popup: type the date, or open the month with the button (or
// Alt+↓) and pick a day with the arrow keys and Enter.
import { useRef, type ReactNode } from 'react';
import {
  Button,
  Calendar,
  CalendarCell,
  CalendarGrid,
  DatePicker as AriaDatePicker,
  Dialog,
  Group,
  Heading,
  I18nProvider,
  Label,
  Popover,
} from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { CalendarDays, ChevronLeft, ChevronRight } from 'lucide-react';
import type { DateFieldProps } from './DateField';
import { enterCommits, FIRST_DAY, fromCalendarDate, isReportable, LAST_DAY, useDateDraft, useFieldLocale } from './date-values';
import { DateSegments } from './DateSegments';
import './date-fields.css';

interface Props extends DateFieldProps {
  /**
   * Where the popup is rendered. Inside a modal dialog it must be the dialog's own element: the
   * dialog keeps focus and pointer events inside itself, so a popup on the body could not be used.
   */
  popupContainer?: Element | null;
  /** A control beside the field, inside its label's row (such as "remove the date"). */
  action?: ReactNode;
  /** Told of each whole day while it is still being typed, before it is reported (null: none). */
  onDraft?: (day: string | null) => void;
}

export function DatePicker({ label, value, onChange, isDisabled, describedBy, isInvalid, popupContainer, action, onDraft }: Props) {
  const { t } = useTranslation();
  const { locale } = useFieldLocale();
  const { draft, change, commit } = useDateDraft(value, onChange);
  const returnFocus = useFocusReturn();
  return (
    <I18nProvider locale={locale}>
      <div className="date-commit" {...enterCommits(commit)}>
      <AriaDatePicker
        className="field date-field"
        value={draft}
        onChange={(day) => {
          change(day);
          onDraft?.(isReportable(day) ? fromCalendarDate(day) : null);
        }}
        minValue={FIRST_DAY}
        maxValue={LAST_DAY}
        isDisabled={isDisabled}
        isInvalid={isInvalid}
        aria-describedby={describedBy}
        shouldForceLeadingZeros
        onBlur={commit}
        // A day picked in the popup closes it: that is the end of choosing, as leaving the field is.
        onOpenChange={(open) => {
          returnFocus(open);
          if (!open) commit();
        }}
      >
        <Label className="date-label">{label}</Label>
        <span className="with-action">
          <Group className="date-group">
            <DateSegments />
            <Button className="date-popup-button ghost icon" aria-label={t('dateFields.openCalendar')}>
              <CalendarDays size={14} aria-hidden />
            </Button>
          </Group>
          {action}
        </span>
        <Popover className="date-popover" data-date-popup UNSTABLE_portalContainer={popupContainer ?? undefined}>
          <Dialog className="date-popup">
            <Calendar className="date-calendar">
              <header className="date-calendar-header">
                <Button slot="previous" className="ghost icon">
                  <ChevronLeft size={16} aria-hidden />
                </Button>
                <Heading className="date-calendar-heading" />
                <Button slot="next" className="ghost icon">
                  <ChevronRight size={16} aria-hidden />
                </Button>
              </header>
              <CalendarGrid className="date-calendar-grid">
                {(date) => <CalendarCell date={date} className="date-calendar-cell" />}
              </CalendarGrid>
            </Calendar>
          </Dialog>
        </Popover>
      </AriaDatePicker>
      </div>
    </I18nProvider>
  );
}

/**
 * When the popup closes, focus goes back to the part or button that opened it. React Aria does
 * that itself, except inside a Radix dialog: its focus trap sees the focused day vanish first
 * and puts focus on the dialog as a whole, and React Aria then leaves it there.
 */
function useFocusReturn(): (open: boolean) => void {
  const opener = useRef<HTMLElement | null>(null);
  return (open) => {
    if (open) {
      opener.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
      return;
    }
    const target = opener.current;
    requestAnimationFrame(() => {
      const active = document.activeElement;
      const lost = active === null || active === document.body || (target !== null && active.contains(target));
      if (lost && target?.isConnected) target.focus();
    });
  };
}
