import type { AppInfo } from '../contract/workspace';
import { SettingsStore, type KeyValueBacking } from './settings-store';
import { type Clock, systemClock, WorkspaceSession } from './workspace-session';

/** What differs between the Electron shell and the browser rig; everything else is shared. */
export interface HostEnvironment {
  host: AppInfo['host'];
  version: string;
  defaultFolder: string;
  pathSeparator: AppInfo['pathSeparator'];
  /** The native file dialog; absent in the browser mode. */
  choosePath?: (purpose: 'create' | 'open') => Promise<string | null>;
}

export interface AppServices {
  host: HostEnvironment;
  settings: SettingsStore;
  session: WorkspaceSession;
}

export function createServices(options: { host: HostEnvironment; settings: KeyValueBacking; clock?: Clock }): AppServices {
  const settings = new SettingsStore(options.settings);
  return {
    host: options.host,
    settings,
    session: new WorkspaceSession(settings, options.clock ?? systemClock),
  };
}
