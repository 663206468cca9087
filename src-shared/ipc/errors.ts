// Errors that cross the IPC boundary as data: a stable code for the program, and a message from
// the catalogue (its key and values) that the renderer words in the user's language (STYLE 11).
import type { Message } from '../i18n/messages';
import { translate } from '../i18n/messages';

export type ErrorCode =
  | 'invalid-input'
  | 'unknown-channel'
  | 'item-not-found'
  | 'item-exists'
  | 'variant-not-found'
  | 'variant-exists'
  | 'store-failed'
  | 'export-failed'
  | 'internal';

export interface AppError {
  code: ErrorCode;
  message: Message;
}

export class DomainError extends Error {
  constructor(
    readonly code: ErrorCode,
    readonly text: Message,
  ) {
    // The Swedish words for logs and stack traces; the UI words `text` in its own language.
    super(translate('sv', text.key, text.values));
    this.name = 'DomainError';
  }
}

/** A message for `key` with `values`: the shape every error and notice carries. */
export function message(key: string, values?: Message['values']): Message {
  return values === undefined ? { key } : { key, values };
}

export function toAppError(error: unknown): AppError {
  if (error instanceof DomainError) return { code: error.code, message: error.text };
  // Not ours: the system's own words (an errno, a library's message) in a sentence of ours.
  return { code: 'internal', message: message('errors.internal', { detail: error instanceof Error ? error.message : String(error) }) };
}
