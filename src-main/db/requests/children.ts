import type { CalendarDate } from '../../domain/deadlines/calendar';
import type { AttachmentInfo, RequestEvent, RequestNote, RequestTask } from '../../domain/requests/records';
import type { RequestStatus } from '../../domain/requests/vocabulary';
import type { Db } from '../sqlite';
import { prepared } from '../statements';

// ---------------------------------------------------------------- history

export type NewEvent = Omit<RequestEvent, 'id' | 'at' | 'fromStatus' | 'toStatus'> & { fromStatus?: RequestStatus | null; toStatus?: RequestStatus | null };

/** Appends one step to a request's history, inside the caller's transaction. */
export function appendEvent(db: Db, requestId: number, event: NewEvent, at: string): void {
  prepared(db, 'INSERT INTO request_event (request_id, at, kind, from_status, to_status, detail) VALUES (?, ?, ?, ?, ?, ?)').run(
    requestId,
    at,
    event.kind,
    event.fromStatus ?? null,
    event.toStatus ?? null,
    event.detail,
  );
}

export function eventsOf(db: Db, requestId: number): RequestEvent[] {
  return prepared(
    db,
    'SELECT id, at, kind, from_status AS fromStatus, to_status AS toStatus, detail FROM request_event WHERE request_id = ? ORDER BY at, id',
  ).all(requestId) as RequestEvent[];
}

/** The status a paused request was paused from: the latest move into 'paused'. */
export function statusBeforePause(db: Db, requestId: number): RequestStatus | null {
  const row = prepared(
    db,
    "SELECT from_status AS status FROM request_event WHERE request_id = ? AND to_status = 'paused' ORDER BY at DESC, id DESC LIMIT 1",
  ).get(requestId) as { status: RequestStatus | null } | undefined;
  return row?.status ?? null;
}

// ---------------------------------------------------------------- pauses

export interface PauseRow {
  id: number;
  from: CalendarDate;
  to: CalendarDate | null;
  reason: string;
}

export function pausesOf(db: Db, requestId: number): PauseRow[] {
  return prepared(db, 'SELECT id, from_on AS "from", to_on AS "to", reason FROM request_pause WHERE request_id = ? ORDER BY from_on, id').all(
    requestId,
  ) as PauseRow[];
}

export function insertPause(db: Db, requestId: number, from: CalendarDate, reason: string): void {
  prepared(db, 'INSERT INTO request_pause (request_id, from_on, reason) VALUES (?, ?, ?)').run(requestId, from, reason);
}

/** Ends the open pause, if there is one. */
export function endOpenPause(db: Db, requestId: number, on: CalendarDate): void {
  prepared(db, 'UPDATE request_pause SET to_on = ? WHERE request_id = ? AND to_on IS NULL').run(on, requestId);
}

// ---------------------------------------------------------------- tasks

export type NewTask = Omit<RequestTask, 'id' | 'doneAt' | 'doneBy'> & { doneAt?: string | null; doneBy?: string };

export function tasksOf(db: Db, requestId: number): RequestTask[] {
  return prepared(
    db,
    `SELECT id, system_id AS systemId, system_name AS systemName, action, description, done_at AS doneAt, done_by AS doneBy
       FROM request_task WHERE request_id = ? ORDER BY position, id`,
  ).all(requestId) as RequestTask[];
}

/** Appends tasks after the request's last one. */
export function insertTasks(db: Db, requestId: number, tasks: readonly NewTask[]): void {
  if (tasks.length === 0) return;
  let position = (prepared(db, 'SELECT coalesce(max(position), -1) AS last FROM request_task WHERE request_id = ?').get(requestId) as { last: number }).last;
  const insert = prepared(
    db,
    'INSERT INTO request_task (request_id, position, system_id, system_name, action, description, done_at, done_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
  );
  for (const task of tasks) {
    position += 1;
    insert.run(requestId, position, task.systemId, task.systemName, task.action, task.description, task.doneAt ?? null, task.doneBy ?? '');
  }
}

export function findTask(db: Db, requestId: number, taskId: number): RequestTask | undefined {
  return tasksOf(db, requestId).find((task) => task.id === taskId);
}

export function setTaskDone(db: Db, taskId: number, doneAt: string | null, doneBy: string): void {
  prepared(db, 'UPDATE request_task SET done_at = ?, done_by = ? WHERE id = ?').run(doneAt, doneBy, taskId);
}

// ---------------------------------------------------------------- notes and attachments

export function notesOf(db: Db, requestId: number): RequestNote[] {
  return prepared(db, 'SELECT id, at, author, body FROM request_note WHERE request_id = ? ORDER BY at, id').all(requestId) as RequestNote[];
}

export function insertNote(db: Db, requestId: number, body: string, author: string, at: string): void {
  prepared(db, 'INSERT INTO request_note (request_id, at, author, body) VALUES (?, ?, ?, ?)').run(requestId, at, author, body);
}

const ATTACHMENT_INFO = 'id, file_name AS fileName, mime_type AS mimeType, size, added_at AS addedAt';

export function attachmentsOf(db: Db, requestId: number): AttachmentInfo[] {
  return prepared(db, `SELECT ${ATTACHMENT_INFO} FROM request_attachment WHERE request_id = ? ORDER BY added_at, id`).all(requestId) as AttachmentInfo[];
}

export function insertAttachment(db: Db, requestId: number, file: { fileName: string; mimeType: string; content: Buffer }, at: string): number {
  return Number(
    prepared(db, 'INSERT INTO request_attachment (request_id, file_name, mime_type, size, content, added_at) VALUES (?, ?, ?, ?, ?, ?)').run(
      requestId,
      file.fileName,
      file.mimeType,
      file.content.length,
      file.content,
      at,
    ).lastInsertRowid,
  );
}

export function getAttachment(db: Db, attachmentId: number): (AttachmentInfo & { requestId: number; content: Buffer }) | undefined {
  return prepared(db, `SELECT ${ATTACHMENT_INFO}, request_id AS requestId, content FROM request_attachment WHERE id = ?`).get(attachmentId) as
    | (AttachmentInfo & { requestId: number; content: Buffer })
    | undefined;
}
