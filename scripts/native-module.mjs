import { execFileSync } from 'node:child_process';
import { createRequire } from 'node:module';

/**
 * One node_modules cannot hold the SQLite driver built for both Node (tests,
 * bench, browser mode, command line) and Electron (the app): their ABIs differ.
 * These helpers tell which build is in place and rebuild it for the one needed.
 */
export const NATIVE_MODULE = 'better-sqlite3-multiple-ciphers';
const require = createRequire(import.meta.url);

/** True when the driver loads in this Node process; false when it was built for another ABI (Electron's). */
export function loadsInNode() {
  try {
    const Database = require(NATIVE_MODULE);
    new Database(':memory:').close();
    return true;
  } catch (error) {
    if (String(error?.message).includes('NODE_MODULE_VERSION') || error?.code === 'ERR_DLOPEN_FAILED') return false;
    throw error;
  }
}

export function rebuild(env = {}) {
  execFileSync('npm', ['rebuild', NATIVE_MODULE], { stdio: 'inherit', env: { ...process.env, ...env } });
}
