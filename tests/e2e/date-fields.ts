// Typing into the React Aria date and time fields as a person does: focus the first part and
// type the digits; each part moves on to the next when it is full.
import type { Locator } from '@playwright/test';
import { expect } from './harness';

/**
 * Types `digits` into the field named `name`, ends the typing with Enter (a field reports its
 * value once, when the typing is done), and waits until it shows `expected`.
 */
export async function typeInField(scope: Locator, name: string, digits: string, expected: string): Promise<void> {
  const field = scope.getByRole('group', { name, exact: true });
  await field.getByRole('spinbutton').first().focus();
  await scope.page().keyboard.type(digits);
  await scope.page().keyboard.press('Enter');
  // toContainText: a time is wrapped in direction marks.
  await expect(field).toContainText(expected);
}

/** Empties every part of the field named `name`, with Backspace. */
export async function clearField(scope: Locator, name: string): Promise<void> {
  const segments = scope.getByRole('group', { name, exact: true }).getByRole('spinbutton');
  for (const segment of await segments.all()) {
    await segment.focus();
    for (let i = 0; i < 4; i += 1) await segment.press('Backspace');
  }
}
