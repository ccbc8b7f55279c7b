import type { ParsedInput, SubProcessor } from '../../contract';
import type { Db } from '../sqlite';
import { prepared } from '../statements';

type Raw = Omit<SubProcessor, 'countries'> & { countries: string };

export function subProcessorsOf(db: Db, recipientId: number): SubProcessor[] {
  const raws = prepared(
    db,
    `SELECT id, name, sub_recipient_id AS subRecipientId, service, countries, notified_on AS notifiedOn
     FROM vendor_sub_processor WHERE recipient_id = ? ORDER BY name COLLATE NOCASE, id`,
  ).all(recipientId) as Raw[];
  return raws.map((raw) => ({ ...raw, countries: JSON.parse(raw.countries) as string[] }));
}

/** Adds the sub-processor, or updates it; false when `id` names none of this vendor's. */
export function saveSubProcessor(db: Db, input: ParsedInput<'vendors.saveSubProcessor'>): boolean {
  const params = { ...input, id: input.id ?? null, countries: JSON.stringify([...new Set(input.countries)]) };
  if (input.id === undefined) {
    prepared(
      db,
      `INSERT INTO vendor_sub_processor (recipient_id, name, sub_recipient_id, service, countries, notified_on)
       VALUES (@recipientId, @name, @subRecipientId, @service, @countries, @notifiedOn)`,
    ).run(params);
    return true;
  }
  const { changes } = prepared(
    db,
    `UPDATE vendor_sub_processor SET name = @name, sub_recipient_id = @subRecipientId, service = @service, countries = @countries, notified_on = @notifiedOn
     WHERE id = @id AND recipient_id = @recipientId`,
  ).run(params);
  return changes === 1;
}

/** False when `id` names none of this vendor's sub-processors. */
export function deleteSubProcessor(db: Db, recipientId: number, id: number): boolean {
  return prepared(db, 'DELETE FROM vendor_sub_processor WHERE id = ? AND recipient_id = ?').run(id, recipientId).changes === 1;
}
