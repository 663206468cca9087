import { useTranslation } from 'react-i18next';
import type { Settings, StatusId } from '../../../src-shared/model';
import { STATUSES } from '../../../src-shared/policy';
import { STATUS_IDS } from '../../../src-shared/model';
import { useLocalized } from '../../i18n';
import { today } from '../../lib/now';
import { periodProblems, toggled, type ExportForm } from './export-form';

interface Props {
  form: ExportForm;
  settings: Settings;
  onChange: (change: Partial<ExportForm>) => void;
  onThisWeek: () => void;
}

/** Period, channels, statuses and the ZIP choice. Dates are plain `åååå-mm-dd` text for now. */
export function ExportChoices({ form, settings, onChange, onThisWeek }: Props) {
  const { t } = useTranslation();
  const localized = useLocalized();
  const problems = periodProblems(form);
  const channelIds = settings.channels.map((channel) => channel.id as string);
  return (
    <div className="export-choices">
      <fieldset className="export-period">
        <legend>{t('exportDialog.period')}</legend>
        <div className="export-period-fields">
          <DayField
            id="export-from"
            label={t('exportDialog.from')}
            value={form.from}
            problem={problems.from}
            onChange={(from) => onChange({ from })}
          />
          <DayField
            id="export-to"
            label={t('exportDialog.to')}
            value={form.to}
            problem={problems.to}
            onChange={(to) => onChange({ to })}
          />
        </div>
        <button type="button" className="small" onClick={onThisWeek}>
          {t('exportDialog.thisWeek')}
        </button>
      </fieldset>
      <fieldset>
        <legend>{t('exportDialog.channels')}</legend>
        {settings.channels
          .filter((channel) => channel.enabled)
          .map((channel) => (
            <label key={channel.id} className="export-check">
              <input
                type="checkbox"
                checked={form.channels.includes(channel.id)}
                onChange={(event) =>
                  onChange({ channels: toggled(form.channels, channel.id as string, event.target.checked, channelIds) })
                }
              />
              <span className={`channel-dot channel-${channel.id}`} aria-hidden />
              {localized(channel.label)}
            </label>
          ))}
      </fieldset>
      <fieldset>
        <legend>{t('exportDialog.statuses')}</legend>
        {STATUSES.map((status) => (
          <label key={status.id} className="export-check">
            <input
              type="checkbox"
              checked={form.statuses.includes(status.id)}
              onChange={(event) =>
                onChange({ statuses: toggled<StatusId>(form.statuses, status.id, event.target.checked, STATUS_IDS) })
              }
            />
            {localized(status.label)}
          </label>
        ))}
      </fieldset>
      <label className="export-check export-zip">
        <input type="checkbox" checked={form.zip} onChange={(event) => onChange({ zip: event.target.checked })} />
        {t('exportDialog.zip')}
      </label>
    </div>
  );
}

function DayField(props: {
  id: string;
  label: string;
  value: string;
  problem: string | undefined;
  onChange: (value: string) => void;
}) {
  const { t } = useTranslation();
  const hintId = `${props.id}-hint`;
  return (
    <div className="field">
      <label htmlFor={props.id}>{props.label}</label>
      <input
        id={props.id}
        type="text"
        inputMode="numeric"
        autoComplete="off"
        placeholder={t('exportDialog.dateHint')}
        value={props.value}
        aria-invalid={props.problem !== undefined}
        aria-describedby={props.problem ? hintId : undefined}
        onChange={(event) => props.onChange(event.target.value.trim())}
      />
      {props.problem && (
        <p id={hintId} className="field-hint export-field-problem">
          {t(props.problem, { example: today() })}
        </p>
      )}
    </div>
  );
}
