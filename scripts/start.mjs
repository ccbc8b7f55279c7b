import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { loadsInNode, NATIVE_MODULE, rebuild } from './native-module.mjs';

const require = createRequire(import.meta.url);

function electronBinary() {
  try {
    const path = require('electron');
    return typeof path === 'string' && existsSync(path) ? path : null;
  } catch {
    return null;
  }
}

if (!electronBinary()) {
  console.error('Electron is not installed on this machine (its download was skipped or blocked): run `npm run browser` to use Privacy Workstation in a local browser instead.');
  process.exit(1);
}

// The driver must match Electron's ABI; building it needs Electron's headers from the network, once.
if (loadsInNode()) {
  const { version } = JSON.parse(readFileSync(new URL('../node_modules/electron/package.json', import.meta.url), 'utf8'));
  console.log(`Building ${NATIVE_MODULE} for Electron ${version} (once; \`npm test\` switches it back for Node)...`);
  rebuild({ npm_config_runtime: 'electron', npm_config_target: version, npm_config_disturl: 'https://electronjs.org/headers' });
}

const result = spawnSync('npx', ['electron-vite', 'preview'], { stdio: 'inherit' });
process.exit(result.status ?? 1);
