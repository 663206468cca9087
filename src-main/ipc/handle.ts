// The only file that touches ipcMain. Every call: check the sender, validate, call the service.
// The other way, the contract's events go to the app's window alone.
import { ipcMain, type IpcMainInvokeEvent, type WebContents } from 'electron';
import { CHANNELS, EVENTS } from '../../src-shared/ipc/channels';
import type { Emitter, MainEvents } from '../services/events';
import { dispatch, type Handlers } from './dispatch';
import { message } from '../../src-shared/ipc/errors';
import { isAppUrl } from '../window';

export function registerHandlers(handlers: Handlers, trusted: () => WebContents | null, appUrl: string): void {
  for (const channel of CHANNELS) {
    ipcMain.handle(channel, (event: IpcMainInvokeEvent, input: unknown) => {
      // Only accept calls from the window we created, showing our own page.
      const sender = trusted();
      if (!sender || event.sender !== sender || !isAppUrl(event.senderFrame?.url ?? '', appUrl)) {
        return { ok: false, error: { code: 'internal', message: message('errors.notFromAppWindow') } };
      }
      return dispatch(handlers, channel, input);
    });
  }
}

/** Sends each of the contract's events the services emit to the window (none while there is none). */
export function sendEvents(events: Emitter<MainEvents>, window: () => WebContents | null): void {
  for (const event of EVENTS) {
    events.on(event, (payload) => {
      const target = window();
      if (target && !target.isDestroyed()) target.send(event, payload);
    });
  }
}
