// The preload exposes exactly the contract: one function per channel that invokes that channel,
// and a subscription to main's declared events (no other IPC message reaches the page).
import { describe, expect, it, vi } from 'vitest';
import { CHANNELS, EVENTS } from '../../src-shared/ipc/channels';

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
    expect(Object.keys(api ?? {}).sort()).toEqual([...CHANNELS, 'subscribe'].sort());
    for (const channel of CHANNELS) {
      await expect(api?.[channel]?.({ x: 1 })).resolves.toEqual({ channel, input: { x: 1 } });
    }
    await api?.['plan:load']?.(undefined);
    expect(invoke).toHaveBeenLastCalledWith('plan:load', null);
  });

  it('passes on the payload of each declared event, never the IPC event, and can stop listening', async () => {
    const api = exposed.get('kanalplan');
    for (const event of EVENTS) {
      const received: unknown[] = [];
      const stop = api?.subscribe?.(event, (payload: unknown) => received.push(payload)) as () => void;
      listeners.get(event)?.({ sender: 'main' }, { status: 'saved' });
      expect(received).toEqual([{ status: 'saved' }]);
      stop();
      expect(listeners.has(event)).toBe(false);
    }
  });

  it('listens to no IPC message outside the contract', () => {
    const api = exposed.get('kanalplan');
    api?.subscribe?.('app:secret', () => undefined);
    api?.subscribe?.('plan:apply', () => undefined);
    expect([...listeners.keys()]).toEqual([]);
  });
});
