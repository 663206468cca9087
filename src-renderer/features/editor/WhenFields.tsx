import { useTranslation } from 'react-i18next';
import { CalendarX2 } from 'lucide-react';
import type { ContentItem } from '../../../src-shared/model';
import { usePlanStore } from '../../app/plan-store';
import { DatePicker } from '../../components/DatePicker';
import { TimeField } from '../../components/TimeField';

/**
 * Date and time, typed `åååå-mm-dd` and `tt:mm`. A half-typed or cleared date changes nothing:
 * the field reports null while a part is being retyped, and that must not unschedule the item
 * and drop its time. Taking the date away is its own button.
 */
export function WhenFields({ item }: { item: ContentItem }) {
  const { t } = useTranslation();
  const apply = usePlanStore((state) => state.apply);
  const schedule = (date: string | null) => {
    if (date && date !== item.date) void apply({ type: 'item.schedule', id: item.id, date });
  };
  const setTime = (time: string | null) => {
    if (item.date && time !== item.time) void apply({ type: 'item.schedule', id: item.id, date: item.date, time });
  };
  const unschedule = item.date && (
    <button
      type="button"
      className="ghost icon"
      aria-label={t('editor.unschedule')}
      title={t('editor.unschedule')}
      onClick={() => void apply({ type: 'item.unschedule', id: item.id })}
    >
      <CalendarX2 size={14} aria-hidden />
    </button>
  );
  return (
    <>
      <DatePicker label={t('editor.date')} value={item.date} onChange={schedule} action={unschedule} />
      <TimeField label={t('editor.time')} value={item.time} onChange={setTime} isDisabled={!item.date} />
    </>
  );
}
