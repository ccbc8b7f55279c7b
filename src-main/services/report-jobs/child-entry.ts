import { composeReport } from '../../domain/notice/recipe';
import { renderReport } from '../../reports/render';
import type { ChildMessage, RenderTask } from './child-protocol';

/**
 * A render child: a process of its own that lays out one document, so that a report of thousands
 * of pages neither freezes the window nor grows the main process. It is started by child-launch.ts,
 * either by Node's fork (messages through process.send) or as Electron's utility process (messages
 * through process.parentPort), is given the plain document or the report's plain input only, and
 * is killed when done.
 */
interface ParentPort {
  on(event: 'message', listener: (event: { data: unknown }) => void): void;
  postMessage(message: unknown): void;
}

/** Progress posts are capped to one per percent: a post per block would be 100,000 messages for a large inventory. */
const STEPS = 100;

const utility = Reflect.get(process, 'parentPort') as ParentPort | undefined;
const post = (message: ChildMessage): void => {
  if (utility) utility.postMessage(message);
  else process.send?.(message);
};

async function render(task: RenderTask): Promise<void> {
  let lastStep = -1;
  try {
    const document = 'document' in task.source ? task.source.document : composeReport(task.source.recipe);
    const pdf = await renderReport(document, {
      ...(task.fontsDir === undefined ? {} : { fontsDir: task.fontsDir }),
      onProgress: (done, total) => {
        const step = Math.floor((done * STEPS) / total);
        if (step === lastStep) return;
        lastStep = step;
        post({ type: 'progress', done, total });
      },
    });
    post({ type: 'done', pdf, peakRssBytes: process.resourceUsage().maxRSS * 1024 });
  } catch (error) {
    post({ type: 'failed', message: error instanceof Error ? error.message : String(error) });
  }
}

if (utility) utility.on('message', (event) => void render(event.data as RenderTask));
else if (process.send) {
  process.once('message', (task: RenderTask) => void render(task));
  // The main process is gone (closed or crashed): nobody wants this report any more.
  process.on('disconnect', () => process.exit(0));
} else throw new Error('The report renderer runs only as a child process of the app.');
