// Labelled form fields: every control gets an accessible name from its visible label.
import { createContext, useContext, useId, useState, type ComponentPropsWithRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/** The label of the field a control sits in, so a control can name it in a message. */
const FieldLabel = createContext<string | null>(null);

export function Field({
  label,
  htmlFor,
  hint,
  children,
}: {
  label: string;
  htmlFor: string;
  hint?: string;
  children: ReactNode;
}) {
  return (
    <div className="field">
      <label htmlFor={htmlFor}>{label}</label>
      <FieldLabel.Provider value={label}>{children}</FieldLabel.Provider>
      {hint && <p className="field-hint">{hint}</p>}
    </div>
  );
}

type TextInputProps = Omit<ComponentPropsWithRef<'input'>, 'onChange' | 'value'> & {
  value: string;
  onChange: (value: string) => void;
};

/**
 * `maxLength` is the field's limit, but not the browser's: the browser would cut a long paste
 * silently. Text over the limit stays in the field, is not applied, and a message says which
 * field and what its limit is; it is applied as soon as it fits again.
 */
function useLimit(value: string, onChange: (value: string) => void, limit: number | undefined) {
  const { t, i18n } = useTranslation();
  const label = useContext(FieldLabel);
  const messageId = useId();
  const [over, setOver] = useState<string | null>(null);
  const change = (text: string) => {
    if (limit !== undefined && text.length > limit) return setOver(text);
    setOver(null);
    onChange(text);
  };
  const shown = over ?? value;
  const message =
    over === null ? null : (
      <p id={messageId} className="field-error" role="alert">
        {t('fields.overLimit', {
          field: label ?? '',
          max: (limit ?? 0).toLocaleString(i18n.language),
          count: over.length.toLocaleString(i18n.language),
        })}
      </p>
    );
  const aria = over === null ? {} : { 'aria-invalid': true, 'aria-describedby': messageId };
  return { shown, change, message, aria };
}

export function TextInput({ value, onChange, maxLength, ...rest }: TextInputProps) {
  const { shown, change, message, aria } = useLimit(value, onChange, maxLength);
  return (
    <>
      <input type="text" {...rest} {...aria} value={shown} onChange={(event) => change(event.target.value)} />
      {message}
    </>
  );
}

type TextAreaProps = Omit<ComponentPropsWithRef<'textarea'>, 'onChange' | 'value'> & {
  value: string;
  onChange: (value: string) => void;
};

export function TextArea({ value, onChange, maxLength, ...rest }: TextAreaProps) {
  const { shown, change, message, aria } = useLimit(value, onChange, maxLength);
  return (
    <>
      <textarea {...rest} {...aria} value={shown} onChange={(event) => change(event.target.value)} />
      {message}
    </>
  );
}

type ListInputProps = Omit<TextInputProps, 'value' | 'onChange'> & {
  values: string[];
  parse: (text: string) => string[];
  format: (values: string[]) => string;
  onChange: (values: string[]) => void;
};

/**
 * A list typed as text ("a, b"). The text being typed is kept as typed (a trailing comma must
 * not vanish); it is replaced only when the list changes from elsewhere, such as an undo.
 */
export function ListInput({ values, parse, format, onChange, ...rest }: ListInputProps) {
  const [draft, setDraft] = useState(() => format(values));
  const shown = sameList(parse(draft), values) ? draft : format(values);
  return (
    <TextInput
      {...rest}
      value={shown}
      onChange={(text) => {
        setDraft(text);
        if (!sameList(parse(text), values)) onChange(parse(text));
      }}
    />
  );
}

function sameList(a: string[], b: string[]): boolean {
  return a.length === b.length && a.every((value, i) => value === b[i]);
}
