// An IPC answer with its error worded as the Swedish UI shows it: errors cross IPC as catalogue
// keys and values, and tests that read them as a person would compare the words.
import { say } from '../../src-shared/i18n/messages';
import type { IpcResponse } from '../../src-shared/ipc/contract';

export function worded<T>(response: IpcResponse<T>, language: 'sv' | 'en' = 'sv') {
  return response.ok ? response : { ok: false as const, error: { ...response.error, message: say(language, response.error.message) } };
}
