import { Worker } from 'node:worker_threads';

/**
 * Starts the report worker. The packaged app passes the bundled worker file; from source
 * (tests, the browser rig, the command line) the worker is TypeScript, so it registers tsx
 * first: Node cannot load a .ts worker by itself.
 */
export function launchReportWorker(bundled: URL | undefined, workerData: unknown): Worker {
  if (bundled !== undefined) return new Worker(bundled, { workerData });
  const source = new URL('./worker-entry.ts', import.meta.url).href;
  const tsx = import.meta.resolve('tsx/esm/api');
  const bootstrap = `import(${JSON.stringify(tsx)}).then((api) => { api.register(); return import(${JSON.stringify(source)}); });`;
  return new Worker(bootstrap, { eval: true, workerData });
}
