import { AppError } from '../../contract/errors';
import type { workspaceCalls } from '../../contract/workspace';
import type { AppServices } from '../../services/app-services';
import type { HandlersFor } from './types';

export function workspaceHandlers({ host, session, settings, exchange }: AppServices): HandlersFor<keyof typeof workspaceCalls> {
  return {
    'app.info': () => ({
      host: host.host,
      version: host.version,
      defaultFolder: host.defaultFolder,
      pathSeparator: host.pathSeparator,
    }),
    'workspace.status': () => session.status(),
    'workspace.create': async (input) => {
      const status = await session.create(input.path, input.passphrase, input.organisationName, input.officerName);
      if (input.sample) exchange.importSample();
      return status;
    },
    'workspace.unlock': (input) => session.unlock(input.path, input.passphrase, input.name),
    'workspace.lock': () => session.lock('manual'),
    'workspace.changePassphrase': async (input) => {
      await session.changePassphrase(input.currentPassphrase, input.newPassphrase);
      return { changed: true };
    },
    'workspace.recent': () => session.recent(),
    'workspace.forgetRecent': (input) => {
      settings.forgetRecent(input.path);
      return session.recent();
    },
    'workspace.choosePath': async (input) => {
      if (!host.choosePath) {
        throw new AppError('UNSUPPORTED', 'The browser mode has no file dialog: type the full path of the workspace file.');
      }
      return { path: await host.choosePath(input.purpose) };
    },
    'session.activity': () => ({ lockInSeconds: session.secondsUntilIdleLock() }),
  };
}
