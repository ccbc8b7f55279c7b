import type { VendorProfile } from '../../contract/vendors';
import type { ParsedInput } from '../../contract';
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

/** What the register (list and dashboard) reads of a profile. */
export type RegisterProfile = Pick<
  VendorProfile,
  'recipientId' | 'name' | 'countries' | 'role' | 'services' | 'dpaStatus' | 'contractEnd' | 'volumeBand' | 'incidents24m' | 'lastReviewedOn'
>;

/** A RegisterProfile as SQL hands it over: its values, in the order of its fields. */
type RegisterTuple = [
  RegisterProfile['recipientId'],
  RegisterProfile['name'],
  RegisterProfile['countries'],
  RegisterProfile['role'],
  RegisterProfile['services'],
  RegisterProfile['dpaStatus'],
  RegisterProfile['contractEnd'],
  RegisterProfile['volumeBand'],
  RegisterProfile['incidents24m'],
  RegisterProfile['lastReviewedOn'],
];

/**
 * The register's part of every profile of an active recipient, by name: only the columns it needs,
 * as one JSON array of arrays parsed natively in one go (a thousand row objects, each with two JSON
 * columns parsed on their own, take longer; arrays, without the names of the values, take half the
 * text and a third less time than objects).
 */
export function registerProfiles(db: Db): RegisterProfile[] {
  const { list } = prepared(
    db,
    `SELECT json_group_array(json_array(recipientId, name, json(countries), role, json(services), dpaStatus, contractEnd, volumeBand, incidents24m, lastReviewedOn)) AS list
     FROM (SELECT p.recipient_id AS recipientId, r.name AS name, r.countries AS countries, p.role AS role, p.services AS services, p.dpa_status AS dpaStatus,
             p.contract_end AS contractEnd, p.volume_band AS volumeBand, p.incidents_24m AS incidents24m, p.last_reviewed_on AS lastReviewedOn
           FROM vendor_profile p JOIN recipient r ON r.id = p.recipient_id WHERE r.archived_at IS NULL ORDER BY r.name COLLATE NOCASE, r.id)`,
  ).get() as { list: string };
  return (JSON.parse(list) as RegisterTuple[]).map((row) => ({
    recipientId: row[0],
    name: row[1],
    countries: row[2],
    role: row[3],
    services: row[4],
    dpaStatus: row[5],
    contractEnd: row[6],
    volumeBand: row[7],
    incidents24m: row[8],
    lastReviewedOn: row[9],
  }));
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

/** Moves the profile's last review to `reviewedOn` unless it already records a later one. */
export function noteReviewed(db: Db, recipientId: number, reviewedOn: string, now: string): void {
  prepared(
    db,
    `UPDATE vendor_profile SET last_reviewed_on = @reviewedOn, updated_at = @now
     WHERE recipient_id = @recipientId AND (last_reviewed_on IS NULL OR last_reviewed_on < @reviewedOn)`,
  ).run({ recipientId, reviewedOn, now });
}
