// The preload exposes exactly the contract: one function per channel that invokes that channel,
// and the menu's commands (only known ones reach the page).
import { describe, expect, it, vi } from 'vitest';
import { APP_COMMAND_EVENT, CHANNELS } from '../../src-shared/ipc/channels';

const exposed = new Map<string, Record<string, (...args: unknown[]) => unknown>>();
const invoke = vi.fn(async (channel: string, input: unknown) => ({ channel, input }));
const listeners = new Map<string, (event: unknown, ...args: unknown[]) => void>();
vi.mock('electron', () => ({
  contextBridge: {
    exposeInMainWorld: (key: string, api: Record<string, (...args: unknown[]) => unknown>) => exposed.set(key, api),
  },
  ipcRenderer: {
    invoke: (channel: string, input: unknown) => invoke(channel, input),
    on: (event: string, listener: (event: unknown, ...args: unknown[]) => void) => listeners.set(event, listener),
    removeListener: (event: string) => listeners.delete(event),
  },
}));

describe('the preload bridge', () => {
  it('exposes one function per channel and nothing of ipcRenderer', async () => {
    await import('../../src-main/preload');
    const api = exposed.get('kanalplan');
    expect(Object.keys(api ?? {}).sort()).toEqual([...CHANNELS, 'onAppCommand'].sort());
    for (const channel of CHANNELS) {
      await expect(api?.[channel]?.({ x: 1 })).resolves.toEqual({ channel, input: { x: 1 } });
    }
    await api?.['plan:load']?.(undefined);
    expect(invoke).toHaveBeenLastCalledWith('plan:load', null);
  });

  it('passes on only known menu commands, and can stop listening', async () => {
    const api = exposed.get('kanalplan');
    const received: unknown[] = [];
    const stop = api?.onAppCommand?.((command: unknown) => received.push(command)) as () => void;
    const send = listeners.get(APP_COMMAND_EVENT);
    send?.({}, 'undo');
    send?.({}, 'rm -rf');
    send?.({}, { type: 'undo' });
    expect(received).toEqual(['undo']);
    stop();
    expect(listeners.has(APP_COMMAND_EVENT)).toBe(false);
  });
});
