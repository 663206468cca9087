// A bridge like the preload's, but straight into the real services and a real store in a temp
// folder: renderer tests then exercise the whole chain without Electron or HTTP.
import type { RawBridge } from '../../src-shared/ipc/channels';
import { CHANNELS } from '../../src-shared/ipc/channels';
import { dispatch } from '../../src-main/ipc/dispatch';
import { createHandlers } from '../../src-main/services/handlers';
import { openServices, tempDataDir } from './store';

/** `latencyMs` delays every answer, as a busy main process would, to expose ordering bugs. */
export function installRealBridge(latencyMs = 0) {
  const dataDir = tempDataDir();
  const services = openServices(dataDir);
  const handlers = createHandlers(services);
  // Through JSON, as over IPC: nothing the renderer gets shares objects with main.
  const bridge = Object.fromEntries(
    CHANNELS.map((channel) => [
      channel,
      async (input: unknown) => JSON.parse(JSON.stringify(await dispatch(handlers, channel, input))),
    ]),
  ) as unknown as RawBridge;
  window.kanalplan = bridge;
  return { dataDir, services };
}
