import type { Role } from '../../app/api';

/** The workspace the person picked: enough to show on the unlock screen. */
export interface WorkspaceRef {
  path: string;
  /** Known when it came from the recent list or an unlocked status. */
  organisationName?: string | undefined;
  /** Who unlocked it last here: offered on the unlock screen. */
  loginName?: string | undefined;
  /** Known once unlocked (never remembered). */
  role?: Role | undefined;
}
