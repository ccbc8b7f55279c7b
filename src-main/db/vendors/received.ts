import type { VendorCategory, VendorLink } from '../../contract/vendors';
import type { TransferMechanism } from '../../domain/inventory/vocabulary';
import type { Db } from '../sqlite';
import { prepared } from '../statements';
import { flatList } from './lists';

// What the inventory says vendors receive: computed from its links on every read, never stored.

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
  /** Some active activity sends it data, or it processes one of our systems. */
  receivesPersonalData: boolean;
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

/** A JSON array that SQL builds from group_concat, parsed natively in one go (see flatList). */
const listOf = (db: Db, sql: string) => flatList((prepared(db, sql).get() as { list: string | null }).list);

/** How many bits are set in a 32-bit word. */
function bitCount(word: number): number {
  let n = word - ((word >>> 1) & 0x55555555);
  n = (n & 0x33333333) + ((n >>> 2) & 0x33333333);
  return Math.imul((n + (n >>> 4)) & 0x0f0f0f0f, 0x01010101) >>> 24;
}

/**
 * The same links as RECEIVED, and the transfers as `receivedBy` gives them, for every recipient at
 * once. Fanning each vendor's activities out to their categories in SQL sorts some 150,000 rows on
 * a large inventory (60 ms). Here SQL hands over a few long lists (each category with its
 * activities, each recipient with the activities linking it, the transfers), each parsed in one
 * native call, and a set of categories is a bit set of their positions in the vendor page's order:
 * each activity's set is made once, and a vendor's is the union (bitwise or) of its activities'
 * sets, so no category is de-duplicated one at a time and no list is made per vendor. The vendor
 * page's `receivedBy` states the same rules in SQL; the service tests cross-check the two.
 */
export function receivedByAll(db: Db): RegisterReceived {
  const categories = prepared(db, `SELECT c.id, c.name, c.special, c.criminal, c.sensitive FROM data_category c ORDER BY ${CATEGORY_ORDER}`).all() as Omit<
    RawCategory,
    'key'
  >[];
  // A set of categories is `words` 32-bit words, bit i standing for categories[i].
  const words = Math.max(1, Math.ceil(categories.length / 32));
  const position = new Int32Array(categories.reduce((max, c) => Math.max(max, c.id), 0) + 1);
  categories.forEach((c, i) => (position[c.id] = i));
  const marked = (flag: 'special' | 'criminal' | 'sensitive') => {
    const set = new Uint32Array(words);
    categories.forEach((c, i) => {
      if (c[flag] === 1) set[i >>> 5]! |= 1 << (i & 31);
    });
    return set;
  };
  const [special, criminal, sensitive] = [marked('special'), marked('criminal'), marked('sensitive')];

  // Link rows name existing activities only (their foreign keys cascade), so the few archived ones
  // are all that is left out: cheaper to read than every active one.
  const activities = (prepared(db, 'SELECT max(id) AS n FROM activity').get() as { n: number | null }).n ?? 0;
  const isActive = new Uint8Array(activities + 1).fill(1);
  for (const id of listOf(db, `SELECT '[' || group_concat(id) || ']' AS list FROM activity WHERE archived_at IS NOT NULL`) as number[]) isActive[id] = 0;
  const active = (activityId: number) => activityId < isActive.length && isActive[activityId] === 1;
  // By active activity id, its categories' set. Read a category at a time ("-3,12,40,-5,7": each
  // category's id negated, then its activities), in the order activity_category_by_category holds
  // them: half the numbers of (activity, category) pairs, and no sorting.
  const categoriesOf = new Uint32Array(isActive.length * words);
  const categoryActivities = listOf(
    db,
    `SELECT '[' || group_concat(list) || ']' AS list FROM (SELECT -category_id || ',' || group_concat(activity_id) AS list FROM activity_category GROUP BY category_id)`,
  ) as number[];
  // This loop runs tens of thousands of times on every read, the first ones before the JIT has
  // compiled it: it indexes the arrays itself rather than call the helpers.
  let word = 0;
  let bit = 0;
  for (let i = 0; i < categoryActivities.length; i++) {
    const n = categoryActivities[i]!;
    if (n < 0) {
      const p = position[-n]!;
      word = p >>> 5;
      bit = 1 << (p & 31);
    } else if (n < isActive.length && isActive[n] === 1) categoriesOf[n * words + word]! |= bit;
  }

  const recipients = (prepared(db, 'SELECT max(id) AS n FROM recipient').get() as { n: number | null }).n ?? 0;
  // By recipient id: whether an active activity sends it data, and the union of their categories.
  const receives = new Uint8Array(recipients + 1);
  const received = new Uint32Array((recipients + 1) * words);
  const link = (recipientId: number, activityId: number) => {
    receives[recipientId] = 1;
    for (let w = 0; w < words; w++) received[recipientId * words + w]! |= categoriesOf[activityId * words + w]!;
  };

  // (recipient, country, mechanism, activity) in a row, by recipient, country and transfer: the
  // activity_transfer_vendor index holds them in this order, with what is read. The links of the
  // transfers' activities come from here too.
  const transferList = listOf(
    db,
    `SELECT '[' || group_concat(recipient_id || ',' || json_quote(country) || ',' || json_quote(mechanism) || ',' || activity_id) || ']' AS list FROM (
       SELECT recipient_id, country, mechanism, activity_id FROM activity_transfer WHERE recipient_id IS NOT NULL ORDER BY recipient_id, country, id)`,
  );
  const transfersOf = new Map<number, InventoryTransfer[]>();
  for (let i = 0; i < transferList.length; i += 4) {
    const recipientId = transferList[i] as number;
    const country = transferList[i + 1] as string;
    const mechanism = transferList[i + 2] as TransferMechanism | null;
    const activityId = transferList[i + 3] as number;
    if (!active(activityId)) continue; // an archived activity's transfer
    link(recipientId, activityId);
    const list = transfersOf.get(recipientId);
    if (list === undefined) transfersOf.set(recipientId, [{ country, mechanism }]);
    else if (!list.some((t) => t.country === country && t.mechanism === mechanism)) list.push({ country, mechanism });
  }
  // Each recipient's id negated, then the activities listing it or using a system it processes:
  // "-7,12,40,-9,3"; a recipient comes once per kind of link (and per system). CROSS JOIN keeps the
  // systems outermost: the processor index finds the few with a processor, then each one's
  // activities come from activity_system_by_system, instead of a lookup per activity_system row.
  const links = listOf(
    db,
    `SELECT '[' || group_concat(list) || ']' AS list FROM (
       SELECT -recipient_id || ',' || group_concat(activity_id) AS list FROM activity_recipient GROUP BY recipient_id
       UNION ALL SELECT -s.processor_id || ',' || group_concat(x.activity_id) FROM system s CROSS JOIN activity_system x ON x.system_id = s.id
         WHERE s.processor_id IS NOT NULL GROUP BY s.id)`,
  ) as number[];
  let linked = 0;
  for (let i = 0; i < links.length; i++) {
    const n = links[i]!;
    if (n < 0) linked = -n;
    else if (n < isActive.length && isActive[n] === 1) link(linked, n);
  }
  // The vendors processing an active system of ours: they receive personal data whatever the activities say.
  const processing = new Set(
    listOf(db, `SELECT '[' || group_concat(DISTINCT processor_id) || ']' AS list FROM system WHERE archived_at IS NULL AND processor_id IS NOT NULL`),
  );
  const any = (recipientId: number, set: Uint32Array) => {
    for (let w = 0; w < words; w++) if ((received[recipientId * words + w]! & set[w]!) !== 0) return true;
    return false;
  };
  const categoryCount = (recipientId: number) => {
    let count = 0;
    for (let w = 0; w < words; w++) count += bitCount(received[recipientId * words + w]!);
    return count;
  };
  return {
    // The register asks about its vendors, recipients all, so within the arrays.
    summary: (recipientId) => ({
      receivesPersonalData: receives[recipientId] === 1 || processing.has(recipientId),
      categoryCount: categoryCount(recipientId),
      special: any(recipientId, special),
      criminal: any(recipientId, criminal),
      sensitive: any(recipientId, sensitive),
    }),
    transfers: (recipientId) => transfersOf.get(recipientId) ?? [],
    firstCategoryNames: (recipientId, limit) => {
      const names: string[] = [];
      for (let i = 0; i < categories.length && names.length < limit; i++) {
        if ((received[recipientId * words + (i >>> 5)]! & (1 << (i & 31))) !== 0) names.push(categories[i]!.name);
      }
      return names;
    },
  };
}
