import { z } from 'zod';
import { AUDIT_KINDS, type AuditKind } from '../domain/audit/vocabulary';
import { call } from './define';
import type { Page } from './inventory';

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'Use a date like 2026-11-29.');
const text = (max: number) => z.string().trim().max(max, `Use at most ${max.toLocaleString('en')} characters.`);
const kinds = Object.keys(AUDIT_KINDS) as [AuditKind, ...AuditKind[]];

/** The log's filters; every one optional. The period is of calendar days in UTC, both ends included. */
const filterFields = {
    recordKind: text(60).nullable().default(null),
    recordId: z.number().int().positive().nullable().default(null),
    actor: text(200).nullable().default(null),
    kind: z.enum(kinds).nullable().default(null),
    from: isoDate.nullable().default(null),
    to: isoDate.nullable().default(null),
    search: text(200).default(''),
};

const filter = z.object(filterFields);
const periodInOrder = (f: { from: string | null; to: string | null }) => f.from === null || f.to === null || f.from <= f.to;
const periodMessage = { message: 'The period cannot end before it starts.', path: ['to'] };

const auditListInput = filter
  .extend({ offset: z.number().int().min(0).max(10_000_000).default(0), limit: z.number().int().min(1).max(500).default(100) })
  .strict()
  .refine(periodInOrder, periodMessage);
const auditExportInput = filter.extend({ format: z.enum(['csv', 'json']).default('csv') }).strict().refine(periodInOrder, periodMessage);

/** The filters as the screen holds them. */
export type AuditFilter = z.input<typeof filter>;

/** One entry as the list shows it: the names of the fields that changed, not their values. */
export interface AuditRow {
  seq: number;
  at: string;
  actor: string;
  kind: AuditKind;
  /** The table of a row's change; null for an event. */
  tableName: string | null;
  recordKind: string | null;
  recordId: number | null;
  label: string | null;
  changed: string[];
}

export interface AuditEntry extends AuditRow {
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
  prevHash: string;
  hash: string;
}

export interface AuditHead {
  /** The last entry's number (0: the log is empty), which is also the number of entries. */
  seq: number;
  hash: string;
}

export type AuditVerification = ({ ok: true } & AuditHead) | { ok: false; seq: number; problem: string; checked: number };

export const auditCalls = {
  /** Newest first. */
  'audit.list': call(auditListInput, { needs: 'read' }).returns<Page<AuditRow>>(),
  'audit.get': call(z.object({ seq: z.number().int().positive() }).strict(), { needs: 'read' }).returns<AuditEntry>(),
  /** Walks the whole chain: ok with the head, or the first entry where it breaks. */
  'audit.verify': call(z.object({}).strict(), { needs: 'read' }).returns<AuditVerification>(),
  /** The filtered entries, oldest first, with their hashes: CSV (one row per entry, before and after as JSON) or JSON. */
  'audit.export': call(auditExportInput, { needs: 'report' }).returns<{
    fileName: string;
    contentBase64: string;
    mimeType: string;
  }>(),
};
