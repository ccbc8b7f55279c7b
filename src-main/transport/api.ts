import type { AppServices } from '../services/app-services';
import { createDispatcher, type Dispatch } from './dispatch';
import { createHandlers } from './handlers';

/** Polling the status must not itself keep the workspace from idling out. */
const NOT_USE: ReadonlySet<string> = new Set(['workspace.status']);

/** The contract answered by the real services: what both the Electron IPC and the browser rig carry. */
export function createApi(services: AppServices, logError: (name: string, error: unknown) => void = logToStderr): Dispatch {
  return createDispatcher(createHandlers(services), {
    beforeCall: (name) => {
      if (!NOT_USE.has(name)) services.session.touch();
    },
    logError,
    role: () => services.session.role(),
  });
}

function logToStderr(name: string, error: unknown): void {
  console.error(`[privacy-workstation] ${name} failed:`, error instanceof Error ? (error.stack ?? error.message) : error);
}
