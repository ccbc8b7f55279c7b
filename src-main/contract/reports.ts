import { z } from 'zod';
import { DATE_LOCALES, REPORT_NAMES } from '../domain/notice/options';
import { call } from './define';

const id = z.number().int().positive();
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'Use a date like 2026-11-29.');
const codes = <T extends Record<string, string>>(labels: T) => Object.keys(labels) as [keyof T & string, ...(keyof T & string)[]];
const jobRef = z.object({ jobId: z.uuid() }).strict();

export const reportOptionsInput = z
  .object({
    dateLocale: z.enum(codes(DATE_LOCALES)).default('en-GB'),
    period: z
      .object({ from: isoDate, to: isoDate })
      .strict()
      .refine((p) => p.from <= p.to, { message: 'The period cannot end before it starts.', path: ['to'] })
      .optional(),
    requestId: id.optional(),
    vendorIds: z.array(id).max(10_000).optional(),
  })
  .strict();

export const reportStartInput = z
  .object({
    report: z.enum(codes(REPORT_NAMES)),
    options: reportOptionsInput.default({ dateLocale: 'en-GB' }),
    /**
     * Deterministic mode: the instant printed as "generated at" and stamped in the PDF's metadata,
     * so the same workspace gives the same bytes (tests, reproducible audit packs).
     */
    generatedAt: z.iso.datetime({ offset: true }).optional(),
  })
  .strict()
  .refine((r) => r.report !== 'request_response' || r.options.requestId !== undefined, {
    message: 'Choose the request the response is for.',
    path: ['options', 'requestId'],
  });

export type ReportStartInput = z.input<typeof reportStartInput>;

export type ReportJobState = 'running' | 'done' | 'failed' | 'cancelled';

export interface ReportJobStatus {
  jobId: string;
  state: ReportJobState;
  /** Progress in the layout's units (blocks laid out); total is 0 until the worker first reports. */
  done: number;
  total: number;
  /** Why it failed; null otherwise. */
  message: string | null;
  /** Size of the finished PDF; null until done. */
  bytes: number | null;
  fileName: string;
}

export const reportCalls = {
  /** Gathers the report's data and starts laying it out off the main thread; poll reports.status. */
  'reports.start': call(reportStartInput, { needs: 'report' }).returns<ReportJobStatus>(),
  'reports.status': call(jobRef, { needs: 'report' }).returns<ReportJobStatus>(),
  /** Stops a running report at once; a finished one is left as it is. */
  'reports.cancel': call(jobRef, { needs: 'report' }).returns<ReportJobStatus>(),
  /** The finished PDF, for the preview and for saving where the person chooses. */
  'reports.result': call(jobRef, { needs: 'report' }).returns<{ fileName: string; base64: string }>(),
} as const;
