import { callNames, IPC_PREFIX } from '../contract';
import type { Result } from '../contract/errors';
import type { Dispatch } from './dispatch';

/** The parts of Electron's ipcMain and its events this module needs; the shell passes the real ones. */
export interface IpcMainLike {
  handle(channel: string, listener: (event: IpcEventLike, input: unknown) => Promise<Result<unknown>>): void;
}

export interface IpcEventLike {
  senderFrame: { url: string } | null;
}

const FORBIDDEN: Result<never> = {
  ok: false,
  error: { code: 'FORBIDDEN', message: 'This call did not come from the app’s own window, so it was refused.' },
};

/** One channel per contract call; every message's sender is checked before the dispatcher validates it. */
export function registerIpcHandlers(ipcMain: IpcMainLike, dispatch: Dispatch, isTrustedSender: (url: string) => boolean): string[] {
  return callNames.map((name) => {
    const channel = IPC_PREFIX + name;
    ipcMain.handle(channel, async (event, input) => {
      const url = event.senderFrame?.url;
      if (!url || !isTrustedSender(url)) return FORBIDDEN;
      return dispatch(name, input);
    });
    return channel;
  });
}
