// An `åååå-mm-dd` date field in Swedish (the locale's own in English), typed segment by segment;
// `yyyy-MM-dd` at the boundary. DatePicker adds a calendar popup to the same field.
import { DateField as AriaDateField, I18nProvider, Label } from 'react-aria-components';
import { enterCommits, FIRST_DAY, LAST_DAY, useDateDraft, useFieldLocale } from './date-values';
import { DateSegments } from './DateSegments';
import './date-fields.css';

export interface DateFieldProps {
  label: string;
  value: string | null;
  /** Called with `yyyy-MM-dd` once the date is whole, and null while it is cleared or incomplete. */
  onChange: (day: string | null) => void;
  isDisabled?: boolean;
  /** An id of a message that describes the field (a problem with its value). */
  describedBy?: string;
  isInvalid?: boolean;
  /** The label is for screen readers only, where the words beside the field already say it. */
  hideLabel?: boolean;
}

export function DateField({ label, value, onChange, isDisabled, describedBy, isInvalid, hideLabel }: DateFieldProps) {
  const { locale } = useFieldLocale();
  const { draft, change, commit } = useDateDraft(value, onChange);
  return (
    <I18nProvider locale={locale}>
      <div className="date-commit" {...enterCommits(commit)}>
      <AriaDateField
        className="field date-field"
        value={draft}
        onChange={change}
        onBlur={commit}
        minValue={FIRST_DAY}
        maxValue={LAST_DAY}
        isDisabled={isDisabled}
        isInvalid={isInvalid}
        aria-describedby={describedBy}
        shouldForceLeadingZeros
      >
        <Label className={hideLabel ? 'date-label visually-hidden' : 'date-label'}>{label}</Label>
        <div className="date-group">
          <DateSegments />
        </div>
      </AriaDateField>
      </div>
    </I18nProvider>
  );
}
