import type { z } from 'zod';
import { AppError } from '../../contract/errors';
import type { CallDef } from '../../contract/define';
import type { requestCalls } from '../../contract/requests';
import { attachmentsOf, eventsOf, notesOf, pausesOf, tasksOf } from '../../db/requests/children';
import { getRequestRecord, type RequestRecord, storeDeadline } from '../../db/requests/rows';
import type { Db } from '../../db/sqlite';
import type { SubjectRequest } from '../../domain/requests/records';
import { REQUEST_STATUSES } from '../../domain/requests/vocabulary';
import { isClosed } from '../../domain/requests/workflow';
import type { InventoryStore } from '../inventory/context';
import { type DeadlineRules, loadDeadlineRules, requestDeadline } from './deadlines';

type RequestCalls = typeof requestCalls;
export type RequestCallName = keyof RequestCalls;
/** A call's input as the contract parses it, and its output: the service takes the contract's own types. */
export type In<K extends RequestCallName> = z.output<RequestCalls[K]['input']>;
export type Out<K extends RequestCallName> = RequestCalls[K] extends CallDef<z.ZodType, infer O> ? O : never;
export type Answer<K extends RequestCallName> = (input: In<K>) => Out<K>;

/** What every part of the request service shares: the workspace (reads, and writes as one transaction) and its clock. */
export interface RequestContext {
  store: InventoryStore;
  rules(db: Db): DeadlineRules;
}

export function requestContext(store: InventoryStore): RequestContext {
  return { store, rules: (db) => loadDeadlineRules(db, store.clock.now()) };
}

export function requestNotFound(): AppError {
  return new AppError('NOT_FOUND', 'That request no longer exists. Reload the list.');
}

export function mustGetRecord(db: Db, id: number): RequestRecord {
  const record = getRequestRecord(db, id);
  if (!record) throw requestNotFound();
  return record;
}

/** Refuses a change to a closed request: its record stays as it was closed (notes and attachments may still be added). */
export function requireOpen(record: RequestRecord): void {
  if (isClosed(record.status)) {
    throw new AppError(
      'CONFLICT',
      `${record.reference} is closed (${REQUEST_STATUSES[record.status]}) and can no longer change. Add a note to record anything that happened since.`,
    );
  }
}

export function requireNotAnonymised(record: RequestRecord): void {
  if (record.anonymisedAt !== null) {
    throw new AppError('CONFLICT', `${record.reference} was anonymised after its retention period: nothing more can be added to it.`);
  }
}

/**
 * The whole request with its deadline computed now. With `store`, the due date and the date to
 * acknowledge by are written back to the row (inside the caller's transaction) for sorting.
 */
export function loadRequest(db: Db, id: number, rules: DeadlineRules, options: { store: boolean }): SubjectRequest {
  const record = mustGetRecord(db, id);
  const pauses = pausesOf(db, id);
  const deadline = requestDeadline(rules, record, pauses);
  if (options.store) storeDeadline(db, id, deadline.dueOn, deadline.acknowledgeBy);
  return {
    id: record.id,
    reference: record.reference,
    types: record.types,
    channel: record.channel,
    receivedAt: record.receivedAt,
    receivedOn: record.receivedOn,
    requester: record.requester,
    agent: record.agent,
    proposedRegimeIds: record.proposedRegimeIds,
    regimeId: record.regimeId,
    status: record.status,
    outcomeReason: record.outcomeReason,
    assignee: record.assignee,
    verification: { method: record.verificationMethod, outcome: record.verificationOutcome, note: record.verificationNote, at: record.verifiedAt },
    extension: record.extensionReason === null ? null : { reason: record.extensionReason, notifiedOn: record.extensionNotifiedOn },
    pauses,
    deadline,
    tasks: tasksOf(db, id),
    notes: notesOf(db, id),
    attachments: attachmentsOf(db, id),
    history: eventsOf(db, id),
    closedOn: record.closedOn,
    anonymisedAt: record.anonymisedAt,
    createdAt: record.createdAt,
    updatedAt: record.updatedAt,
  };
}

/** Recomputes and stores the deadlines of these requests: after the rules, calendars or settings they depend on changed. */
export function storeDeadlines(db: Db, rules: DeadlineRules, records: readonly RequestRecord[]): void {
  for (const record of records) {
    const deadline = requestDeadline(rules, record, pausesOf(db, record.id));
    storeDeadline(db, record.id, deadline.dueOn, deadline.acknowledgeBy);
  }
}

/**
 * One change to one request: in one transaction, the request read, `work` done (it checks, then
 * writes and appends its history), the deadline recomputed and stored, the request read back.
 */
export function changeRequest(
  ctx: RequestContext,
  id: number,
  work: (db: Db, record: RequestRecord, now: string, rules: DeadlineRules) => void,
): SubjectRequest {
  return ctx.store.write((db, now) => {
    const record = mustGetRecord(db, id);
    const rules = ctx.rules(db);
    work(db, record, now, rules);
    return loadRequest(db, id, rules, { store: true });
  });
}
