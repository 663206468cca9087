// "Lägg till en kanal": name, colour, character limit and purpose of a custom channel.
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { newCustomChannel } from '../../../src-shared/settings/custom-channels';
import type { ChannelSettings } from '../../../src-shared/plan/model';
import { EMPTY_FORM, formProblem, parseLimit, type CustomChannelForm as Form, type FormProblem } from './custom-channel-form';

interface Props {
  channels: readonly ChannelSettings[];
  onAdd: (channel: ChannelSettings) => Promise<boolean>;
}

export function CustomChannelForm({ channels, onAdd }: Props) {
  const { t } = useTranslation();
  const id = useId();
  const [form, setForm] = useState<Form>(EMPTY_FORM);
  const [problem, setProblem] = useState<FormProblem | null>(null);
  const change = (patch: Partial<Form>) => {
    setForm((current) => ({ ...current, ...patch }));
    setProblem(null);
  };
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const found = formProblem(form, channels);
    setProblem(found);
    if (found) return;
    const channel = newCustomChannel({ ...form, limit: parseLimit(form.limit) ?? 0 }, channels);
    // Emptied only if it still holds the channel added: a next one typed while main saved stays.
    if (await onAdd(channel)) setForm((current) => (current === form ? EMPTY_FORM : current));
  };
  const errorOf = (field: FormProblem['field']) =>
    problem?.field === field ? (
      <p id={`${id}-${field}-error`} className="field-error" role="alert">
        {t(problem.key, problem.vars)}
      </p>
    ) : null;
  const invalid = (field: FormProblem['field']) =>
    problem?.field === field ? { 'aria-invalid': true, 'aria-describedby': `${id}-${field}-error` } : {};

  return (
    <form className="custom-channel-form" onSubmit={(event) => void submit(event)} noValidate>
      <h3>{t('customChannels.addHeading')}</h3>
      <div className="custom-channel-fields">
        <div className="field custom-channel-name">
          <label htmlFor={`${id}-name`}>{t('customChannels.name')}</label>
          <input
            id={`${id}-name`}
            value={form.name}
            placeholder={t('customChannels.namePlaceholder')}
            onChange={(event) => change({ name: event.target.value })}
            {...invalid('name')}
          />
          {errorOf('name')}
        </div>
        <div className="field custom-channel-colour">
          <label htmlFor={`${id}-colour`}>{t('customChannels.colour')}</label>
          <input id={`${id}-colour`} type="color" value={form.colour} onChange={(event) => change({ colour: event.target.value })} />
        </div>
        <div className="field custom-channel-limit">
          <label htmlFor={`${id}-limit`}>{t('customChannels.limit')}</label>
          <input
            id={`${id}-limit`}
            inputMode="numeric"
            value={form.limit}
            onChange={(event) => change({ limit: event.target.value })}
            aria-describedby={problem?.field === 'limit' ? `${id}-limit-error` : `${id}-limit-hint`}
            aria-invalid={problem?.field === 'limit' || undefined}
          />
          <p id={`${id}-limit-hint`} className="field-hint">
            {t('customChannels.limitHint')}
          </p>
          {errorOf('limit')}
        </div>
      </div>
      <div className="field">
        <label htmlFor={`${id}-purpose`}>{t('customChannels.purpose')}</label>
        <textarea
          id={`${id}-purpose`}
          rows={2}
          maxLength={2000}
          value={form.purpose}
          onChange={(event) => change({ purpose: event.target.value })}
          aria-describedby={`${id}-purpose-hint`}
        />
        <p id={`${id}-purpose-hint`} className="field-hint">
          {t('customChannels.purposeHint')}
        </p>
      </div>
      {errorOf('form')}
      <div className="settings-row">
        <button type="submit" className="primary">
          {t('customChannels.add')}
        </button>
      </div>
    </form>
  );
}
