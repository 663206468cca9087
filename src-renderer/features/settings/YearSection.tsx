// Verksamhetsår: the month the operating year starts in, and the day the board last raised the
// policy (it asks for once a year; the app reminds when a review is due).
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Settings } from '../../../src-shared/plan/model';
import { usePlanStore } from '../../app/plan-store';
import { DateField } from '../../components/DateField';
import { today } from '../../lib/now';
import { SectionHeading } from './SectionHeading';
import { useSettingsUpdate } from './use-settings-update';
import { timeFormat } from '../../lib/format';

const MONTHS = Array.from({ length: 12 }, (_, index) => index + 1);

export function YearSection({ settings }: { settings: Settings }) {
  const { t, i18n } = useTranslation();
  const update = useSettingsUpdate();
  const apply = usePlanStore((state) => state.apply);
  const monthId = useId();
  const reviewError = useId();
  const [error, setError] = useState<string | null>(null);
  const monthName = timeFormat(i18n.language, { month: 'long', timeZone: 'UTC' });
  const setReview = async (day: string | null) => setError(await update({ lastPolicyReview: day }));
  return (
    <section className="settings-section" aria-labelledby="settings-year-title">
      <SectionHeading id="settings-year-title" title={t('settingsSections.year')} intro={t('settingsSections.yearIntro')} />
      <div className="settings-form">
        <div className="field settings-narrow">
          <label htmlFor={monthId}>{t('settingsSections.startMonth')}</label>
          <select
            id={monthId}
            value={settings.operatingYearStartMonth}
            onChange={(event) => void update({ operatingYearStartMonth: Number(event.target.value) })}
          >
            {MONTHS.map((month) => (
              <option key={month} value={month}>
                {monthName.format(new Date(Date.UTC(2026, month - 1, 1)))}
              </option>
            ))}
          </select>
        </div>
        <div className="settings-row settings-review">
          {/* Only a whole date is saved: a half-typed one stays in the field, as typed. */}
          <DateField
            label={t('settingsSections.lastReview')}
            value={settings.lastPolicyReview}
            onChange={(day) => day !== null && day !== settings.lastPolicyReview && void setReview(day)}
            isInvalid={error !== null}
            describedBy={error ? reviewError : undefined}
          />
          <button type="button" className="small" onClick={() => void apply({ type: 'settings.recordPolicyReview', date: today() })}>
            {t('settingsSections.reviewedToday')}
          </button>
          {settings.lastPolicyReview !== null && (
            <button type="button" className="small ghost" onClick={() => void setReview(null)}>
              {t('settingsSections.clearReview')}
            </button>
          )}
        </div>
        {error && (
          <p id={reviewError} className="field-error" role="alert">
            {error}
          </p>
        )}
        {settings.lastPolicyReview === null && <p className="settings-muted">{t('settingsSections.noReview')}</p>}
      </div>
    </section>
  );
}
