// A settings field that keeps the user's draft: it commits on Enter or on leaving the field, and a
// refused value stays in the field with the reason beside it until it is fixed or Escape undoes it.
import { useId, useState, type KeyboardEvent } from 'react';

interface Props {
  label: string;
  value: string;
  /** Resolves to null when the value was saved, or to the reason it was not. */
  onCommit: (draft: string) => Promise<string | null>;
  hint?: string;
  type?: 'text' | 'url' | 'number';
  multiline?: boolean;
  className?: string;
  min?: number;
  max?: number;
}

export function DraftField({ label, value, onCommit, hint, type = 'text', multiline, className, min, max }: Props) {
  const id = useId();
  const [draft, setDraft] = useState(value);
  const [error, setError] = useState<string | null>(null);
  // A saved change from elsewhere (undo, redo) replaces the draft: adjusted during render, as
  // React advises, rather than in an effect.
  const [shownValue, setShownValue] = useState(value);
  if (shownValue !== value) {
    setShownValue(value);
    setDraft(value);
    setError(null);
  }

  const commit = async () => {
    if (draft === value) return setError(null);
    setError(await onCommit(draft));
  };
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Enter' && !multiline) void commit();
    if (event.key === 'Escape' && (draft !== value || error)) {
      event.stopPropagation();
      setDraft(value);
      setError(null);
    }
  };
  const described = [error ? `${id}-error` : '', hint ? `${id}-hint` : ''].filter(Boolean).join(' ') || undefined;
  const common = {
    id,
    value: draft,
    'aria-invalid': error ? true : undefined,
    'aria-describedby': described,
    onBlur: () => void commit(),
    onKeyDown,
  };
  return (
    <div className={`field${className ? ` ${className}` : ''}`}>
      <label htmlFor={id}>{label}</label>
      {multiline ? (
        <textarea {...common} rows={2} onChange={(event) => setDraft(event.target.value)} />
      ) : (
        <input {...common} type={type} min={min} max={max} onChange={(event) => setDraft(event.target.value)} />
      )}
      {error && (
        <p id={`${id}-error`} className="field-error" role="alert">
          {error}
        </p>
      )}
      {hint && (
        <p id={`${id}-hint`} className="field-hint">
          {hint}
        </p>
      )}
    </div>
  );
}
