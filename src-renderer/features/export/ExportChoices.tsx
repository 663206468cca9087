import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { Settings, StatusId } from '../../../src-shared/plan/model';
import { STATUSES } from '../../../src-shared/settings/policy';
import { STATUS_IDS } from '../../../src-shared/plan/model';
import { DatePicker } from '../../components/DatePicker';
import { useLocalized } from '../../i18n';
import { channelLook } from '../../lib/channel-look';
import { today } from '../../lib/now';
import { periodProblems, toggled, type ExportForm } from './export-form';

interface Props {
  form: ExportForm;
  settings: Settings;
  /** The channels to choose from: every enabled one, and those turned off that posts of the period use. */
  offered: ReadonlyArray<{ id: string; enabled: boolean }>;
  onChange: (change: Partial<ExportForm>) => void;
  onThisWeek: () => void;
  /** The dialog's element, where the date fields' calendar popups go. */
  popupContainer: Element | null;
}

/** Period, channels, statuses and the ZIP choice. Dates are typed `åååå-mm-dd` or picked in a calendar. */
export function ExportChoices({ form, settings, offered, onChange, onThisWeek, popupContainer }: Props) {
  const { t } = useTranslation();
  const localized = useLocalized();
  const offHintId = useId();
  const problems = periodProblems(form);
  const channelIds = settings.channels.map((channel) => channel.id);
  const anyOff = offered.some((channel) => !channel.enabled);
  const labelOf = (id: string) => {
    const channel = settings.channels.find((candidate) => candidate.id === id);
    return channel ? localized(channel.label) : id;
  };
  return (
    <div className="export-choices">
      <fieldset className="export-period">
        <legend>{t('exportDialog.period')}</legend>
        <div className="export-period-fields">
          <DayField
            popupContainer={popupContainer}
            label={t('exportDialog.from')}
            value={form.from}
            problem={problems.from}
            onChange={(from) => onChange({ from })}
          />
          <DayField
            popupContainer={popupContainer}
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
      <fieldset aria-describedby={anyOff ? offHintId : undefined}>
        <legend>{t('exportDialog.channels')}</legend>
        {offered.map(({ id, enabled }) => (
          <label key={id} className="export-check">
            <input
              type="checkbox"
              checked={form.channels.includes(id)}
              onChange={(event) => onChange({ channels: toggled(form.channels, id, event.target.checked, channelIds) })}
            />
            <span
              className={`channel-dot ${channelLook(settings, id).className}`}
              style={channelLook(settings, id).style}
              aria-hidden
            />
            {labelOf(id)}
            {!enabled && <span className="export-channel-off">{t('exportPackage.turnedOff')}</span>}
          </label>
        ))}
        {anyOff && (
          <p id={offHintId} className="field-hint">
            {t('exportDialog.turnedOffHint')}
          </p>
        )}
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
  label: string;
  value: string;
  problem: string | undefined;
  popupContainer: Element | null;
  onChange: (value: string) => void;
}) {
  const { t } = useTranslation();
  const hintId = useId();
  return (
    <div className="export-day">
      <DatePicker
        label={props.label}
        value={props.value || null}
        isInvalid={props.problem !== undefined}
        describedBy={props.problem ? hintId : undefined}
        popupContainer={props.popupContainer}
        onChange={(day) => props.onChange(day ?? '')}
      />
      {props.problem && (
        <p id={hintId} className="field-hint export-field-problem">
          {t(props.problem, { example: today() })}
        </p>
      )}
    </div>
  );
}
