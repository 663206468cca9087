// A 24-hour `tt:mm` time field in Swedish (the locale's own in English); `HH:mm` at the boundary.
import { I18nProvider, Label, TimeField as AriaTimeField } from 'react-aria-components';
import { fromTime, toTime, useFieldLocale } from './date-values';
import { DateSegments } from './DateSegments';
import './date-fields.css';

interface Props {
  label: string;
  value: string | null;
  /** Called with `HH:mm` once hour and minute are both there, and null when the time is cleared. */
  onChange: (time: string | null) => void;
  isDisabled?: boolean;
}

export function TimeField({ label, value, onChange, isDisabled }: Props) {
  const { locale, hourCycle } = useFieldLocale();
  return (
    <I18nProvider locale={locale}>
      <AriaTimeField
        className="field date-field"
        value={toTime(value)}
        onChange={(time) => onChange(fromTime(time))}
        hourCycle={hourCycle}
        isDisabled={isDisabled}
        shouldForceLeadingZeros
      >
        <Label className="date-label">{label}</Label>
        <div className="date-group">
          <DateSegments />
        </div>
      </AriaTimeField>
    </I18nProvider>
  );
}
