import type { ParsedInput } from '../../contract';
import type { VendorTransferMechanism } from '../../domain/vendors/vocabulary';
import type { Db } from '../sqlite';
import { bit, prepared } from '../statements';
import { valuesByRecipient } from './lists';

/** A mechanism the officer recorded on the vendor for one country. */
export interface RecordedTransfer {
  country: string;
  mechanism: VendorTransferMechanism;
  sccModule: 1 | 2 | 3 | 4 | null;
  tiaDone: boolean;
  tiaOn: string | null;
  documentRef: string;
}

type Raw = Omit<RecordedTransfer, 'tiaDone'> & { tiaDone: number; recipientId: number };

const COLUMNS = `recipient_id AS recipientId, country, mechanism, scc_module AS sccModule, tia_done AS tiaDone, tia_on AS tiaOn, document_ref AS documentRef`;

const toTransfer = ({ recipientId: _, tiaDone, ...rest }: Raw): RecordedTransfer => ({ ...rest, tiaDone: tiaDone === 1 });

export function recordedTransfersOf(db: Db, recipientId: number): RecordedTransfer[] {
  return (prepared(db, `SELECT ${COLUMNS} FROM vendor_transfer WHERE recipient_id = ? ORDER BY country`).all(recipientId) as Raw[]).map(toTransfer);
}

/**
 * Every recipient's recorded mechanisms, grouped by recipient, by country; the register looks up its
 * vendors'. SQL hands over "[7,{...},7,{...},9,{...}]", each object a RecordedTransfer, parsed
 * natively in one go.
 */
export function recordedTransfersOfAll(db: Db): Map<number, RecordedTransfer[]> {
  const { list } = prepared(
    db,
    `SELECT '[' || group_concat(recipient_id || ',' || json_object('country', country, 'mechanism', mechanism, 'sccModule', scc_module,
       'tiaDone', json(iif(tia_done = 1, 'true', 'false')), 'tiaOn', tia_on, 'documentRef', document_ref)) || ']' AS list
     FROM (SELECT * FROM vendor_transfer ORDER BY recipient_id, country)`,
  ).get() as { list: string | null };
  return valuesByRecipient<RecordedTransfer>(list);
}

/** Replaces every mechanism recorded on the vendor with these. */
export function replaceTransfers(db: Db, input: ParsedInput<'vendors.saveTransfers'>): void {
  prepared(db, 'DELETE FROM vendor_transfer WHERE recipient_id = ?').run(input.recipientId);
  const insert = prepared(
    db,
    `INSERT INTO vendor_transfer (recipient_id, country, mechanism, scc_module, tia_done, tia_on, document_ref)
     VALUES (@recipientId, @country, @mechanism, @sccModule, @tiaDone, @tiaOn, @documentRef)`,
  );
  for (const transfer of input.transfers) insert.run({ ...transfer, recipientId: input.recipientId, tiaDone: bit(transfer.tiaDone) });
}
