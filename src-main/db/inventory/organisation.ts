import type { Organisation } from '../../domain/inventory/records';
import type { Db } from '../sqlite';
import { prepared } from '../statements';

type Raw = Omit<Organisation, 'jurisdictions'> & { jurisdictions: string };

/** The organisation is the one row with id 1, made with the workspace. */
export function getOrganisation(db: Db): Organisation {
  const raw = prepared(
    db,
    `SELECT name, address, email, phone, website, joint_controllers AS jointControllers, representative,
            dpo_name AS dpoName, dpo_contact AS dpoContact, time_zone AS timeZone, jurisdictions
       FROM organisation WHERE id = 1`,
  ).get() as Raw | undefined;
  if (!raw) throw new Error('internal: the workspace has no organisation row');
  return { ...raw, jurisdictions: JSON.parse(raw.jurisdictions) as string[] };
}

export function saveOrganisation(db: Db, org: Organisation, now: string): void {
  prepared(
    db,
    `UPDATE organisation SET name = ?, address = ?, email = ?, phone = ?, website = ?, joint_controllers = ?, representative = ?,
            dpo_name = ?, dpo_contact = ?, time_zone = ?, jurisdictions = ?, updated_at = ?
      WHERE id = 1`,
  ).run(
    org.name,
    org.address,
    org.email,
    org.phone,
    org.website,
    org.jointControllers,
    org.representative,
    org.dpoName,
    org.dpoContact,
    org.timeZone,
    JSON.stringify([...new Set(org.jurisdictions)]),
    now,
  );
}
