import type { InventoryKind } from '../../app/api';

/** How each kind of record is named on badges and in sentences. */
export const KIND_LABELS = {
  activity: 'Activity',
  category: 'Data category',
  subject: 'Data subject',
  system: 'System',
  recipient: 'Recipient',
  cookie: 'Cookie',
  communication: 'Communication',
} as const satisfies Record<InventoryKind, string>;
