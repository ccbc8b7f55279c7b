import { AppError } from '../../contract/errors';
import { appendEvent, endOpenPause, insertPause, pausesOf, statusBeforePause } from '../../db/requests/children';
import { getRequestRecord, type RequestPatch, type RequestRecord, updateRequest } from '../../db/requests/rows';
import type { Db } from '../../db/sqlite';
import { type CalendarDate, daysBetween, formatLongDate, isCalendarDate } from '../../domain/deadlines/calendar';
import { REQUEST_TYPES } from '../../domain/deadlines/rules';
import { REQUEST_STATUSES, type RequestStatus, VERIFICATION_METHODS, VERIFICATION_OUTCOMES } from '../../domain/requests/vocabulary';
import { isClosed, transitionRefusal } from '../../domain/requests/workflow';
import { type Answer, changeRequest, mustGetRecord, type RequestContext, requireOpen, storeDeadlines } from './context';
import type { DeadlineRules } from './deadlines';

/** What a move may carry: the reason (a denial's exemption, a pause's cause), and an extension's reason and notice date. */
interface Move {
  to: RequestStatus;
  reason: string;
  extension: { reason: string; notifiedOn: string } | null;
}

const invalid = (field: string, message: string) => new AppError('VALIDATION', message, { [field]: message });

/** A date the person was told, a pause began or ended: a real day, not after today, not before receipt. */
function checkDay(field: string, value: string, record: RequestRecord, today: CalendarDate, what: string): CalendarDate {
  if (!isCalendarDate(value)) throw invalid(field, `${value} is not a date in the calendar.`);
  if (value > today) throw invalid(field, `${what} cannot be after today (${formatLongDate(today)}).`);
  if (value < record.receivedOn) throw invalid(field, `${what} cannot be before the request was received (${formatLongDate(record.receivedOn)}).`);
  return value;
}

/**
 * Moves one request to another status: checks everything first (so a refusal writes nothing),
 * then writes the row, the pause, and the history step. Shared by the single move and the bulk one.
 */
function applyMove(db: Db, record: RequestRecord, move: Move, now: string, rules: DeadlineRules): void {
  const { to } = move;
  const today = rules.today;
  const pausedFrom = record.status === 'paused' ? statusBeforePause(db, record.id) : null;
  const refusal = transitionRefusal(record.status, to, pausedFrom);
  if (refusal !== null) throw new AppError('CONFLICT', `${refusal} (${record.reference})`);
  const reason = move.reason.trim();
  const patch: RequestPatch = { status: to };
  let detail = reason;
  let kind: 'status' | 'extension' | 'pause' = 'status';
  if ((to === 'denied' || to === 'partially_completed' || to === 'paused') && reason === '') {
    throw invalid('reason', to === 'paused' ? 'Say why the clock stops.' : 'Give the reason or the exemption relied on: the person must be told.');
  }
  if (to === 'extended') {
    const extension = move.extension;
    if (extension === null || extension.reason.trim() === '') throw invalid('extension', 'An extension needs its reason and the date the person was told.');
    const notifiedOn = checkDay('extension.notifiedOn', extension.notifiedOn, record, today, 'The day the person was told');
    const regime = rules.regimes.find((r) => r.id === record.regimeId);
    if (!regime || !record.types.some((type) => regime.rules[type]?.extension)) {
      const types = record.types.map((type) => REQUEST_TYPES[type]).join(', ');
      throw invalid('extension', `${regime ? regime.name : 'Without a regime, the law'} allows no extension for ${types}.`);
    }
    patch.extensionReason = extension.reason.trim();
    patch.extensionNotifiedOn = notifiedOn;
    kind = 'extension';
    detail = `${extension.reason.trim()} The person was told on ${formatLongDate(notifiedOn)}.`;
  }
  if (to === 'paused') {
    insertPause(db, record.id, today, reason);
    kind = 'pause';
    detail = `Paused from ${formatLongDate(today)}: ${reason}`;
  }
  if (record.status === 'paused') endOpenPause(db, record.id, today);
  if (isClosed(to)) {
    patch.closedOn = today;
    patch.outcomeReason = reason;
  }
  updateRequest(db, record.id, patch, now);
  appendEvent(db, record.id, { kind, fromStatus: record.status, toStatus: to, detail }, now);
}

export function workflowService(ctx: RequestContext) {
  const { store } = ctx;

  const transition: Answer<'requests.transition'> = ({ id, ...move }) =>
    changeRequest(ctx, id, (db, record, now, rules) => applyMove(db, record, move, now, rules));

  const verify: Answer<'requests.verify'> = ({ id, method, outcome, note }) =>
    changeRequest(ctx, id, (db, record, now) => {
      requireOpen(record);
      updateRequest(db, id, { verificationMethod: method, verificationOutcome: outcome, verificationNote: note, verifiedAt: now }, now);
      const advice = outcome === 'failed' ? ' The request may be denied as unverifiable: record the denial with its reason.' : '';
      appendEvent(db, id, { kind: 'verification', detail: `${VERIFICATION_METHODS[method]}: ${VERIFICATION_OUTCOMES[outcome]}.${advice}` }, now);
    });

  const pause: Answer<'requests.pause'> = ({ id, from, reason }) =>
    changeRequest(ctx, id, (db, record, now, rules) => {
      const refusal = transitionRefusal(record.status, 'paused');
      if (refusal !== null) throw new AppError('CONFLICT', refusal);
      const start = checkDay('from', from, record, rules.today, 'A pause');
      insertPause(db, id, start, reason);
      updateRequest(db, id, { status: 'paused' }, now);
      appendEvent(db, id, { kind: 'pause', fromStatus: record.status, toStatus: 'paused', detail: `Paused from ${formatLongDate(start)}: ${reason}` }, now);
    });

  const resume: Answer<'requests.resume'> = ({ id, on }) =>
    changeRequest(ctx, id, (db, record, now, rules) => {
      if (record.status !== 'paused') throw new AppError('CONFLICT', `${record.reference} is ${REQUEST_STATUSES[record.status]}, not paused: there is nothing to resume.`);
      const end = checkDay('on', on, record, rules.today, 'The end of the pause');
      const open = pausesOf(db, id).find((p) => p.to === null);
      if (open && end < open.from) throw invalid('on', `The pause began on ${formatLongDate(open.from)}: it cannot end before that.`);
      const back = statusBeforePause(db, id) ?? 'in_progress';
      endOpenPause(db, id, end);
      updateRequest(db, id, { status: back }, now);
      const days = open ? ` after ${daysBetween(open.from, end) + 1} day(s)` : '';
      appendEvent(db, id, { kind: 'pause', fromStatus: 'paused', toStatus: back, detail: `Resumed on ${formatLongDate(end)}${days}.` }, now);
    });

  /** Assign or move many requests in one transaction; a request the move does not fit is skipped with the reason. */
  const bulk: Answer<'requests.bulk'> = ({ ids, action }) =>
    store.write((db, now) => {
      if (action.kind === 'status' && (action.to === 'denied' || action.to === 'partially_completed') && action.reason.trim() === '') {
        throw invalid('action.reason', 'Give the reason or the exemption relied on: each person must be told.');
      }
      const rules = ctx.rules(db);
      const skipped: { id: number; reference: string; reason: string }[] = [];
      let changed = 0;
      for (const id of [...new Set(ids)]) {
        const record = getRequestRecord(db, id);
        if (!record) {
          skipped.push({ id, reference: '', reason: 'This request no longer exists.' });
          continue;
        }
        try {
          if (action.kind === 'assign') {
            requireOpen(record);
            if (record.assignee === action.assignee) continue;
            updateRequest(db, id, { assignee: action.assignee }, now);
            appendEvent(db, id, { kind: 'assigned', detail: action.assignee === '' ? 'Unassigned.' : `Assigned to ${action.assignee}.` }, now);
          } else {
            applyMove(db, record, { to: action.to, reason: action.reason, extension: null }, now, rules);
            storeDeadlines(db, rules, [mustGetRecord(db, id)]);
          }
          changed += 1;
        } catch (error) {
          if (!(error instanceof AppError)) throw error;
          skipped.push({ id, reference: record.reference, reason: error.message });
        }
      }
      return { changed, skipped };
    });

  return { transition, verify, pause, resume, bulk };
}
