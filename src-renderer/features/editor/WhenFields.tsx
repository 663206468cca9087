import { memo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CalendarX2 } from 'lucide-react';
import { useEditorApply } from '../series/series-scope';
import { DatePicker } from '../../components/DatePicker';
import { TimeField } from '../../components/TimeField';

/**
 * Date and time, typed `åååå-mm-dd` and `tt:mm`. A half-typed or cleared date changes nothing:
 * the field reports null while a part is being retyped, and that must not unschedule the item
 * and drop its time. Taking the date away is its own button. Given the post's date and time
 * alone, so that typing in its title does not redraw every segment of both fields.
 */
export const WhenFields = memo(function WhenFields({ id, date, time }: { id: string; date: string | null; time: string | null }) {
  const { t } = useTranslation();
  const apply = useEditorApply();
  // A whole day typed but not yet stored (the typing ends when the field is left) already opens
  // the time field, so Tab from the date reaches it.
  const [typedDay, setTypedDay] = useState<string | null>(null);
  const schedule = (day: string | null) => {
    if (day && day !== date) void apply({ type: 'item.schedule', id, date: day });
  };
  const setTime = (clock: string | null) => {
    if (date && clock !== time) void apply({ type: 'item.schedule', id, date, time: clock });
  };
  const unschedule = date && (
    <button
      type="button"
      className="ghost icon"
      aria-label={t('editor.unschedule')}
      title={t('editor.unschedule')}
      onClick={() => void apply({ type: 'item.unschedule', id })}
    >
      <CalendarX2 size={14} aria-hidden />
    </button>
  );
  return (
    <>
      <DatePicker label={t('editor.date')} value={date} onChange={schedule} action={unschedule} onDraft={setTypedDay} />
      <TimeField label={t('editor.time')} value={time} onChange={setTime} isDisabled={!date && !typedDay} />
    </>
  );
});
