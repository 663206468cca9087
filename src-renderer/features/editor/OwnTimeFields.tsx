import { useTranslation } from 'react-i18next';
import type { ContentItem, Settings, Variant } from '../../../src-shared/plan/model';
import { channelSettings } from '../../../src-shared/settings/policy';
import { hasOwnTime, whenOf } from '../../../src-shared/calendar/scheduling';
import { usePlanStore } from '../../app/plan-store';
import { DatePicker } from '../../components/DatePicker';
import { TimeField } from '../../components/TimeField';
import { useLocalized } from '../../i18n';
import { today } from '../../lib/now';
import './own-time.css';

/**
 * "Egen tid för X (Twitter)": a channel follows the post's date and time unless it is given its
 * own here, on purpose. Turned on, it starts at the post's; turned off, it follows the post again.
 */
export function OwnTimeFields({ item, variant, settings }: { item: ContentItem; variant: Variant; settings: Settings }) {
  const { t } = useTranslation();
  const localized = useLocalized();
  const apply = usePlanStore((state) => state.apply);
  const channel = localized(channelSettings(settings, variant.channel).label);
  const own = hasOwnTime(variant);
  const shown = whenOf(item, variant);
  const set = (date: string | null, time: string | null) =>
    void apply({ type: 'variant.ownTime', id: item.id, channel: variant.channel, date, time });
  const id = `own-time-${variant.channel}`;
  return (
    <div className="own-time">
      <label className="checkbox" htmlFor={id}>
        <input
          id={id}
          type="checkbox"
          checked={own}
          aria-describedby={`${id}-hint`}
          onChange={(event) => (event.target.checked ? set(item.date ?? today(), item.time) : set(null, null))}
        />
        {t('planningPolish.ownTime', { channel })}
      </label>
      <p id={`${id}-hint`} className="field-hint">
        {t('planningPolish.ownTimeHint')}
      </p>
      {own && (
        <div className="field-row">
          <DatePicker
            label={t('planningPolish.ownDate', { channel })}
            value={shown.date}
            onChange={(date) => date && date !== shown.date && set(date, variant.time)}
          />
          <TimeField
            label={t('planningPolish.ownClock', { channel })}
            value={shown.time}
            onChange={(time) => time !== shown.time && set(variant.date ?? shown.date, time)}
          />
        </div>
      )}
    </div>
  );
}
