import type { CheckedActivity } from '../../domain/inventory/completeness';
import type { MapActivity } from '../../domain/inventory/data-map';
import type { Activity, ActivityRow, Link, Purpose } from '../../domain/inventory/records';
import type { DataSource, LegalBasis, TransferMechanism } from '../../domain/inventory/vocabulary';
import type { Db } from '../sqlite';
import { bit, prepared, preparedRaw } from '../statements';
import { type ListSpec, listPage, stampColumns } from './list';
import { insertRow, updateRow } from './record-tables';
import type { ListInputOf, RecordRepository, ValuesOf } from './repository';
import { indexRecord, searchBody } from './search-index';

type ActivityList = ListInputOf<'activities'>;
export type ActivityValues = ValuesOf<'activities'>;

/** The four link tables of an activity: the one description that saving, loading and the list's counts and filters share. */
const LINKS = {
  categories: { table: 'activity_category', column: 'category_id', target: 'data_category', extra: ', t.special, t.criminal, t.sensitive' },
  subjects: { table: 'activity_subject', column: 'subject_id', target: 'data_subject', extra: '' },
  systems: { table: 'activity_system', column: 'system_id', target: 'system', extra: '' },
  recipients: { table: 'activity_recipient', column: 'recipient_id', target: 'recipient', extra: ', t.kind' },
} as const;
type LinkName = keyof typeof LINKS;
const LINK_NAMES = Object.keys(LINKS) as LinkName[];

const linkExists = (link: LinkName) => `EXISTS (SELECT 1 FROM ${LINKS[link].table} x WHERE x.activity_id = a.id AND x.${LINKS[link].column} = ?)`;
const linkCount = (link: LinkName) => `(SELECT count(*) FROM ${LINKS[link].table} x WHERE x.activity_id = a.id)`;

// ---------------------------------------------------------------- the list

type RowRaw = Omit<ActivityRow, 'purposes' | 'legalBases' | 'special'> & { purposes: string; legalBases: string; special: number };

const ROW_COLUMNS = `${stampColumns('a')}, a.name, a.owner, a.status, a.role,
  (SELECT json_group_array(p.purpose ORDER BY p.position) FROM activity_purpose p WHERE p.activity_id = a.id) AS purposes,
  (SELECT json_group_array(p.legal_basis ORDER BY p.position) FROM activity_purpose p WHERE p.activity_id = a.id AND p.legal_basis IS NOT NULL) AS legalBases,
  ${linkCount('categories')} AS categoryCount, ${linkCount('systems')} AS systemCount, ${linkCount('recipients')} AS recipientCount,
  EXISTS (SELECT 1 FROM activity_category x JOIN data_category c ON c.id = x.category_id WHERE x.activity_id = a.id AND c.special = 1) AS special,
  a.last_reviewed_on AS lastReviewedOn`;

const LIST: ListSpec<ActivityList['sort']['by'], ActivityList['filters'], RowRaw, ActivityRow> = {
  kind: 'activity',
  alias: 'a',
  columns: ROW_COLUMNS,
  from: 'activity a',
  substring: ['a.name', 'a.owner'],
  sort: {
    name: 'a.name COLLATE NOCASE',
    owner: 'a.owner COLLATE NOCASE',
    status: 'a.status',
    updatedAt: 'a.updated_at',
    lastReviewedOn: 'a.last_reviewed_on',
  },
  filters: {
    status: 'a.status = ?',
    role: 'a.role = ?',
    legalBasis: 'EXISTS (SELECT 1 FROM activity_purpose p WHERE p.activity_id = a.id AND p.legal_basis = ?)',
    categoryId: linkExists('categories'),
    systemId: linkExists('systems'),
    // Listed as a recipient, or named in a transfer.
    recipientId: `EXISTS (SELECT 1 FROM (SELECT x.recipient_id AS rid FROM activity_recipient x WHERE x.activity_id = a.id
                                          UNION ALL SELECT t.recipient_id FROM activity_transfer t WHERE t.activity_id = a.id) WHERE rid = ?)`,
  },
  map: (raw) => ({
    ...raw,
    purposes: JSON.parse(raw.purposes) as string[],
    legalBases: [...new Set(JSON.parse(raw.legalBases) as LegalBasis[])],
    special: raw.special === 1,
  }),
};

// ---------------------------------------------------------------- the whole aggregate

/**
 * Which activities a load covers. `get` and `loadAll` run the very same code
 * with a different scope, so one activity loaded either way is equal. A bulk
 * load reads each child table whole (in its index order, no sort) and drops the
 * rows of activities outside the scope in JS: cheaper than a join per row.
 */
type Scope = 'one' | 'active' | 'all' | 'inForce' | 'someActive';
/** A load's statement values: an id, or ids as a JSON array. */
type Params = readonly (number | string)[];
/** `someActive`: those of the ids given as a JSON array that are not archived. */
const IDS = 'SELECT value FROM json_each(?)';
const MAIN_SCOPE: Record<Scope, string> = {
  one: 'a.id = ?',
  active: 'a.archived_at IS NULL',
  all: '1',
  inForce: "a.archived_at IS NULL AND a.status = 'active'",
  someActive: `a.archived_at IS NULL AND a.id IN (${IDS})`,
};
const CHILD_SCOPE: Record<Scope, string> = { one: 'x.activity_id = ?', active: '1', all: '1', inForce: '1', someActive: `x.activity_id IN (${IDS})` };

/**
 * The rows of `select` as one JSON array of arrays (`columns` of each row, in its order), parsed in
 * one native call: for thousands of rows with long texts, better than the driver making each value.
 */
const asJsonRows = (select: string, columns: string) => `SELECT json_group_array(json_array(${columns})) AS list FROM (${select})`;

function jsonRows<R>(db: Db, sql: string, params: Params): R[] {
  return JSON.parse((prepared(db, sql).get(...params) as { list: string }).list) as R[];
}

/**
 * The activity row as an array: what the completeness check reads (its sources already parsed), and
 * for the whole aggregate that array followed by the rest.
 */
const MAIN = (scope: Scope, columns: string) =>
  asJsonRows(`SELECT * FROM activity a WHERE ${MAIN_SCOPE[scope]} ORDER BY a.name COLLATE NOCASE, a.id`, columns);
const CHECKED_COLUMNS = `id, archived_at, name, status, role, controller_for, special_condition, json(sources), source_detail,
  retention_period, retention_unit, retention_trigger, retention_deletion, security_measures, sold, shared_for_ads, dpia, no_recipients, last_reviewed_on`;
const WHOLE_COLUMNS = `json_array(${CHECKED_COLUMNS}), created_at, updated_at, description, owner, dpia_reason`;
type CheckedRaw = [
  id: number,
  archivedAt: string | null,
  name: string,
  status: Activity['status'],
  role: Activity['role'],
  controllerFor: string,
  specialCondition: Activity['specialCondition'],
  sources: DataSource[],
  sourceDetail: string,
  retentionPeriod: number | null,
  retentionUnit: Activity['retention']['unit'],
  retentionTrigger: string,
  retentionDeletion: string,
  securityMeasures: string,
  sold: number,
  sharedForAds: number,
  dpia: Activity['dpia'],
  noRecipients: number,
  lastReviewedOn: string | null,
];
type WholeRaw = [checked: CheckedRaw, createdAt: string, updatedAt: string, description: string, owner: string, dpiaReason: string];

/** Rows as arrays, in this column order. */
const PURPOSES = (scope: Scope) =>
  asJsonRows(
    `SELECT x.activity_id, x.purpose, x.data_use, x.legal_basis, x.legitimate_interest FROM activity_purpose x WHERE ${CHILD_SCOPE[scope]} ORDER BY x.activity_id, x.position`,
    'activity_id, purpose, data_use, legal_basis, legitimate_interest',
  );
type PurposeRaw = [number, string, string | null, LegalBasis | null, string];

const TRANSFERS = (scope: Scope) =>
  asJsonRows(
    `SELECT x.activity_id, x.country, x.recipient_id, x.mechanism, x.documentation, r.name AS recipient_name
       FROM activity_transfer x LEFT JOIN recipient r ON r.id = x.recipient_id WHERE ${CHILD_SCOPE[scope]} ORDER BY x.activity_id, x.id`,
    'activity_id, country, recipient_id, mechanism, documentation, recipient_name',
  );
type TransferRaw = [number, string, number | null, TransferMechanism | null, string, string | null];

/**
 * The (activity, record) pairs of a link table as one flat list "a,r,a,r,...", parsed in one native
 * call (tens of thousands of pairs in a bulk load: an array per row cost more than the query), and
 * the linked records themselves, by name: their position is the links' order.
 */
const LINK_PAIRS = (scope: Scope, link: LinkName) =>
  `SELECT group_concat(x.activity_id || ',' || x.${LINKS[link].column}) AS list FROM ${LINKS[link].table} x WHERE ${CHILD_SCOPE[scope]}`;
const LINK_TARGETS = (scope: Scope, link: LinkName) => {
  const { table, column, target, extra } = LINKS[link];
  const where = scope === 'one' || scope === 'someActive' ? `t.id IN (SELECT x.${column} FROM ${table} x WHERE ${CHILD_SCOPE[scope]})` : '1';
  return `SELECT t.id, t.name${extra} FROM ${target} t WHERE ${where} ORDER BY t.name COLLATE NOCASE, t.id`;
};

/**
 * Where each loaded activity stands in the load, by id (ids are a dense rowid range), and its
 * child lists by that position: dealing tens of thousands of child rows through arrays, not maps.
 */
class Positions {
  private readonly at: Int32Array;
  readonly size: number;
  constructor(ids: readonly number[]) {
    this.size = ids.length;
    this.at = new Int32Array(ids.reduce((max, id) => Math.max(max, id), 0) + 1).fill(-1);
    ids.forEach((id, position) => (this.at[id] = position));
  }
  /** -1 for an activity outside the load. */
  of(id: number): number {
    return id < this.at.length ? this.at[id]! : -1;
  }
  /** Empty child lists, one per loaded activity, made when first appended to. */
  lists<T>(): Lists<T> {
    return new Array<T[] | undefined>(this.size);
  }
}
type Lists<T> = (T[] | undefined)[];

function append<T>(lists: Lists<T>, position: number, item: T): void {
  const list = lists[position];
  if (list) list.push(item);
  else lists[position] = [item];
}

/** Rows as arrays, appended per activity; rows of activities outside the load are skipped. */
function byActivity<R extends [number, ...unknown[]], T>(rows: R[], positions: Positions, make: (row: R) => T): Lists<T> {
  const lists = positions.lists<T>();
  for (const row of rows) {
    const position = positions.of(row[0]);
    if (position >= 0) append(lists, position, make(row));
  }
  return lists;
}

/**
 * Each wanted activity's links of one kind, in the linked records' name order. The pairs are
 * counted, then dealt to their record and each record (in name order) to its activities, so no list
 * is sorted or grows: tens of thousands of pairs in a bulk load, where arrays grown one push at a
 * time were most of the garbage. The activities share the link objects: one per linked record,
 * however many activities use it.
 */
function links<L extends Link>(db: Db, scope: Scope, params: Params, link: LinkName, positions: Positions): Lists<L> {
  const targets = prepared(db, LINK_TARGETS(scope, link)).all(...params) as Record<string, unknown>[];
  const rankOf = new Map<number, number>();
  targets.forEach((raw, rank) => rankOf.set(raw.id as number, rank));
  const { list } = prepared(db, LINK_PAIRS(scope, link)).get(...params) as { list: string | null };
  const pairs = list === null ? [] : (JSON.parse(`[${list}]`) as number[]);
  // Where each record's activities start in `dealt` (by rank, one slot ahead while counting), and how many links each activity has.
  const starts = new Int32Array(targets.length + 1);
  const sizes = new Int32Array(positions.size);
  for (let i = 0; i < pairs.length; i += 2) {
    const position = positions.of(pairs[i]!);
    if (position < 0) continue;
    starts[rankOf.get(pairs[i + 1]!)! + 1]! += 1;
    sizes[position]! += 1;
  }
  for (let rank = 1; rank <= targets.length; rank++) starts[rank]! += starts[rank - 1]!;
  const dealt = new Int32Array(starts[targets.length]!);
  const next = starts.slice(0, targets.length);
  for (let i = 0; i < pairs.length; i += 2) {
    const position = positions.of(pairs[i]!);
    if (position >= 0) dealt[next[rankOf.get(pairs[i + 1]!)!]!++] = position;
  }
  const lists = positions.lists<L>();
  const filled = new Int32Array(positions.size);
  targets.forEach((raw, rank) => {
    const shared = toLink(raw) as L;
    for (let at = starts[rank]!; at < starts[rank + 1]!; at++) {
      const position = dealt[at]!;
      (lists[position] ??= new Array<L>(sizes[position]!))[filled[position]!++] = shared;
    }
  });
  return lists;
}

/** A linked record as the aggregate carries it: 0/1 marks as booleans. */
function toLink(raw: Record<string, unknown>): Link {
  const link: Record<string, unknown> = { ...raw };
  for (const mark of ['special', 'criminal', 'sensitive']) if (mark in raw) link[mark] = raw[mark] === 1;
  return link as unknown as Link;
}

/** The child lists of the activities at `positions` that the completeness check reads: all but their systems. */
function checkedChildren(db: Db, scope: Scope, params: Params, positions: Positions) {
  return {
    purposes: byActivity(jsonRows<PurposeRaw>(db, PURPOSES(scope), params), positions, (r): Purpose => ({
      purpose: r[1],
      dataUse: r[2],
      legalBasis: r[3],
      legitimateInterest: r[4],
    })),
    transfers: byActivity(jsonRows<TransferRaw>(db, TRANSFERS(scope), params), positions, (r): Activity['transfers'][number] => ({
      country: r[1],
      recipientId: r[2],
      mechanism: r[3],
      documentation: r[4],
      recipientName: r[5],
    })),
    categories: links<Activity['categories'][number]>(db, scope, params, 'categories', positions),
    subjects: links<Link>(db, scope, params, 'subjects', positions),
    recipients: links<Activity['recipients'][number]>(db, scope, params, 'recipients', positions),
  };
}

/** The activity at `position` of a load, as the completeness check reads it. */
function checkedActivity(raw: CheckedRaw, position: number, children: ReturnType<typeof checkedChildren>): CheckedActivity {
  const [id, archivedAt, name, status, role, controllerFor, specialCondition, sources, sourceDetail, period, unit, trigger, deletion,
    securityMeasures, sold, sharedForAds, dpia, noRecipients, lastReviewedOn] = raw;
  return {
    id,
    archivedAt,
    name,
    status,
    role,
    controllerFor,
    purposes: children.purposes[position] ?? [],
    specialCondition,
    categories: children.categories[position] ?? [],
    subjects: children.subjects[position] ?? [],
    sources,
    sourceDetail,
    recipients: children.recipients[position] ?? [],
    noRecipients: noRecipients === 1,
    transfers: children.transfers[position] ?? [],
    retention: { period, unit, trigger, deletion },
    securityMeasures,
    sold: sold === 1,
    sharedForAds: sharedForAds === 1,
    dpia,
    lastReviewedOn,
  };
}

/** A fixed number of queries (one per table), whatever the number of activities. */
function load(db: Db, scope: Scope, params: Params): Activity[] {
  const mains = jsonRows<WholeRaw>(db, MAIN(scope, WHOLE_COLUMNS), params);
  if (mains.length === 0) return [];
  const positions = new Positions(mains.map(([checked]) => checked[0]));
  const children = checkedChildren(db, scope, params, positions);
  const systems = links<Link>(db, scope, params, 'systems', positions);
  // Added to the checked activity in place: spread into a new literal, 5,000 activities took twice as
  // long to make and four times as long to check (V8 gave the copies a slower shape).
  return mains.map(([checked, createdAt, updatedAt, description, owner, dpiaReason], position) =>
    Object.assign(checkedActivity(checked, position, children), { createdAt, updatedAt, description, owner, dpiaReason, systems: systems[position] ?? [] }),
  );
}

export function getActivity(db: Db, id: number): Activity | undefined {
  return load(db, 'one', [id])[0];
}

/**
 * Every activity, whole, by name: for the completeness check and reports, which only read them (the
 * activities share their link objects). `inForce` keeps only those in force (status active, not
 * archived), whatever `includeArchived` says.
 */
export function loadAllActivities(db: Db, options: { includeArchived: boolean; inForce?: boolean }): Activity[] {
  return load(db, options.inForce ? 'inForce' : options.includeArchived ? 'all' : 'active', []);
}

/**
 * The activities not archived (of `ids` only, when given), by name, with only what the completeness
 * check reads: the same queries as a whole load, less of them.
 */
export function loadActivitiesToCheck(db: Db, ids?: readonly number[]): CheckedActivity[] {
  const [scope, params]: [Scope, Params] = ids ? ['someActive', [JSON.stringify(ids)]] : ['active', []];
  const mains = jsonRows<CheckedRaw>(db, MAIN(scope, CHECKED_COLUMNS), params);
  const positions = new Positions(mains.map((m) => m[0]));
  const children = checkedChildren(db, scope, params, positions);
  return mains.map((raw, position) => checkedActivity(raw, position, children));
}

/**
 * The record kinds whose rows `loadActivitiesToCheck` reads (a child row of an activity is filed
 * under it), each with how to find the activities that read a changed record of that kind.
 */
const CHECK_READS: Readonly<Record<string, string | null>> = {
  activity: null,
  category: 'SELECT activity_id FROM activity_category WHERE category_id IN (SELECT value FROM json_each(@ids))',
  subject: 'SELECT activity_id FROM activity_subject WHERE subject_id IN (SELECT value FROM json_each(@ids))',
  recipient: `SELECT activity_id FROM activity_recipient WHERE recipient_id IN (SELECT value FROM json_each(@ids))
              UNION SELECT activity_id FROM activity_transfer WHERE recipient_id IN (SELECT value FROM json_each(@ids))`,
};
export const CHECK_READ_KINDS: readonly string[] = Object.keys(CHECK_READS);

/**
 * The activities whose completeness check reads one of the changed records (by record kind, as the
 * audit log files them): the activities changed, and those linking a changed category, subject or
 * recipient. Changes of any other kind touch nothing the check reads.
 */
export function activitiesReading(db: Db, changed: ReadonlyMap<string, ReadonlySet<number>>): Set<number> {
  const ids = new Set<number>();
  for (const [kind, find] of Object.entries(CHECK_READS)) {
    const records = changed.get(kind);
    if (!records || records.size === 0) continue;
    if (find === null) {
      for (const id of records) ids.add(id);
      continue;
    }
    const rows = preparedRaw(db, find).all({ ids: JSON.stringify([...records]) }) as [number][];
    for (const [id] of rows) ids.add(id);
  }
  return ids;
}

/** The activities not archived, by name, with only what the data map reads: none of their texts, purposes or subjects. */
export function loadMapActivities(db: Db): MapActivity[] {
  const mains = preparedRaw(db, `SELECT a.id, a.name, a.status FROM activity a WHERE ${MAIN_SCOPE.active} ORDER BY a.name COLLATE NOCASE, a.id`).all() as [
    number,
    string,
    Activity['status'],
  ][];
  const positions = new Positions(mains.map((m) => m[0]));
  const transfers = byActivity(
    preparedRaw(
      db,
      'SELECT x.activity_id, x.country, x.recipient_id, r.name FROM activity_transfer x LEFT JOIN recipient r ON r.id = x.recipient_id ORDER BY x.activity_id, x.id',
    ).all() as [number, string, number | null, string | null][],
    positions,
    (r): MapActivity['transfers'][number] => ({ country: r[1], recipientId: r[2], recipientName: r[3] }),
  );
  const categories = links<Activity['categories'][number]>(db, 'active', [], 'categories', positions);
  const systems = links<Link>(db, 'active', [], 'systems', positions);
  const recipients = links<Activity['recipients'][number]>(db, 'active', [], 'recipients', positions);
  return mains.map(([id, name, status], position) => ({
    id,
    name,
    archivedAt: null,
    status,
    categories: categories[position] ?? [],
    systems: systems[position] ?? [],
    recipients: recipients[position] ?? [],
    transfers: transfers[position] ?? [],
  }));
}

// ---------------------------------------------------------------- saving

const columns = (v: ActivityValues) => ({
  name: v.name,
  description: v.description,
  owner: v.owner,
  status: v.status,
  role: v.role,
  controller_for: v.controllerFor,
  special_condition: v.specialCondition,
  sources: JSON.stringify([...new Set(v.sources)]),
  source_detail: v.sourceDetail,
  retention_period: v.retention.period,
  retention_unit: v.retention.unit,
  retention_trigger: v.retention.trigger,
  retention_deletion: v.retention.deletion,
  security_measures: v.securityMeasures,
  sold: bit(v.sold),
  shared_for_ads: bit(v.sharedForAds),
  dpia: v.dpia,
  dpia_reason: v.dpiaReason,
  no_recipients: bit(v.noRecipients),
  last_reviewed_on: v.lastReviewedOn,
});

const LINK_IDS: Record<LinkName, (v: ActivityValues) => readonly number[]> = {
  categories: (v) => v.categoryIds,
  subjects: (v) => v.subjectIds,
  systems: (v) => v.systemIds,
  recipients: (v) => v.recipientIds,
};

/**
 * Writes the activity and makes its child rows (purposes, links, transfers) those of `v`,
 * touching only the rows that change, so the audit log records what changed and nothing else.
 * Runs inside the caller's transaction; the ids must exist (the service checks them first, the
 * foreign keys again). Returns the id.
 */
export function saveActivity(db: Db, id: number | undefined, v: ActivityValues, now: string): number {
  const activityId = id ?? insertRow(db, 'activity', columns(v), now);
  if (id !== undefined) updateRow(db, 'activity', id, columns(v), now);
  prepared(db, 'DELETE FROM activity_purpose WHERE activity_id = ? AND position >= ?').run(activityId, v.purposes.length);
  const purpose = prepared(
    db,
    `INSERT INTO activity_purpose (activity_id, position, purpose, data_use, legal_basis, legitimate_interest) VALUES (?, ?, ?, ?, ?, ?)
     ON CONFLICT (activity_id, position) DO UPDATE SET purpose = excluded.purpose, data_use = excluded.data_use,
       legal_basis = excluded.legal_basis, legitimate_interest = excluded.legitimate_interest`,
  );
  v.purposes.forEach((p, position) => purpose.run(activityId, position, p.purpose, p.dataUse, p.legalBasis, p.legitimateInterest));
  for (const link of LINK_NAMES) {
    const { table, column } = LINKS[link];
    const ids = JSON.stringify(LINK_IDS[link](v));
    prepared(db, `DELETE FROM ${table} WHERE activity_id = ? AND ${column} NOT IN (SELECT value FROM json_each(?))`).run(activityId, ids);
    prepared(
      db,
      `INSERT INTO ${table} (activity_id, ${column}) SELECT DISTINCT ?, value FROM json_each(?) WHERE value NOT IN (SELECT ${column} FROM ${table} WHERE activity_id = ?)`,
    ).run(activityId, ids, activityId);
  }
  // Transfers have no key of their own: the kept rows take the new values in order, the rest are added or removed.
  const kept = (prepared(db, 'SELECT id FROM activity_transfer WHERE activity_id = ? ORDER BY id').all(activityId) as { id: number }[]).map((r) => r.id);
  const update = prepared(db, 'UPDATE activity_transfer SET recipient_id = ?, country = ?, mechanism = ?, documentation = ? WHERE id = ?');
  const insert = prepared(db, 'INSERT INTO activity_transfer (activity_id, recipient_id, country, mechanism, documentation) VALUES (?, ?, ?, ?, ?)');
  v.transfers.forEach((t, i) => {
    const row = kept[i];
    if (row === undefined) insert.run(activityId, t.recipientId, t.country, t.mechanism, t.documentation);
    else update.run(t.recipientId, t.country, t.mechanism, t.documentation, row);
  });
  for (const row of kept.slice(v.transfers.length)) prepared(db, 'DELETE FROM activity_transfer WHERE id = ?').run(row);
  return activityId;
}

/** Title and body: the activity's own words only, so renaming a linked record never leaves its row stale. */
export function indexActivity(db: Db, a: Activity): void {
  indexRecord(
    db,
    'activity',
    a.id,
    a.name,
    searchBody([
      a.description,
      a.owner,
      a.controllerFor,
      ...a.purposes.flatMap((p) => [p.purpose, p.legitimateInterest]),
      a.sourceDetail,
      a.retention.trigger,
      a.retention.deletion,
      a.securityMeasures,
      a.dpiaReason,
      ...a.transfers.map((t) => t.documentation),
    ]),
  );
}

export const activityRepository: RecordRepository<ActivityList, ActivityRow, Activity, ActivityValues> = {
  kind: 'activity',
  list: (db, input) => listPage(db, LIST, input),
  get: getActivity,
  insert: (db, v, now) => saveActivity(db, undefined, v, now),
  update: (db, id, v, now) => void saveActivity(db, id, v, now),
  index: indexActivity,
};
