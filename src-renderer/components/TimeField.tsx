// A 24-hour `tt:mm` time field in Swedish (the locale's own in English); `HH:mm` at the boundary.
import { I18nProvider, Label, TimeField as AriaTimeField } from 'react-aria-components';
import { enterCommits, useFieldLocale, useTimeDraft } from './date-values';
import { DateSegments } from './DateSegments';
import './date-fields.css';

interface Props {
  label: string;
  value: string | null;
  /** Called with `HH:mm` once hour and minute are both there and the typing is done, null when cleared. */
  onChange: (time: string | null) => void;
  isDisabled?: boolean;
}

export function TimeField({ label, value, onChange, isDisabled }: Props) {
  const { locale, hourCycle } = useFieldLocale();
  const { draft, change, commit } = useTimeDraft(value, onChange);
  return (
    <I18nProvider locale={locale}>
      <div className="date-commit" {...enterCommits(commit)}>
      <AriaTimeField
        className="field date-field"
        value={draft}
        onChange={change}
        onBlur={commit}
        hourCycle={hourCycle}
        isDisabled={isDisabled}
        shouldForceLeadingZeros
      >
        <Label className="date-label">{label}</Label>
        <div className="date-group">
          <DateSegments />
        </div>
      </AriaTimeField>
      </div>
    </I18nProvider>
  );
}
