// Exposes exactly the contract: one function per channel, and the app menu's commands. Nothing
// of ipcRenderer itself crosses the bridge.
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import { APP_COMMAND_EVENT, CHANNELS, isAppCommand, type AppCommand, type RawBridge } from '../src-shared/ipc/channels';

const channels = Object.fromEntries(
  CHANNELS.map((channel) => [channel, (input: unknown) => ipcRenderer.invoke(channel, input ?? null)]),
);

function onAppCommand(listener: (command: AppCommand) => void): () => void {
  const forward = (_event: IpcRendererEvent, command: unknown) => {
    if (isAppCommand(command)) listener(command);
  };
  ipcRenderer.on(APP_COMMAND_EVENT, forward);
  return () => ipcRenderer.removeListener(APP_COMMAND_EVENT, forward);
}

contextBridge.exposeInMainWorld('kanalplan', { ...channels, onAppCommand } as RawBridge satisfies RawBridge);
