// The "Upprepa" form: how often, on which weekdays or which day of the month, and the end (a date
// or a number of times). Below it, the series in words and in posts before it is made; one of
// more than 500 posts asks first.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import * as Dialog from '@radix-ui/react-dialog';
import { isoWeekday } from '../../../src-shared/calendar/dates';
import type { ContentItem } from '../../../src-shared/plan/model';
import { useAppParts } from '../../app/app-context';
import { usePlanStore } from '../../app/plan-store';
import { useUiStore } from '../../app/ui-store';
import { DateField } from '../../components/DateField';
import { useSay } from '../../i18n';
import { newItemId } from '../../lib/ids';
import { today } from '../../lib/now';
import { defaultForm, monthlyKinds, outline, repeatOf, type Often, type RepeatForm } from './repeat-form';
import '../settings/settings.css';

/** A series longer than this asks before it is made (issue 19). */
const ASK_ABOVE = 500;

export function RepeatFields({ item, onCreated }: { item: ContentItem; onCreated: () => void }) {
  const { t } = useTranslation();
  const say = useSay();
  const apply = usePlanStore((state) => state.apply);
  const plans = useAppParts().plan;
  const showToast = useUiStore((state) => state.showToast);
  const [form, setForm] = useState<RepeatForm>(() => defaultForm(item.date ?? today()));
  const [confirming, setConfirming] = useState(false);
  if (item.date === null) return <p className="field-hint">{t('series.errors.needsDate')}</p>;
  const day = item.date;
  const change = (patch: Partial<RepeatForm>) => setForm((current) => ({ ...current, ...patch }));
  const result = outline(form, item);

  const create = async () => {
    setConfirming(false);
    const before = plans.getState().model.held.table.size;
    const step = await apply({ type: 'series.create', id: item.id, seriesId: newItemId(), repeat: repeatOf(form), today: today() });
    if (!step) return;
    onCreated();
    const made = (plans.getState().model.held.table.size) - before + 1;
    showToast(t('series.created', { count: made }), step);
  };

  return (
    <div className="series-body">
      <div className="field">
        <label htmlFor="series-often">{t('series.frequency')}</label>
        <select id="series-often" value={form.often} onChange={(event) => change({ often: event.target.value as Often })}>
          <option value="weekly">{t('series.weekly')}</option>
          <option value="biweekly">{t('series.biweekly')}</option>
          <option value="monthly">{t('series.monthly')}</option>
        </select>
      </div>
      {form.often === 'monthly' ? <MonthlyChoice day={day} form={form} change={change} /> : <WeekdayChoice form={form} change={change} />}
      <EndChoice form={form} change={change} />
      <p className={result.ok ? 'series-outline' : 'field-error'} role="status">
        {result.ok ? t('series.summary', { count: result.count, words: say(result.words) }) : say(result.problem)}
      </p>
      <p className="field-hint">{t('series.horizon')}</p>
      <button type="button" className="primary small" disabled={!result.ok} onClick={() => (result.ok && result.count > ASK_ABOVE ? setConfirming(true) : void create())}>
        {t('series.create')}
      </button>
      <Dialog.Root open={confirming} onOpenChange={setConfirming}>
        <Dialog.Portal>
          <Dialog.Overlay className="settings-overlay" />
          <Dialog.Content className="settings-dialog">
            <Dialog.Title>{t('series.confirmTitle')}</Dialog.Title>
            <Dialog.Description>{t('series.confirmText', { count: result.ok ? result.count : 0 })}</Dialog.Description>
            <div className="settings-dialog-actions">
              <Dialog.Close asChild>
                <button type="button">{t('series.cancel')}</button>
              </Dialog.Close>
              <button type="button" className="primary" onClick={() => void create()}>
                {t('series.confirm', { count: result.ok ? result.count : 0 })}
              </button>
            </div>
          </Dialog.Content>
        </Dialog.Portal>
      </Dialog.Root>
    </div>
  );
}

type ChoiceProps = { form: RepeatForm; change: (patch: Partial<RepeatForm>) => void };

function WeekdayChoice({ form, change }: ChoiceProps) {
  const { t } = useTranslation();
  const toggle = (weekday: number, on: boolean) =>
    change({ weekdays: on ? [...form.weekdays, weekday].sort((a, b) => a - b) : form.weekdays.filter((other) => other !== weekday) });
  return (
    <fieldset className="series-weekdays">
      <legend>{t('series.weekdaysLabel')}</legend>
      {[1, 2, 3, 4, 5, 6, 7].map((weekday) => (
        <label key={weekday} className="checkbox-chip">
          <input type="checkbox" checked={form.weekdays.includes(weekday)} aria-label={t(`series.weekdays.${weekday}`)} onChange={(event) => toggle(weekday, event.target.checked)} />
          {t(`series.weekdaysShort.${weekday}`)}
        </label>
      ))}
    </fieldset>
  );
}

function MonthlyChoice({ day, form, change }: ChoiceProps & { day: string }) {
  const { t } = useTranslation();
  const date = Number(day.slice(8, 10));
  const weekday = t(`series.weekdays.${isoWeekday(day)}`);
  const labels = {
    dayOfMonth: t('series.monthDay', { date }),
    nthWeekday: t('series.nthWeekday', { nth: t(`series.ordinals.${Math.ceil(date / 7)}`), day: weekday }),
    lastWeekday: t('series.lastWeekday', { day: weekday }),
    lastDay: t('series.lastDay'),
  };
  return (
    <fieldset className="series-monthly">
      <legend>{t('series.monthlyLabel')}</legend>
      {monthlyKinds(day).map((kind) => (
        <label key={kind}>
          <input type="radio" name="series-monthly" checked={form.monthly === kind} onChange={() => change({ monthly: kind })} /> {labels[kind]}
        </label>
      ))}
    </fieldset>
  );
}

function EndChoice({ form, change }: ChoiceProps) {
  const { t } = useTranslation();
  return (
    <fieldset className="series-ends">
      <legend>{t('series.ends')}</legend>
      {/* Each end on its own row, its value beside it: the one not chosen is shown but off. */}
      <label>
        <input type="radio" name="series-ends" checked={form.ends === 'until'} onChange={() => change({ ends: 'until' })} /> {t('series.until')}
      </label>
      <DateField label={t('series.until')} hideLabel value={form.until} onChange={(until) => change({ until })} isDisabled={form.ends !== 'until'} />
      <label>
        <input type="radio" name="series-ends" checked={form.ends === 'count'} onChange={() => change({ ends: 'count' })} /> {t('series.count')}
      </label>
      <div className="field">
        <label htmlFor="series-count" className="visually-hidden">
          {t('series.count')}
        </label>
        <input
          id="series-count"
          type="number"
          min={1}
          max={2000}
          value={form.count}
          disabled={form.ends !== 'count'}
          onChange={(event) => change({ count: event.target.value })}
        />
      </div>
    </fieldset>
  );
}
