import { readFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join, resolve } from 'node:path';
import { tuneMainProcessHeap } from './services/main-process-heap';
import { startBrowserRig } from './transport/browser-rig';

/** `npm run browser`: the app in a local browser, for machines where Electron cannot be installed. */
tuneMainProcessHeap();
const root = resolve(import.meta.dirname, '..');
const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string };
const port = Number(process.env.PW_PORT ?? 0) || undefined;

const rig = await startBrowserRig({
  settingsDir: process.env.PW_SETTINGS_DIR ?? join(homedir(), '.config', 'privacy-workstation-browser'),
  defaultFolder: process.env.PW_WORKSPACE_DIR ?? join(homedir(), 'Privacy Workstation'),
  staticDir: join(root, 'out', 'renderer'),
  version,
  ...(port ? { port } : {}),
});

console.log(`Privacy Workstation (browser mode) is running on this computer only.\nOpen: ${rig.url}\nPress Ctrl+C to lock the workspace and stop.`);

const stop = () => {
  void rig.close().then(() => process.exit(0));
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
