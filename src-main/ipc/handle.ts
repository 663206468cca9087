// The only file that touches ipcMain. Every call: check the sender, validate, call the service.
import { ipcMain, type IpcMainInvokeEvent, type WebContents } from 'electron';
import { CHANNELS } from '../../src-shared/ipc/channels';
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
