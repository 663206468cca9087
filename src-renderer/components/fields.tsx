// Labelled form fields: every control gets an accessible name from its visible label.
import { useState, type ComponentPropsWithRef, type ReactNode } from 'react';

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
      {children}
      {hint && <p className="field-hint">{hint}</p>}
    </div>
  );
}

type TextInputProps = Omit<ComponentPropsWithRef<'input'>, 'onChange' | 'value'> & {
  value: string;
  onChange: (value: string) => void;
};

export function TextInput({ value, onChange, ...rest }: TextInputProps) {
  return <input type="text" {...rest} value={value} onChange={(event) => onChange(event.target.value)} />;
}

type TextAreaProps = Omit<ComponentPropsWithRef<'textarea'>, 'onChange' | 'value'> & {
  value: string;
  onChange: (value: string) => void;
};

export function TextArea({ value, onChange, ...rest }: TextAreaProps) {
  return <textarea {...rest} value={value} onChange={(event) => onChange(event.target.value)} />;
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
