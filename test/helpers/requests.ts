import { createHash } from 'node:crypto';
import type { RequestIntake } from '../../src-main/contract';
import type { Db } from '../../src-main/db/sqlite';

/** Every table the request service writes, each read in a fixed order. */
const REQUEST_TABLES = [
  'request',
  'request_type',
  'request_sequence',
  'request_pause',
  'request_event',
  'request_task',
  'request_note',
  'request_attachment',
  'workspace_setting',
];

/** sha256 over every row of the request tables and the workspace settings: equal before and after a refused call. */
export function requestsFingerprint(db: Db): string {
  const hash = createHash('sha256');
  for (const table of REQUEST_TABLES) {
    const rows = db.prepare(`SELECT * FROM ${table} ORDER BY 1, 2`).raw(true).all() as unknown[][];
    const text = rows.map((row) => row.map((value) => (Buffer.isBuffer(value) ? value.toString('base64') : value)));
    hash.update(table).update(JSON.stringify(text));
  }
  return hash.digest('hex');
}

/** A valid intake: a California customer asking for deletion by web form, received on the given instant. */
export function intake(receivedAt: string, overrides: Partial<RequestIntake> = {}): RequestIntake {
  return {
    types: ['erasure'],
    channel: 'web_form',
    receivedAt,
    requester: { name: 'Zoë Kittiwake', email: 'zoe@example.test', relationship: 'customer', residenceCountry: 'US', residenceRegion: 'CA' },
    ...overrides,
  };
}
