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

/**
 * The same links as RECEIVED, and the transfers as `receivedBy` gives them, for every recipient at
 * once. Fanning each vendor's activities out to their categories and de-duplicating in SQL sorts
 * some 150,000 rows on a large inventory (60 ms). Here SQL hands over a few long lists (each active
 * activity with its categories; each recipient with the activities linking it; the transfers), each
 * parsed in one native call instead of thousands of row objects or arrays, and
 * each vendor's categories are the union of small lists in memory. The vendor page's `receivedBy`
 * states the same rules in SQL; the service tests cross-check the two.
 */
export function receivedByAll(db: Db): RegisterReceived {
  const categories = prepared(db, `SELECT c.id, c.name, c.special, c.criminal, c.sensitive FROM data_category c ORDER BY ${CATEGORY_ORDER}`).all() as Omit<
    RawCategory,
    'key'
  >[];
  // Categories are handled as their position in the page's order: sorting positions sorts by name.
  const position = new Int32Array(categories.reduce((max, c) => Math.max(max, c.id), 0) + 1);
  categories.forEach((c, i) => (position[c.id] = i));
  const activeIds = flatList(
    (prepared(db, 'SELECT group_concat(id) AS list FROM activity WHERE archived_at IS NULL').get() as { list: string | null }).list,
  ) as number[];
  // By activity id (a dense rowid range): whether it is active, and where its categories start in activityList (0: none).
  const isActive = new Uint8Array(activeIds.reduce((max, id) => Math.max(max, id), 0) + 1);
  for (const id of activeIds) isActive[id] = 1;
  const active = (activityId: number) => activityId < isActive.length && isActive[activityId] === 1;
  // Each activity's id negated, then its category ids: "-7,12,40,-9,3". The parsed list is kept as
  // is, with where each activity starts: no array per activity.
  const activityList = flatList(
    (
      prepared(
        db,
        `SELECT group_concat(list) AS list FROM (SELECT '-' || activity_id || ',' || group_concat(category_id) AS list FROM activity_category GROUP BY activity_id)`,
      ).get() as { list: string | null }
    ).list,
  ) as number[];
  const activityStart = new Int32Array(isActive.length);
  activityList.forEach((n, i) => {
    if (n < 0 && active(-n)) activityStart[-n] = i + 1;
  });
  // Each recipient's id negated, then the activities linking it; a recipient appears once per kind of link.
  const linkList = flatList(
    (
      prepared(
        db,
        `SELECT group_concat(list) AS list FROM (
           SELECT '-' || recipient_id || ',' || group_concat(activity_id) AS list FROM activity_recipient GROUP BY recipient_id
           UNION ALL SELECT '-' || recipient_id || ',' || group_concat(activity_id) FROM activity_transfer WHERE recipient_id IS NOT NULL GROUP BY recipient_id
           UNION ALL SELECT '-' || s.processor_id || ',' || group_concat(x.activity_id) FROM system s JOIN activity_system x ON x.system_id = s.id
             WHERE s.processor_id IS NOT NULL GROUP BY s.processor_id)`,
      ).get() as { list: string | null }
    ).list,
  ) as number[];
  const linkStarts = new Map<number, number[]>();
  linkList.forEach((n, i) => {
    if (n >= 0) return;
    const starts = linkStarts.get(-n);
    if (starts) starts.push(i + 1);
    else linkStarts.set(-n, [i + 1]);
  });
  // (recipient, country, mechanism, activity) in a row, by recipient, country and transfer: the
  // activity_transfer_vendor index holds them in this order, with what is read.
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
  const seenActivity = new Int32Array(isActive.length);
  const seenCategory = new Int32Array(categories.length);
  let pass = 0;
  const walk = (recipientId: number) => {
    pass++;
    let activityCount = 0;
    const received: number[] = [];
    for (const start of linkStarts.get(recipientId) ?? []) {
      for (let i = start; i < linkList.length && linkList[i]! >= 0; i++) {
        const activityId = linkList[i]!;
        if (!active(activityId) || seenActivity[activityId] === pass) continue; // archived, or seen through another link
        seenActivity[activityId] = pass;
        activityCount++;
        for (let k = activityStart[activityId]!; k > 0 && k < activityList.length && activityList[k]! >= 0; k++) {
          const c = position[activityList[k]!]!;
          if (seenCategory[c] === pass) continue;
          seenCategory[c] = pass;
          received.push(c);
        }
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
