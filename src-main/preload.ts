// Exposes exactly the contract: one function per channel, and a subscription to main's declared
// events. Nothing of ipcRenderer itself crosses the bridge.
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import { CHANNELS, isEventName, type EventName, type RawBridge, type Unsubscribe } from '../src-shared/ipc/channels';

const channels = Object.fromEntries(
  CHANNELS.map((channel) => [channel, (input: unknown) => ipcRenderer.invoke(channel, input ?? null)]),
);

/** Listens to one of the contract's events; any other IPC message name is never listened to. */
function subscribe(event: EventName, listener: (payload: unknown) => void): Unsubscribe {
  if (!isEventName(event)) return () => undefined;
  // The page's listener gets the payload only, never the IPC event (which carries the sender).
  const forward = (_event: IpcRendererEvent, payload: unknown) => listener(payload);
  ipcRenderer.on(event, forward);
  return () => ipcRenderer.removeListener(event, forward);
}

contextBridge.exposeInMainWorld('kanalplan', { ...channels, subscribe } as RawBridge satisfies RawBridge);
