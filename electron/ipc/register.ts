// The one place the ReviewApi meets ipcMain: one handle() per channel, each checking that the
// message comes from the app's own page before passing its arguments on to the handler.
import { ipcMain, type IpcMain, type IpcMainInvokeEvent } from 'electron';
import { CHANNELS, type ReviewApi } from '../../src/shared/api';
import { isAppUrl } from '../security';
import type { Handlers } from './handlers';

const methods = Object.keys(CHANNELS) as Array<keyof ReviewApi>;

/** True when the message was sent by the app's page itself, not by some other frame or page. */
export function isTrustedSender(event: Pick<IpcMainInvokeEvent, 'senderFrame'>, appUrl: string): boolean {
  const frame = event.senderFrame;
  if (!frame) return false;
  // Only the top frame: the app has no iframes, and no other document may speak for it.
  if (frame.parent) return false;
  return isAppUrl(frame.url, appUrl);
}

/** Registers every ReviewApi channel; returns a function that removes them again. */
export function registerHandlers(handlers: Handlers, appUrl: string, ipc: Pick<IpcMain, 'handle' | 'removeHandler'> = ipcMain): () => void {
  for (const method of methods) {
    const channel = CHANNELS[method];
    const handler = handlers[method] as (...args: unknown[]) => Promise<unknown>;
    ipc.handle(channel, async (event: IpcMainInvokeEvent, ...args: unknown[]) => {
      if (!isTrustedSender(event, appUrl)) {
        return { ok: false, code: 'forbidden', message: `${method}: refused, the request did not come from the Verso page` };
      }
      try {
        return await handler(...args);
      } catch (err) {
        // Handlers answer with Results; this is the net under them.
        return { ok: false, code: 'internal', message: (err instanceof Error ? err.message : String(err)).split('\n')[0] };
      }
    });
  }
  return () => {
    for (const method of methods) ipc.removeHandler(CHANNELS[method]);
  };
}
