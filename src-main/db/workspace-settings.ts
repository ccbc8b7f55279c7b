import type { Db } from './sqlite';
import { prepared } from './statements';

/** The keys of workspace_setting: settings that belong to the compliance record, kept inside the encrypted file. */
export type WorkspaceSettingKey = 'anonymise_after_days' | 'establishment' | 'deadline_overrides' | 'calendar_edits' | 'deadline_basis' | 'vendors.cadence' | 'backups.settings';

/** The stored JSON value, parsed; undefined when never set. Read as untrusted: the caller checks its shape. */
export function readSetting(db: Db, key: WorkspaceSettingKey): unknown {
  const row = prepared(db, 'SELECT value FROM workspace_setting WHERE key = ?').get(key) as { value: string } | undefined;
  return row === undefined ? undefined : (JSON.parse(row.value) as unknown);
}

export function writeSetting(db: Db, key: WorkspaceSettingKey, value: unknown): void {
  prepared(db, 'INSERT INTO workspace_setting (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value').run(
    key,
    JSON.stringify(value),
  );
}
