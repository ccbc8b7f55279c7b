import type { VendorCategory, VendorLink } from '../../contract/vendors';
import type { TransferMechanism } from '../../domain/inventory/vocabulary';
import type { Db } from '../sqlite';
import { prepared } from '../statements';
import { flatList } from './lists';

// What the inventory says vendors receive: computed from its links on every read, never stored.

/** The vendors of the register: profiles of active recipients. */
export const REGISTER_VENDORS = `SELECT p.recipient_id FROM vendor_profile p JOIN recipient r ON r.id = p.recipient_id WHERE r.archived_at IS NULL`;

/**
 * The active activities that send recipient @id data: those listing it, those with a transfer
 * naming it, and those using a system it processes for us.
 */
const RECEIVED = `received (activity_id) AS (
    SELECT a.id FROM activity a WHERE a.archived_at IS NULL AND a.id IN (
      SELECT activity_id FROM activity_recipient WHERE recipient_id = @id
      UNION SELECT activity_id FROM activity_transfer WHERE recipient_id = @id
      UNION SELECT x.activity_id FROM activity_system x JOIN system s ON s.id = x.system_id WHERE s.processor_id = @id))`;

const CATEGORY_ORDER = 'c.name COLLATE NOCASE, c.id';

/** One inventory transfer naming a vendor. */
export interface InventoryTransfer {
  country: string;
  mechanism: TransferMechanism | null;
}


/** What one recipient receives. */
export interface Received {
  activities: VendorLink[];
  systems: VendorLink[];
  categories: VendorCategory[];
  subjects: VendorLink[];
  /** The transfers naming the recipient, by country. */
  transfers: InventoryTransfer[];
}

interface RawCategory extends Omit<VendorCategory, 'special' | 'criminal' | 'sensitive'> {
  special: number;
  criminal: number;
  sensitive: number;
}

export function receivedBy(db: Db, recipientId: number): Received {
  const params = { id: recipientId };
  const activities = prepared(
    db,
    `WITH ${RECEIVED} SELECT a.id, a.name FROM activity a WHERE a.id IN (SELECT activity_id FROM received) ORDER BY a.name COLLATE NOCASE, a.id`,
  ).all(params) as VendorLink[];
  const systems = prepared(db, 'SELECT id, name FROM system WHERE processor_id = @id AND archived_at IS NULL ORDER BY name COLLATE NOCASE, id').all(
    params,
  ) as VendorLink[];
  const categories = (
    prepared(
      db,
      `WITH ${RECEIVED} SELECT c.id, c.key, c.name, c.special, c.criminal, c.sensitive FROM data_category c
       WHERE c.id IN (SELECT category_id FROM activity_category WHERE activity_id IN (SELECT activity_id FROM received)) ORDER BY ${CATEGORY_ORDER}`,
    ).all(params) as RawCategory[]
  ).map((c) => ({ ...c, special: c.special === 1, criminal: c.criminal === 1, sensitive: c.sensitive === 1 }));
  const subjects = prepared(
    db,
    `WITH ${RECEIVED} SELECT s.id, s.name FROM data_subject s
     WHERE s.id IN (SELECT subject_id FROM activity_subject WHERE activity_id IN (SELECT activity_id FROM received)) ORDER BY s.name COLLATE NOCASE, s.id`,
  ).all(params) as VendorLink[];
  // Each (country, mechanism) once, in the order the transfers first name it.
  const transfers = prepared(
    db,
    `SELECT t.country, t.mechanism, min(t.id) AS first FROM activity_transfer t JOIN activity a ON a.id = t.activity_id
     WHERE t.recipient_id = @id AND a.archived_at IS NULL GROUP BY t.country, t.mechanism ORDER BY t.country, first`,
  )
    .all(params)
    .map((row) => ({ country: (row as InventoryTransfer).country, mechanism: (row as InventoryTransfer).mechanism }));
  return { activities, systems, categories, subjects, transfers };
}

/** The figures the register needs of what one vendor receives. */
export interface ReceivedSummary {
  activityCount: number;
  systemCount: number;
  categoryCount: number;
  special: boolean;
  criminal: boolean;
  sensitive: boolean;
}

/** What any vendor of the register receives, and its first category names (in the vendor page's order). */
export interface RegisterReceived {
  summary(recipientId: number): ReceivedSummary;
  /** The inventory's transfers naming the vendor, as `receivedBy` gives them. */
  transfers(recipientId: number): InventoryTransfer[];
  firstCategoryNames(recipientId: number, limit: number): string[];
}

/** One flat list from SQL: a comma-separated string of numbers, parsed natively in one go. */
const numbers = (db: Db, sql: string) => flatList((prepared(db, sql).get() as { list: string | null }).list) as number[];

/**
 * Pairs (key, value, key, value, ...) grouped by key without an array per key: `values` holds the
 * values key by key, those of key k from start[k] to start[k + 1]. Counting, then placing: two
 * passes over the pairs, whatever order SQL gave them in.
 */
function byKey(pairs: readonly number[], limit: number): { start: Int32Array; values: Int32Array } {
  const start = new Int32Array(limit + 2);
  for (let i = 0; i < pairs.length; i += 2) if (pairs[i]! <= limit) start[pairs[i]! + 1]!++;
  for (let k = 1; k < start.length; k++) start[k]! += start[k - 1]!;
  const next = start.slice();
  const values = new Int32Array(start[limit + 1]!);
  for (let i = 0; i < pairs.length; i += 2) if (pairs[i]! <= limit) values[next[pairs[i]!]!++] = pairs[i + 1]!;
  return { start, values };
}

/**
 * The same links as RECEIVED, and the transfers as `receivedBy` gives them, for every recipient at
 * once. Fanning each vendor's activities out to their categories and de-duplicating in SQL sorts
 * some 150,000 rows on a large inventory (60 ms), and grouping in SQL costs as much as reading. So
 * SQL hands over flat lists of pairs (activity and category; recipient and activity, for each kind
 * of link; the transfers from an index that holds them in order), each parsed in one native call,
 * grouped here in typed arrays, and each vendor's categories are the union of small runs. The
 * vendor page's `receivedBy` states the same rules in SQL; the service tests cross-check the two.
 */
export function receivedByAll(db: Db): RegisterReceived {
  const categories = prepared(db, `SELECT c.id, c.name, c.special, c.criminal, c.sensitive FROM data_category c ORDER BY ${CATEGORY_ORDER}`).all() as Omit<
    RawCategory,
    'key'
  >[];
  // Categories are handled as their position in the page's order: sorting positions sorts by name.
  const position = new Int32Array(categories.reduce((max, c) => Math.max(max, c.id), 0) + 1);
  categories.forEach((c, i) => (position[c.id] = i));
  const activeIds = numbers(db, 'SELECT group_concat(id) AS list FROM activity WHERE archived_at IS NULL');
  // By activity id (a dense rowid range): whether it is active.
  const lastActivity = activeIds.reduce((max, id) => Math.max(max, id), 0);
  const isActive = new Uint8Array(lastActivity + 1);
  for (const id of activeIds) isActive[id] = 1;
  const active = (activityId: number) => activityId <= lastActivity && isActive[activityId] === 1;
  const categoriesOf = byKey(numbers(db, "SELECT group_concat(activity_id || ',' || category_id) AS list FROM activity_category"), lastActivity);
  // (recipient, activity) for each link; a recipient's activity may come through more than one.
  const linkPairs = numbers(
    db,
    `SELECT group_concat(list) AS list FROM (
       SELECT group_concat(recipient_id || ',' || activity_id) AS list FROM activity_recipient
       UNION ALL SELECT group_concat(recipient_id || ',' || activity_id) FROM activity_transfer WHERE recipient_id IS NOT NULL
       UNION ALL SELECT group_concat(s.processor_id || ',' || x.activity_id) FROM system s JOIN activity_system x ON x.system_id = s.id
         WHERE s.processor_id IS NOT NULL)`,
  );
  const lastRecipient = linkPairs.reduce((max, n, i) => (i % 2 === 0 ? Math.max(max, n) : max), 0);
  const activitiesOf = byKey(linkPairs, lastRecipient);
  // (recipient, country, mechanism, activity) in a row, by recipient, country and transfer: the
  // activity_transfer_vendor index holds them in this order.
  const transferList = flatList(
    (
      prepared(
        db,
        `SELECT group_concat(recipient_id || ',' || json_quote(country) || ',' || json_quote(mechanism) || ',' || activity_id) AS list FROM (
           SELECT recipient_id, country, mechanism, activity_id FROM activity_transfer WHERE recipient_id IS NOT NULL ORDER BY recipient_id, country, id)`,
      ).get() as { list: string | null }
    ).list,
  );
  const transfersOf = new Map<number, InventoryTransfer[]>();
  for (let i = 0; i < transferList.length; i += 4) {
    const [recipientId, country, mechanism, activityId] = transferList.slice(i, i + 4) as [number, string, TransferMechanism | null, number];
    if (!active(activityId)) continue; // an archived activity's transfer
    const list = transfersOf.get(recipientId) ?? [];
    if (!list.some((t) => t.country === country && t.mechanism === mechanism)) list.push({ country, mechanism });
    transfersOf.set(recipientId, list);
  }
  const systemCounts = prepared(
    db,
    'SELECT processor_id AS recipientId, count(*) AS n FROM system WHERE archived_at IS NULL AND processor_id IS NOT NULL GROUP BY processor_id',
  ).all() as { recipientId: number; n: number }[];
  const systemsOf = new Map(systemCounts.map((row) => [row.recipientId, row.n]));
  // Marks stamped with the pass that saw an activity or category last: cheaper than sets per vendor.
  const seenActivity = new Int32Array(lastActivity + 1);
  const seenCategory = new Int32Array(categories.length);
  let pass = 0;
  const walk = (recipientId: number) => {
    pass++;
    let activityCount = 0;
    const received: number[] = [];
    if (recipientId > lastRecipient) return { activityCount, received };
    for (let i = activitiesOf.start[recipientId]!; i < activitiesOf.start[recipientId + 1]!; i++) {
      const activityId = activitiesOf.values[i]!;
      if (!active(activityId) || seenActivity[activityId] === pass) continue; // archived, or seen through another link
      seenActivity[activityId] = pass;
      activityCount++;
      for (let k = categoriesOf.start[activityId]!; k < categoriesOf.start[activityId + 1]!; k++) {
        const c = position[categoriesOf.values[k]!]!;
        if (seenCategory[c] === pass) continue;
        seenCategory[c] = pass;
        received.push(c);
      }
    }
    return { activityCount, received };
  };
  return {
    summary: (recipientId) => {
      const { activityCount, received } = walk(recipientId);
      const marked = { special: false, criminal: false, sensitive: false };
      for (const c of received) {
        const category = categories[c]!;
        marked.special ||= category.special === 1;
        marked.criminal ||= category.criminal === 1;
        marked.sensitive ||= category.sensitive === 1;
      }
      return { activityCount, systemCount: systemsOf.get(recipientId) ?? 0, categoryCount: received.length, ...marked };
    },
    transfers: (recipientId) => transfersOf.get(recipientId) ?? [],
    firstCategoryNames: (recipientId, limit) =>
      walk(recipientId)
        .received.sort((a, b) => a - b)
        .slice(0, limit)
        .map((c) => categories[c]!.name),
  };
}
