// A bridge like the preload's, but straight into the real services and a real store in a temp
// folder: renderer tests then exercise the whole chain without Electron or HTTP, main's events
// included.
import type { RawBridge } from '../../src-shared/ipc/channels';
import { CHANNELS } from '../../src-shared/ipc/channels';
import { dispatch } from '../../src-main/ipc/dispatch';
import { createHandlers } from '../../src-main/services/handlers';
import type { PlanStoreOptions } from '../../src-main/store/plan-store';
import { openServices, tempDataDir } from './store';

/** Through JSON, as over IPC: nothing the renderer gets shares objects with main. */
const copied = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

/**
 * Main handles calls in the order they are sent, as over IPC. With `latencyMs` each answer then
 * takes a random 0–2× that long to come back, as from a busy main process, so answers overtake
 * each other: the renderer must cope with answers out of order.
 */
export function realBridge(latencyMs = 0, storeOptions: PlanStoreOptions = {}, dataDir = tempDataDir()) {
  const services = openServices(dataDir, storeOptions);
  const handlers = createHandlers(services);
  const answers: number[] = [];
  let sent = 0;
  const calls = Object.fromEntries(
    CHANNELS.map((channel) => [
      channel,
      async (input: unknown) => {
        const order = (sent += 1);
        const response = copied(await dispatch(handlers, channel, input));
        if (latencyMs > 0) await new Promise((resolve) => setTimeout(resolve, Math.random() * 2 * latencyMs));
        answers.push(order);
        return response;
      },
    ]),
  );
  const bridge: RawBridge = {
    ...(calls as Omit<RawBridge, 'subscribe'>),
    subscribe: (event, listener) => services.events.on(event, (payload) => listener(copied(payload))),
  };
  /** True once some answer came back before one sent earlier. */
  const reordered = () => answers.some((order, i) => i > 0 && order < (answers[i - 1] as number));
  return { dataDir, services, bridge, reordered };
}
