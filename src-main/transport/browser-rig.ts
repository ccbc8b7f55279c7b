import { randomBytes } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { sep } from 'node:path';
import Conf from 'conf';
import { createServices, type AppServices } from '../services/app-services';
import { SETTINGS_JSON_SCHEMA } from '../services/settings-store';
import type { Clock } from '../services/workspace-session';
import { createApi } from './api';
import { type HttpBridge, startHttpBridge } from './http';

export interface BrowserRigOptions {
  /** Where the rig keeps its settings file (never personal data). */
  settingsDir: string;
  /** Where new workspaces are suggested to go. */
  defaultFolder: string;
  /** The built renderer (out/renderer). */
  staticDir: string;
  version: string;
  port?: number;
  clock?: Clock;
}

export interface BrowserRig extends HttpBridge {
  services: AppServices;
  token: string;
}

/**
 * The local browser mode: the same services and contract as the Electron app,
 * carried over loopback HTTP instead of IPC. Used by people on machines where
 * Electron cannot be installed, and by the browser tests.
 */
export async function startBrowserRig(options: BrowserRigOptions): Promise<BrowserRig> {
  mkdirSync(options.settingsDir, { recursive: true });
  const settings = new Conf<Record<string, unknown>>({
    cwd: options.settingsDir,
    configName: 'settings',
    projectName: 'privacy-workstation',
    schema: SETTINGS_JSON_SCHEMA,
    // Settings are never personal data: a file this version cannot read falls back to the defaults instead of stopping the app.
    clearInvalidConfig: true,
  });
  const services = createServices({
    host: { host: 'browser', version: options.version, defaultFolder: options.defaultFolder, pathSeparator: sep === '\\' ? '\\' : '/' },
    settings,
    ...(options.clock ? { clock: options.clock } : {}),
  });
  const token = randomBytes(32).toString('hex');
  const bridge = await startHttpBridge({
    dispatch: createApi(services),
    staticDir: options.staticDir,
    token,
    ...(options.port ? { port: options.port } : {}),
  });
  return {
    ...bridge,
    services,
    token,
    close: async () => {
      services.session.dispose();
      await bridge.close();
    },
  };
}
