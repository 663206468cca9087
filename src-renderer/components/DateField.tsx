// An `åååå-mm-dd` date field in Swedish (the locale's own in English), typed segment by segment;
// `yyyy-MM-dd` at the boundary. DatePicker adds a calendar popup to the same field.
import { DateField as AriaDateField, I18nProvider, Label } from 'react-aria-components';
import { useWholeListDrawn } from '../lib/first-screen';
import { enterCommits, FIRST_DAY, LAST_DAY, toCalendarDate, useDateDraft, useFieldLocale } from './date-values';
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
  /**
   * The view's first paint shows the date as text, looking the same, and the field's typable parts
   * come one render later: two fields' parts were a third of opening Styrelsevy. Meanwhile a
   * click or Tab passes the text by (a frame or two). A field disabled, invalid or described is
   * drawn whole at once: the text does not show those.
   */
  drawnLater?: boolean;
}

export function DateField(props: DateFieldProps) {
  const plain = !props.isDisabled && !props.isInvalid && props.describedBy === undefined;
  return props.drawnLater && plain ? <DrawnLater {...props} /> : <TypedDateField {...props} />;
}

/** The date as text, looking as the field does, until the render after the view's first paint. */
function DrawnLater(props: DateFieldProps) {
  const { locale } = useFieldLocale();
  const drawn = useWholeListDrawn();
  const look = drawn ? null : lookOf(props.value, locale);
  if (look === null) return <TypedDateField {...props} />;
  return (
    <div className="date-commit" aria-hidden data-look-only>
      <div className="field date-field">
        <span className={props.hideLabel ? 'date-label visually-hidden' : 'date-label'}>{props.label}</span>
        <div className="date-group">
          <div className="date-input" style={{ unicodeBidi: 'isolate' }}>
            {look.map((part, index) => (
              <span key={index} className="date-segment" data-type={part.type}>
                {part.value}
              </span>
            ))}
          </div>
        </div>
      </div>
    </div>
  );
}

function TypedDateField({ label, value, onChange, isDisabled, describedBy, isInvalid, hideLabel }: DateFieldProps) {
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

/** The segments a field shows for `day`, as React Aria makes them (leading zeros forced); null for no whole date. */
function lookOf(day: string | null, locale: string): Intl.DateTimeFormatPart[] | null {
  const date = toCalendarDate(day);
  if (date === null) return null;
  return lookFormat(locale).formatToParts(Date.UTC(date.year, date.month - 1, date.day));
}

const lookFormats = new Map<string, Intl.DateTimeFormat>();

function lookFormat(locale: string): Intl.DateTimeFormat {
  let format = lookFormats.get(locale);
  if (format === undefined) {
    format = new Intl.DateTimeFormat(locale, { year: 'numeric', month: '2-digit', day: '2-digit', timeZone: 'UTC' });
    lookFormats.set(locale, format);
  }
  return format;
}
