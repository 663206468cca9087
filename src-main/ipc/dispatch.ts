// Validate, then call: the single path every IPC call takes, in Electron and in the browser
// harness alike. Nothing reaches a service unless the contract's schema accepted it.
import { isChannel, type Channel } from '../../src-shared/ipc/channels';
import { contract, type IpcResponse, type ParsedInputOf, type ResultOf } from '../../src-shared/ipc/contract';
import { message, toAppError } from '../../src-shared/ipc/errors';
import { issuesMessage } from '../../src-shared/ipc/validation';

export type Handlers = {
  [C in Channel]: (input: ParsedInputOf<C>) => Promise<ResultOf<C>> | ResultOf<C>;
};

export async function dispatch(handlers: Handlers, channel: unknown, input: unknown): Promise<IpcResponse<unknown>> {
  if (!isChannel(channel)) {
    return { ok: false, error: { code: 'unknown-channel', message: message('errors.unknownChannel', { channel: String(channel).slice(0, 80) }) } };
  }
  const parsed = contract[channel].input.safeParse(input);
  if (!parsed.success) {
    return {
      ok: false,
      error: { code: 'invalid-input', message: message('errors.invalidInput', { channel, issues: issuesMessage(parsed.error) }) },
    };
  }
  try {
    const handler = handlers[channel] as (value: unknown) => unknown;
    return { ok: true, value: await handler(parsed.data) };
  } catch (error) {
    return { ok: false, error: toAppError(error) };
  }
}
