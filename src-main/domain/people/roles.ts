/**
 * Who may do what. Every call of the API names the least permission it needs; the main process
 * checks the unlocked person's role against it before the call runs.
 */
export const ROLES = {
  privacy_officer: 'Privacy officer',
  staff: 'Staff',
  manager: 'Manager',
} as const;

export type Role = keyof typeof ROLES;

export const ROLE_IDS = Object.keys(ROLES) as [Role, ...Role[]];

/**
 * - none: the app and the session itself (unlock, lock, status, the app's own settings, one's own passphrase)
 * - read: see any record, dashboard or log
 * - report: produce something from the records (reports, exports)
 * - work_requests: log and work data subject requests
 * - edit_record: change the inventory, vendors, rules and imports
 * - admin: people, backups and the workspace's settings
 */
export const PERMISSIONS = ['none', 'read', 'report', 'work_requests', 'edit_record', 'admin'] as const;

export type Permission = (typeof PERMISSIONS)[number];

const GRANTS: Readonly<Record<Role, readonly Permission[]>> = {
  privacy_officer: PERMISSIONS,
  staff: ['none', 'read', 'report', 'work_requests'],
  manager: ['none', 'read', 'report'],
};

export function can(role: Role, permission: Permission): boolean {
  return GRANTS[role].includes(permission);
}

const ABILITIES: Readonly<Record<Role, string>> = {
  privacy_officer: 'do everything',
  staff: 'Staff can read records, log and work requests and generate reports',
  manager: 'A manager can read and report',
};

const DENIED: Readonly<Record<Permission, string>> = {
  none: '',
  read: 'read records',
  report: 'generate reports or exports',
  work_requests: 'change records',
  edit_record: 'change the inventory, vendors or rules',
  admin: 'manage people, backups or the workspace settings',
};

/** The sentence a refused call answers: what the role can do, what it cannot, and whom to ask. */
export function forbiddenMessage(role: Role, permission: Permission): string {
  return `${ABILITIES[role]} but not ${DENIED[permission]}; ask the privacy officer.`;
}

/** The login name of the first privacy officer when none is given (a workspace from before people, a caller that names no one). */
export const FIRST_OFFICER = 'officer';
