// Textbitar (issue 19, item 4): named snippets, each for some channels (none: every channel),
// inserted into a channel's text with "Infoga textbit" or "/" at the start of a line.
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Settings, Snippet } from '../../../src-shared/plan/model';
import { useToldApply } from '../reuse/use-told-apply';
import { useLocalized } from '../../i18n';
import { newItemId } from '../../lib/ids';
import { DraftField } from './DraftField';
import { SectionHeading } from './SectionHeading';
import { useReuseCommit, type ReuseCommit } from './use-reuse-commit';
import '../reuse/reuse.css';

export function SnippetsSection({ settings }: { settings: Settings }) {
  const { t } = useTranslation();
  const commit = useReuseCommit();
  return (
    <section className="settings-section" aria-labelledby="settings-snippets-title">
      <SectionHeading id="settings-snippets-title" title={t('snippets.section')} intro={t('snippets.sectionIntro')} />
      {settings.snippets.length === 0 && <p className="settings-muted">{t('snippets.empty')}</p>}
      <div className="settings-list">
        {settings.snippets.map((snippet) => (
          <SnippetRow key={snippet.id} snippet={snippet} settings={settings} commit={commit} />
        ))}
      </div>
      <NewSnippet commit={commit} />
    </section>
  );
}

function SnippetRow({ snippet, settings, commit }: { snippet: Snippet; settings: Settings; commit: ReuseCommit }) {
  const { t } = useTranslation();
  const localized = useLocalized();
  const toldApply = useToldApply();
  const put = (fields: Partial<Snippet>) => commit({ type: 'snippet.put', snippet: { ...snippet, ...fields } });
  const toggle = (channel: string, on: boolean) =>
    void put({ channels: on ? [...snippet.channels, channel] : snippet.channels.filter((other) => other !== channel) });
  const remove = () => toldApply({ type: 'snippet.remove', id: snippet.id }, t('snippets.removed', { name: snippet.name }));
  return (
    <div role="group" aria-label={snippet.name} className="settings-card">
      <div className="snippet-row">
        <DraftField label={t('snippets.name')} value={snippet.name} onCommit={(name) => put({ name })} />
        <button type="button" className="small ghost danger" aria-label={t('snippets.remove', { name: snippet.name })} onClick={() => void remove()}>
          {t('snippets.removeShort')}
        </button>
      </div>
      <DraftField label={t('snippets.text')} value={snippet.text} multiline onCommit={(text) => put({ text })} />
      <fieldset className="snippet-channels">
        <legend>{t('snippets.channels')}</legend>
        {settings.channels.map((channel) => {
          const name = localized(channel.label);
          return (
            <label key={channel.id}>
              <input
                type="checkbox"
                checked={snippet.channels.includes(channel.id)}
                aria-label={t('snippets.channelFor', { channel: name, name: snippet.name })}
                onChange={(event) => toggle(channel.id, event.target.checked)}
              />
              {name}
            </label>
          );
        })}
        <p className="field-hint">{t('snippets.allChannels')}</p>
      </fieldset>
    </div>
  );
}

function NewSnippet({ commit }: { commit: ReuseCommit }) {
  const { t } = useTranslation();
  const id = useId();
  const [name, setName] = useState('');
  const [text, setText] = useState('');
  const [error, setError] = useState<string | null>(null);
  const add = async (event: FormEvent) => {
    event.preventDefault();
    const refused = await commit({ type: 'snippet.put', snippet: { id: newItemId(), name: name.trim(), text, channels: [] } });
    setError(refused);
    if (refused !== null) return;
    // Emptied only where they still hold what was added: the next snippet typed while main saved stays.
    setName((current) => (current === name ? '' : current));
    setText((current) => (current === text ? '' : current));
  };
  return (
    <form className="settings-card" aria-label={t('snippets.add')} onSubmit={(event) => void add(event)}>
      <div className="field">
        <label htmlFor={`${id}-name`}>{t('snippets.name')}</label>
        <input id={`${id}-name`} value={name} maxLength={200} onChange={(event) => setName(event.target.value)} />
      </div>
      <div className="field">
        <label htmlFor={`${id}-text`}>{t('snippets.text')}</label>
        <textarea id={`${id}-text`} rows={2} value={text} maxLength={5000} onChange={(event) => setText(event.target.value)} />
      </div>
      {error && (
        <p className="field-error" role="alert">
          {error}
        </p>
      )}
      <button type="submit" disabled={!name.trim() || !text.trim()}>
        {t('snippets.add')}
      </button>
    </form>
  );
}
