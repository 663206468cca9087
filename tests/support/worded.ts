// Answers with their messages worded as the Swedish (or English) UI shows them: errors and
// refusals cross IPC as catalogue keys and values, and tests that read them as a person would
// compare the words.
import { say, type Message } from '../../src-shared/i18n/messages';
import type { IpcResponse } from '../../src-shared/ipc/contract';
import type { Language } from '../../src-shared/plan/model';

export function worded<T>(response: IpcResponse<T>, language: Language = 'sv') {
  return response.ok ? response : { ok: false as const, error: { ...response.error, message: say(language, response.error.message) } };
}

type WithWords<T> = T extends { message: Message } ? Omit<T, 'message'> & { message: string } : T;

/** A result whose `message` (a refused import, say) is worded; one without a message as it is. */
export function wordedMessage<T extends object>(result: T, language: Language = 'sv'): WithWords<T> {
  const text = 'message' in result ? (result.message as Message) : null;
  return (text === null ? result : { ...result, message: say(language, text) }) as WithWords<T>;
}
