// @vitest-environment happy-dom
// A text field's limit, exactly at it and one over: the limit's own length is applied, one more
// character is held in the field with a message and never applied (the review's `>` → `>=`).
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { useState } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { Field, TextArea, TextInput } from '../../src-renderer/components/fields';
import '../../src-renderer/i18n';
import { TEXT_LIMITS } from '../../src-shared/plan/model';

afterEach(cleanup);

const CONTROLS = { TextInput, TextArea } as const;

/** A field as the editor uses it, recording what reaches the plan. */
function Limited({ control, limit, applied }: { control: keyof typeof CONTROLS; limit: number; applied: string[] }) {
  const Control = CONTROLS[control];
  const [value, setValue] = useState('');
  const change = (text: string) => {
    applied.push(text);
    setValue(text);
  };
  return (
    <Field label="Titel" htmlFor="f">
      <Control id="f" value={value} onChange={change} maxLength={limit} />
    </Field>
  );
}

describe("a text field's limit", () => {
  it.each([
    { control: 'TextInput' as const, limit: TEXT_LIMITS.title },
    { control: 'TextArea' as const, limit: TEXT_LIMITS.notes },
  ])('$control with $limit: one under and exactly at it apply, one over is held', async ({ control, limit }) => {
    const applied: string[] = [];
    render(<Limited control={control} limit={limit} applied={applied} />);
    const field = screen.getByRole<HTMLInputElement>('textbox', { name: 'Titel' });
    const type = (text: string) => act(async () => void fireEvent.change(field, { target: { value: text } }));

    for (const length of [limit - 1, limit]) {
      await type('x'.repeat(length));
      expect(applied.at(-1)).toBe('x'.repeat(length));
      expect(screen.queryByRole('alert')).toBeNull();
      expect(field.getAttribute('aria-invalid')).toBeNull();
    }
    const count = applied.length;
    await type('x'.repeat(limit + 1));
    expect(applied).toHaveLength(count);
    expect(field.value).toBe('x'.repeat(limit + 1));
    expect(field.getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByRole('alert').textContent).toMatch(/^Titel: högst [\d\s]+ tecken\./);

    await type('x'.repeat(limit));
    expect(applied.at(-1)).toBe('x'.repeat(limit));
    expect(screen.queryByRole('alert')).toBeNull();
  });
});
