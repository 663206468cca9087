// Exposes exactly the contract's channels, one function each, and nothing of ipcRenderer itself.
import { contextBridge, ipcRenderer } from 'electron';
import { CHANNELS, type RawBridge } from '../src-shared/ipc/channels';

const bridge = Object.fromEntries(
  CHANNELS.map((channel) => [channel, (input: unknown) => ipcRenderer.invoke(channel, input ?? null)]),
) as unknown as RawBridge;

contextBridge.exposeInMainWorld('kanalplan', bridge satisfies RawBridge);
