import type { VendorCategory, VendorLink, VendorProfile } from '../../contract/vendors';
import type { ParsedInput } from '../../contract';
import type { TransferMechanism } from '../../domain/inventory/vocabulary';
import type { Db } from '../sqlite';
import { prepared } from '../statements';

type Raw = Omit<VendorProfile, 'countries' | 'services'> & { countries: string; services: string };

const PROFILE_COLUMNS = `p.recipient_id AS recipientId, r.name AS name, r.countries AS countries, p.role AS role, p.services AS services,
  p.contact AS contact, p.privacy_contact AS privacyContact, p.website AS website, p.dpa_status AS dpaStatus,
  p.dpa_signed_on AS dpaSignedOn, p.dpa_reference AS dpaReference, p.contract_start AS contractStart, p.contract_end AS contractEnd,
  p.notice_period_days AS noticePeriodDays, p.volume_band AS volumeBand, p.incidents_24m AS incidents24m,
  p.last_reviewed_on AS lastReviewedOn, p.created_at AS createdAt, p.updated_at AS updatedAt`;

const toProfile = (raw: Raw): VendorProfile => ({
  ...raw,
  countries: JSON.parse(raw.countries) as string[],
  services: JSON.parse(raw.services) as VendorProfile['services'],
});

export function getProfile(db: Db, recipientId: number): VendorProfile | undefined {
  const raw = prepared(db, `SELECT ${PROFILE_COLUMNS} FROM vendor_profile p JOIN recipient r ON r.id = p.recipient_id WHERE p.recipient_id = ?`).get(recipientId) as
    | Raw
    | undefined;
  return raw === undefined ? undefined : toProfile(raw);
}

/** Every profile of an active recipient, by name. */
export function allProfiles(db: Db): VendorProfile[] {
  const raws = prepared(
    db,
    `SELECT ${PROFILE_COLUMNS} FROM vendor_profile p JOIN recipient r ON r.id = p.recipient_id WHERE r.archived_at IS NULL ORDER BY r.name COLLATE NOCASE, r.id`,
  ).all() as Raw[];
  return raws.map(toProfile);
}

/** Creates or updates the recipient's profile (one row per recipient). */
export function upsertProfile(db: Db, input: ParsedInput<'vendors.saveProfile'>, now: string): void {
  prepared(
    db,
    `INSERT INTO vendor_profile (recipient_id, role, services, contact, privacy_contact, website, dpa_status, dpa_signed_on, dpa_reference,
       contract_start, contract_end, notice_period_days, volume_band, incidents_24m, last_reviewed_on, created_at, updated_at)
     VALUES (@recipientId, @role, @services, @contact, @privacyContact, @website, @dpaStatus, @dpaSignedOn, @dpaReference,
       @contractStart, @contractEnd, @noticePeriodDays, @volumeBand, @incidents24m, @lastReviewedOn, @now, @now)
     ON CONFLICT (recipient_id) DO UPDATE SET role = excluded.role, services = excluded.services, contact = excluded.contact,
       privacy_contact = excluded.privacy_contact, website = excluded.website, dpa_status = excluded.dpa_status,
       dpa_signed_on = excluded.dpa_signed_on, dpa_reference = excluded.dpa_reference, contract_start = excluded.contract_start,
       contract_end = excluded.contract_end, notice_period_days = excluded.notice_period_days, volume_band = excluded.volume_band,
       incidents_24m = excluded.incidents_24m, last_reviewed_on = excluded.last_reviewed_on, updated_at = excluded.updated_at`,
  ).run({ ...input, services: JSON.stringify([...new Set(input.services)]), now });
}

/**
 * The active activities that send the recipient data: those listing it, those with a
 * transfer naming it, and those using a system it processes for us.
 */
const SOURCE_ACTIVITIES = `SELECT a.id FROM activity a WHERE a.archived_at IS NULL AND a.id IN (
    SELECT activity_id FROM activity_recipient WHERE recipient_id = @id
    UNION SELECT activity_id FROM activity_transfer WHERE recipient_id = @id
    UNION SELECT x.activity_id FROM activity_system x JOIN system s ON s.id = x.system_id WHERE s.processor_id = @id)`;

/** What the inventory says a recipient receives: computed from its links, never stored. */
export interface Received {
  activities: VendorLink[];
  systems: VendorLink[];
  categories: VendorCategory[];
  subjects: VendorLink[];
  /** The transfers naming the recipient, by country. */
  transfers: { country: string; mechanism: TransferMechanism | null }[];
}

interface RawCategory extends Omit<VendorCategory, 'special' | 'criminal' | 'sensitive'> {
  special: number;
  criminal: number;
  sensitive: number;
}

export function receivedBy(db: Db, recipientId: number): Received {
  const params = { id: recipientId };
  const activities = prepared(db, `SELECT a.id, a.name FROM activity a WHERE a.id IN (${SOURCE_ACTIVITIES}) ORDER BY a.name COLLATE NOCASE, a.id`).all(
    params,
  ) as VendorLink[];
  const systems = prepared(db, 'SELECT id, name FROM system WHERE processor_id = @id AND archived_at IS NULL ORDER BY name COLLATE NOCASE, id').all(
    params,
  ) as VendorLink[];
  const categories = (
    prepared(
      db,
      `SELECT c.id, c.key, c.name, c.special, c.criminal, c.sensitive FROM data_category c
       WHERE c.id IN (SELECT category_id FROM activity_category WHERE activity_id IN (${SOURCE_ACTIVITIES})) ORDER BY c.name COLLATE NOCASE, c.id`,
    ).all(params) as RawCategory[]
  ).map((c) => ({ ...c, special: c.special === 1, criminal: c.criminal === 1, sensitive: c.sensitive === 1 }));
  const subjects = prepared(
    db,
    `SELECT s.id, s.name FROM data_subject s
     WHERE s.id IN (SELECT subject_id FROM activity_subject WHERE activity_id IN (${SOURCE_ACTIVITIES})) ORDER BY s.name COLLATE NOCASE, s.id`,
  ).all(params) as VendorLink[];
  const transfers = prepared(
    db,
    `SELECT t.country, t.mechanism FROM activity_transfer t JOIN activity a ON a.id = t.activity_id
     WHERE t.recipient_id = @id AND a.archived_at IS NULL ORDER BY t.country, t.id`,
  ).all(params) as Received['transfers'];
  return { activities, systems, categories, subjects, transfers };
}
