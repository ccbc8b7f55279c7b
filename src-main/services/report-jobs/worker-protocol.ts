import type { ReportDocument } from '../../domain/notice/document';

/** What the main thread asks of a report worker: one document to render. */
export interface RenderTask {
  document: ReportDocument;
  fontsDir: string | undefined;
}

/** What a report worker answers: progress, then the PDF or the reason it failed. */
export type WorkerMessage =
  | { type: 'progress'; done: number; total: number }
  | { type: 'done'; pdf: Uint8Array }
  | { type: 'failed'; message: string };
