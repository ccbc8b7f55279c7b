import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'electron-vite';
import type { Plugin } from 'vite';
import { callNames } from './src-main/contract';
import { META_CONTENT_SECURITY_POLICY } from './src-main/transport/csp';

const root = import.meta.dirname;

/** Writes the shared policy into index.html, so the Electron window and the browser rig enforce the same one. */
function contentSecurityPolicy(): Plugin {
  return {
    name: 'privacy-workstation-csp',
    transformIndexHtml: (html) =>
      html.replace('<!--csp-->', `<meta http-equiv="Content-Security-Policy" content="${META_CONTENT_SECURITY_POLICY}" />`),
  };
}

export default defineConfig({
  main: {
    build: {
      outDir: 'out/main',
      rollupOptions: {
        input: { main: resolve(root, 'src-main/shell/main.ts'), 'report-worker': resolve(root, 'src-main/services/report-jobs/child-entry.ts') },
      },
    },
  },
  preload: {
    define: { __CALL_NAMES__: JSON.stringify(callNames) },
    build: {
      outDir: 'out/preload',
      rollupOptions: {
        input: { preload: resolve(root, 'src-main/shell/preload.ts') },
        // A sandboxed preload must be one CommonJS file.
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: resolve(root, 'src-renderer'),
    base: './',
    plugins: [react(), contentSecurityPolicy()],
    build: {
      outDir: resolve(root, 'out/renderer'),
      rollupOptions: { input: { index: resolve(root, 'src-renderer/index.html') } },
    },
  },
});
