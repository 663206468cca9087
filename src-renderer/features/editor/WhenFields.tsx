import { useTranslation } from 'react-i18next';
import { CalendarX2 } from 'lucide-react';
import { IsoDay, type ContentItem } from '../../../src-shared/model';
import { usePlanStore } from '../../app/plan-store';
import { Field } from '../../components/fields';

/**
 * Date and time. A half-typed or cleared date changes nothing: a native date input reports ''
 * while a part is being retyped, and that must not unschedule the item and drop its time.
 * Taking the date away is its own button.
 */
export function WhenFields({ item }: { item: ContentItem }) {
  const { t } = useTranslation();
  const apply = usePlanStore((state) => state.apply);
  const schedule = (date: string) => {
    if (IsoDay.safeParse(date).success && date !== item.date) void apply({ type: 'item.schedule', id: item.id, date });
  };
  return (
    <>
      <Field label={t('editor.date')} htmlFor="item-date">
        <span className="with-action">
          <input
            id="item-date"
            type="date"
            min="1900-01-01"
            max="2099-12-31"
            value={item.date ?? ''}
            onChange={(event) => schedule(event.target.value)}
          />
          {item.date && (
            <button
              type="button"
              className="ghost icon"
              aria-label={t('editor.unschedule')}
              title={t('editor.unschedule')}
              onClick={() => void apply({ type: 'item.unschedule', id: item.id })}
            >
              <CalendarX2 size={14} aria-hidden />
            </button>
          )}
        </span>
      </Field>
      <Field label={t('editor.time')} htmlFor="item-time">
        <input
          id="item-time"
          type="time"
          value={item.time ?? ''}
          disabled={!item.date}
          onChange={(event) =>
            item.date && void apply({ type: 'item.schedule', id: item.id, date: item.date, time: event.target.value || null })
          }
        />
      </Field>
    </>
  );
}
