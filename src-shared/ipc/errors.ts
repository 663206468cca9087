// Errors that cross the IPC boundary as data: a stable code for the UI and a readable message.
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
  message: string;
}

export class DomainError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'DomainError';
  }
}

export function toAppError(error: unknown): AppError {
  if (error instanceof DomainError) return { code: error.code, message: error.message };
  return { code: 'internal', message: error instanceof Error ? error.message : String(error) };
}
