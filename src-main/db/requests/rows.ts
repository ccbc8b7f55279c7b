import type { CalendarDate } from '../../domain/deadlines/calendar';
import type { RegimeId } from '../../domain/deadlines/regimes';
import type { RequestType } from '../../domain/deadlines/rules';
import { formatReference } from '../../domain/requests/backlog';
import type { Requester, SubjectRequest } from '../../domain/requests/records';
import type { VerificationMethod, VerificationOutcome } from '../../domain/requests/vocabulary';
import type { Db } from '../sqlite';
import { fold, prepared } from '../statements';

/**
 * One row of `request`, as the services read and write it: the request's own fields as the
 * contract names them (types from the JSON column), and its verification, extension and stored
 * deadline flat, as the row holds them.
 */
export interface RequestRecord
  extends Pick<
    SubjectRequest,
    | 'id'
    | 'reference'
    | 'types'
    | 'channel'
    | 'receivedAt'
    | 'receivedOn'
    | 'requester'
    | 'agent'
    | 'proposedRegimeIds'
    | 'regimeId'
    | 'status'
    | 'outcomeReason'
    | 'assignee'
    | 'closedOn'
    | 'anonymisedAt'
    | 'createdAt'
    | 'updatedAt'
  > {
  verificationMethod: VerificationMethod | null;
  verificationOutcome: VerificationOutcome;
  verificationNote: string;
  verifiedAt: string | null;
  extensionReason: string | null;
  extensionNotifiedOn: CalendarDate | null;
  dueOn: CalendarDate | null;
  acknowledgeBy: CalendarDate | null;
}

/** What the officer gives at intake; the rest of a new row starts as FRESH_REQUEST. */
export type IntakeFields = Pick<RequestRecord, 'types' | 'channel' | 'receivedAt' | 'receivedOn' | 'requester' | 'agent' | 'proposedRegimeIds' | 'regimeId' | 'assignee'>;

/** A request as it is logged: received, not yet verified, extended or closed; its deadline computed after. */
export const FRESH_REQUEST: Omit<RequestRecord, keyof IntakeFields | 'id' | 'reference' | 'createdAt' | 'updatedAt'> = {
  status: 'received',
  outcomeReason: '',
  verificationMethod: null,
  verificationOutcome: 'pending',
  verificationNote: '',
  verifiedAt: null,
  extensionReason: null,
  extensionNotifiedOn: null,
  dueOn: null,
  acknowledgeBy: null,
  closedOn: null,
  anonymisedAt: null,
};

/** What a new row needs; the reference is given by `nextReference` unless the caller brings one. */
export type NewRequest = Omit<RequestRecord, 'id' | 'reference' | 'createdAt' | 'updatedAt'> & { reference?: string };

/** The fields a change may set: everything but the identity and the stamps. */
export type RequestPatch = Partial<Omit<RequestRecord, 'id' | 'reference' | 'createdAt' | 'updatedAt'>>;

type SqlValue = string | number | null;

/**
 * Each field's columns and values, in one fixed order: the SQL text of a statement depends only on
 * which fields it writes, so the statement cache stays small. The column names are ours, never input.
 */
const FIELDS: { readonly [K in keyof RequestPatch]-?: (value: NonNullable<RequestPatch[K]> | null) => [string, SqlValue][] } = {
  types: (v) => [['types', JSON.stringify(v)]],
  channel: (v) => [['channel', v]],
  receivedAt: (v) => [['received_at', v]],
  receivedOn: (v) => [['received_on', v]],
  requester: (v) => [
    ['requester_name', v?.name ?? ''],
    ['requester_email', v?.email ?? ''],
    ['requester_phone', v?.phone ?? ''],
    ['requester_address', v?.address ?? ''],
    ['relationship', v?.relationship ?? 'other'],
    ['residence_country', v?.residenceCountry ?? ''],
    ['residence_region', v?.residenceRegion ?? ''],
  ],
  agent: (v) => [
    ['agent_name', v?.name ?? null],
    ['agent_contact', v?.contact ?? ''],
    ['agent_authority', v?.authority ?? ''],
  ],
  proposedRegimeIds: (v) => [['proposed_regimes', JSON.stringify(v ?? [])]],
  regimeId: (v) => [['regime_id', v]],
  status: (v) => [['status', v]],
  outcomeReason: (v) => [['outcome_reason', v ?? '']],
  assignee: (v) => [['assignee', v ?? '']],
  verificationMethod: (v) => [['verification_method', v]],
  verificationOutcome: (v) => [['verification_outcome', v]],
  verificationNote: (v) => [['verification_note', v ?? '']],
  verifiedAt: (v) => [['verified_at', v]],
  extensionReason: (v) => [['extension_reason', v]],
  extensionNotifiedOn: (v) => [['extension_notified_on', v]],
  dueOn: (v) => [['due_on', v]],
  acknowledgeBy: (v) => [['acknowledge_by', v]],
  closedOn: (v) => [['closed_on', v]],
  anonymisedAt: (v) => [['anonymised_at', v]],
};
const FIELD_ORDER = Object.keys(FIELDS) as (keyof RequestPatch)[];

function columnsOf(patch: RequestPatch): [string, SqlValue][] {
  const columns: [string, SqlValue][] = [];
  for (const field of FIELD_ORDER) {
    if (!(field in patch) || patch[field] === undefined) continue;
    const write = FIELDS[field] as (value: unknown) => [string, SqlValue][];
    columns.push(...write(patch[field]));
  }
  return columns;
}

/** What the list's search box matches: reference, assignee and the requester's name and e-mail, folded. */
export function searchText(reference: string, assignee: string, requester: Pick<Requester, 'name' | 'email'>): string {
  return fold([reference, assignee, requester.name, requester.email].join('\n'));
}

/** The next free reference of `year`, counted in request_sequence inside the caller's transaction. */
export function nextReference(db: Db, year: number): string {
  const row = prepared(
    db,
    'INSERT INTO request_sequence (year, last) VALUES (?, 1) ON CONFLICT (year) DO UPDATE SET last = last + 1 RETURNING last',
  ).get(year) as { last: number };
  return formatReference(year, row.last);
}

function writeTypes(db: Db, id: number, types: readonly RequestType[]): void {
  prepared(db, 'DELETE FROM request_type WHERE request_id = ?').run(id);
  prepared(db, 'INSERT INTO request_type (request_id, type) SELECT DISTINCT ?, value FROM json_each(?)').run(id, JSON.stringify(types));
}

/** Inserts a request and its type rows; returns its id. Runs inside the caller's transaction. */
export function insertRequest(db: Db, values: NewRequest, now: string): number {
  const { reference: given, ...fields } = values;
  const reference = given ?? nextReference(db, Number(values.receivedOn.slice(0, 4)));
  const columns: [string, SqlValue][] = [
    ['reference', reference],
    ...columnsOf(fields),
    ['search_text', searchText(reference, values.assignee, values.requester)],
    ['created_at', now],
    ['updated_at', now],
  ];
  const sql = `INSERT INTO request (${columns.map(([name]) => name).join(', ')}) VALUES (${columns.map(() => '?').join(', ')})`;
  const id = Number(prepared(db, sql).run(...columns.map(([, value]) => value)).lastInsertRowid);
  writeTypes(db, id, values.types);
  return id;
}

/** Writes the fields present in `patch` (types replace the type rows) and stamps updated_at. */
export function updateRequest(db: Db, id: number, patch: RequestPatch, now: string): void {
  const columns = columnsOf(patch);
  if (columns.length > 0) {
    const sql = `UPDATE request SET ${columns.map(([name]) => `${name} = ?`).join(', ')}, updated_at = ? WHERE id = ?`;
    prepared(db, sql).run(...columns.map(([, value]) => value), now, id);
  }
  if (patch.types) writeTypes(db, id, patch.types);
  if (patch.requester !== undefined || patch.assignee !== undefined) refreshSearchText(db, id);
}

function refreshSearchText(db: Db, id: number): void {
  const row = prepared(db, 'SELECT reference, assignee, requester_name AS name, requester_email AS email FROM request WHERE id = ?').get(id) as
    | { reference: string; assignee: string; name: string; email: string }
    | undefined;
  if (row) prepared(db, 'UPDATE request SET search_text = ? WHERE id = ?').run(searchText(row.reference, row.assignee, row), id);
}

/** The engine's dates, stored for sorting and filtering: derived, so updated_at stays. */
export function storeDeadline(db: Db, id: number, dueOn: CalendarDate | null, acknowledgeBy: CalendarDate | null): void {
  prepared(db, 'UPDATE request SET due_on = ?, acknowledge_by = ? WHERE id = ? AND (due_on IS NOT ? OR acknowledge_by IS NOT ?)').run(
    dueOn,
    acknowledgeBy,
    id,
    dueOn,
    acknowledgeBy,
  );
}

const RECORD_COLUMNS = `id, reference, types, channel, received_at AS receivedAt, received_on AS receivedOn, requester_name AS name,
  requester_email AS email, requester_phone AS phone, requester_address AS address, relationship, residence_country AS residenceCountry,
  residence_region AS residenceRegion, agent_name AS agentName, agent_contact AS agentContact, agent_authority AS agentAuthority,
  proposed_regimes AS proposed, regime_id AS regimeId, status, outcome_reason AS outcomeReason, assignee,
  verification_method AS verificationMethod, verification_outcome AS verificationOutcome, verification_note AS verificationNote,
  verified_at AS verifiedAt, extension_reason AS extensionReason, extension_notified_on AS extensionNotifiedOn, due_on AS dueOn,
  acknowledge_by AS acknowledgeBy, closed_on AS closedOn, anonymised_at AS anonymisedAt, created_at AS createdAt, updated_at AS updatedAt`;

type RecordRaw = Omit<RequestRecord, 'types' | 'requester' | 'agent' | 'proposedRegimeIds'> &
  Requester & { types: string; agentName: string | null; agentContact: string; agentAuthority: string; proposed: string };

function toRecord(raw: RecordRaw): RequestRecord {
  const { types, name, email, phone, address, relationship, residenceCountry, residenceRegion, agentName, agentContact, agentAuthority, proposed, ...rest } = raw;
  return {
    ...rest,
    types: JSON.parse(types) as RequestType[],
    requester: { name, email, phone, address, relationship, residenceCountry, residenceRegion },
    agent: agentName === null ? null : { name: agentName, contact: agentContact, authority: agentAuthority },
    proposedRegimeIds: JSON.parse(proposed) as RegimeId[],
  };
}

export function getRequestRecord(db: Db, id: number): RequestRecord | undefined {
  const raw = prepared(db, `SELECT ${RECORD_COLUMNS} FROM request WHERE id = ?`).get(id) as RecordRaw | undefined;
  return raw === undefined ? undefined : toRecord(raw);
}

/** Open requests (all, or only those with a pause that has not ended): for recomputing their deadlines. */
export function openRequestRecords(db: Db, only: 'all' | 'paused'): RequestRecord[] {
  // From the few open ones (the partial index) or the pauses running, never a walk over every request in id order.
  const from = only === 'paused' ? 'request WHERE id IN (SELECT request_id FROM request_pause WHERE to_on IS NULL) AND' : 'request INDEXED BY request_open WHERE';
  return (prepared(db, `SELECT ${RECORD_COLUMNS} FROM ${from} closed_on IS NULL ORDER BY id`).all() as RecordRaw[]).map(toRecord);
}

/** The id and reference of each of `ids` that exists, in the order given. */
export function referencesOf(db: Db, ids: readonly number[]): Map<number, string> {
  const rows = prepared(db, 'SELECT r.id, r.reference FROM json_each(?) j JOIN request r ON r.id = j.value').all(JSON.stringify(ids)) as {
    id: number;
    reference: string;
  }[];
  return new Map(rows.map((row) => [row.id, row.reference]));
}
