/** The workspace the person picked: enough to show on the unlock screen. */
export interface WorkspaceRef {
  path: string;
  /** Known when it came from the recent list or an unlocked status. */
  organisationName?: string | undefined;
}
