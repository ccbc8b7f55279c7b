/** What an audit entry records: a row's change (create to status) or an event of the workspace. */
export const AUDIT_KINDS = {
  create: 'Created',
  update: 'Changed',
  archive: 'Archived',
  restore: 'Restored from archive',
  status: 'Status changed',
  delete: 'Deleted',
  report: 'Report generated',
  import: 'Imported',
  export: 'Exported',
  unlock: 'Unlocked',
  lock: 'Locked',
} as const;

export type AuditKind = keyof typeof AUDIT_KINDS;

/** The kinds of record entries are filed under (a link or child row is filed under the record that owns it). */
export const AUDIT_RECORD_KINDS = {
  organisation: 'Organisation',
  activity: 'Activity',
  category: 'Data category',
  subject: 'Data subject',
  system: 'System',
  recipient: 'Recipient',
  cookie: 'Cookie',
  communication: 'Communication',
  request: 'Request',
  vendor: 'Vendor',
  question: 'Questionnaire question',
  setting: 'Setting',
} as const;

export type AuditRecordKind = keyof typeof AUDIT_RECORD_KINDS;

/** The record kind's label; a kind this version does not know (a later table) shows as stored. */
export function recordKindLabel(kind: string): string {
  return Object.hasOwn(AUDIT_RECORD_KINDS, kind) ? AUDIT_RECORD_KINDS[kind as AuditRecordKind] : kind;
}
