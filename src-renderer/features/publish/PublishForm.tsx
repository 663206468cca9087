import { useRef, useState, type FormEvent } from 'react';
import { useLightTranslation } from '../../i18n';
import { CheckCircle2 } from 'lucide-react';
import { normaliseLiveUrl } from '../../../src-shared/publishing/live-post';

/**
 * "Markera som publicerad" with the live post's address, which is optional: not every network
 * gives one at once. An address that is not one is refused here, before any command is sent.
 */
export function PublishForm({
  idBase,
  describedBy,
  onPublish,
}: {
  idBase: string;
  describedBy: string;
  onPublish: (url: string) => Promise<unknown>;
}) {
  const { t } = useLightTranslation();
  const [typed, setTyped] = useState('');
  const [invalid, setInvalid] = useState(false);
  const [busy, setBusy] = useState(false);
  const input = useRef<HTMLInputElement>(null);
  const inputId = `${idBase}-link`;
  const errorId = `${idBase}-link-error`;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const url = normaliseLiveUrl(typed);
    if (url === null) {
      setInvalid(true);
      input.current?.focus();
      return;
    }
    setBusy(true);
    try {
      await onPublish(url);
    } finally {
      setBusy(false);
    }
  };

  return (
    <form className="publish-form" noValidate onSubmit={(event) => void submit(event)}>
      <label htmlFor={inputId}>
        {t('publish.link')} <span className="publish-optional">({t('publish.linkOptional')})</span>
      </label>
      <input
        ref={input}
        id={inputId}
        type="url"
        inputMode="url"
        autoComplete="off"
        spellCheck={false}
        placeholder="https://"
        value={typed}
        aria-invalid={invalid || undefined}
        aria-describedby={invalid ? errorId : undefined}
        onChange={(event) => {
          setTyped(event.target.value);
          setInvalid(false);
        }}
      />
      {invalid && (
        <p id={errorId} className="publish-error">
          {t('publish.linkInvalid')}
        </p>
      )}
      <button type="submit" className="primary" disabled={busy} aria-describedby={describedBy}>
        <CheckCircle2 size={14} aria-hidden /> {t('publish.markPublished')}
      </button>
    </form>
  );
}
