import { z } from 'zod';
import { call } from './define';
import type { WorkspaceStatus } from './workspace';

export const BACKUP_SCHEDULES = ['off', 'hours', 'daily', 'weekly'] as const;
export type BackupSchedule = (typeof BACKUP_SCHEDULES)[number];

export const BACKUP_SCHEDULE_LABELS: Record<BackupSchedule, string> = {
  off: 'Off',
  hours: 'Every few hours',
  daily: 'Daily',
  weekly: 'Weekly',
};

const path = z.string().trim().max(4096, 'That path is too long.');

export const backupSettingsSchema = z
  .object({
    /** Empty: the `Backups` folder next to the workspace. */
    folder: path,
    schedule: z.enum(BACKUP_SCHEDULES),
    /** Used when `schedule` is 'hours'. */
    everyHours: z.number().int('Use whole hours.').min(1, 'At least every hour.').max(168, 'At most every 168 hours (a week).'),
    /** How many automatic backups are kept; older automatic ones are deleted. Manual backups are never deleted. */
    keep: z.number().int('Use a whole number.').min(1, 'Keep at least one.').max(1000, 'Keep at most 1,000.'),
  })
  .strict();

export type BackupSettings = z.infer<typeof backupSettingsSchema>;

export interface BackupFile {
  path: string;
  name: string;
  /** When it was taken, to the second (from its name). */
  createdAt: string;
  size: number;
  kind: 'manual' | 'automatic';
}

export interface BackupOverview {
  settings: BackupSettings;
  /** The folder backups go to: the setting, or the default. */
  folder: string;
  defaultFolder: string;
  lastAutomatic: BackupFile | null;
  /** When the next automatic backup is due; null when the schedule is off. */
  nextAutomaticAt: string | null;
  /** The last automatic backup that failed, since the last one that worked. */
  lastError: { at: string; message: string } | null;
}

export interface RestoreResult {
  restoredFrom: string;
  /** Where the workspace as it was before the restore is kept. */
  previous: string;
  status: WorkspaceStatus;
}

export const backupCalls = {
  /** Backs up now: into the backup folder, or to a chosen file (Electron's save dialog). */
  'backups.create': call(z.object({ path: path.min(1, 'Choose where the backup goes.').optional() }).strict(), { needs: 'admin' }).returns<BackupFile>(),
  /** This workspace's backups in the backup folder, newest first. */
  'backups.list': call(z.object({}).strict(), { needs: 'read' }).returns<BackupFile[]>(),
  'backups.settings.get': call(z.object({}).strict(), { needs: 'read' }).returns<BackupOverview>(),
  'backups.settings.save': call(backupSettingsSchema, { needs: 'admin' }).returns<BackupOverview>(),
  /** Replaces the workspace and its key file with a backup and its own key file once the backup opens as `name` with `passphrase` and passes the integrity check. */
  'backups.restore': call(
    z
      .object({
        file: path.min(1, 'Choose the backup to restore.'),
        passphrase: z.string().min(1, 'Enter the passphrase of the backup.').max(1024),
        /** The restorer's login name in the backup; by default the one they are unlocked as. */
        name: z.string().max(200).optional(),
      })
      .strict(),
    { needs: 'admin' },
  ).returns<RestoreResult>(),
} as const;
