import type { ParsedInput, VendorCertification } from '../../contract';
import type { Db } from '../sqlite';
import { prepared } from '../statements';
import { valuesByRecipient } from './lists';

export function certificationsOf(db: Db, recipientId: number): VendorCertification[] {
  return prepared(
    db,
    `SELECT id, kind, detail, expires_on AS expiresOn, reference FROM vendor_certification
     WHERE recipient_id = ? ORDER BY expires_on IS NULL, expires_on, id`,
  ).all(recipientId) as VendorCertification[];
}

/**
 * Every recipient's certification expiry dates, grouped by recipient (those without a date left
 * out); the register looks up its vendors'. Read as one flat list ("[7,"2027-01-31",9,...]"): a
 * row object per certificate costs more than the list's parse.
 */
export function certificationExpiriesOfAll(db: Db): Map<number, string[]> {
  const { list } = prepared(
    db,
    `SELECT '[' || group_concat(recipient_id || ',' || json_quote(expires_on)) || ']' AS list FROM vendor_certification WHERE expires_on IS NOT NULL`,
  ).get() as { list: string | null };
  return valuesByRecipient<string>(list);
}

/** Adds the certification, or updates it; false when `id` names none of this vendor's. */
export function saveCertification(db: Db, input: ParsedInput<'vendors.saveCertification'>): boolean {
  const params = { ...input, id: input.id ?? null };
  if (input.id === undefined) {
    prepared(
      db,
      `INSERT INTO vendor_certification (recipient_id, kind, detail, expires_on, reference) VALUES (@recipientId, @kind, @detail, @expiresOn, @reference)`,
    ).run(params);
    return true;
  }
  const { changes } = prepared(
    db,
    `UPDATE vendor_certification SET kind = @kind, detail = @detail, expires_on = @expiresOn, reference = @reference
     WHERE id = @id AND recipient_id = @recipientId`,
  ).run(params);
  return changes === 1;
}

/** False when `id` names none of this vendor's certifications. */
export function deleteCertification(db: Db, recipientId: number, id: number): boolean {
  return prepared(db, 'DELETE FROM vendor_certification WHERE id = ? AND recipient_id = ?').run(id, recipientId).changes === 1;
}
