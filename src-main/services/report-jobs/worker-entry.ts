import { parentPort, workerData } from 'node:worker_threads';
import { renderReport } from '../../reports/render';
import type { RenderTask, WorkerMessage } from './worker-protocol';

/**
 * A report worker: renders one document off the main thread, so a report of hundreds of pages
 * never freezes the window. It is given plain data only; it never sees the workspace or its key.
 */
const port = parentPort;
if (port === null) throw new Error('The report worker runs only as a worker thread.');
const post = (message: WorkerMessage) => port.postMessage(message);
const task = workerData as RenderTask;

renderReport(task.document, {
  ...(task.fontsDir === undefined ? {} : { fontsDir: task.fontsDir }),
  onProgress: (done, total) => post({ type: 'progress', done, total }),
}).then(
  (pdf) => post({ type: 'done', pdf }),
  (error: unknown) => post({ type: 'failed', message: error instanceof Error ? error.message : String(error) }),
);
