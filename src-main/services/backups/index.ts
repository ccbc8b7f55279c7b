import { basename, dirname, isAbsolute, join, resolve } from 'node:path';
import type { CallOutput, ParsedInput } from '../../contract';
import { type BackupFile, type BackupOverview, type BackupSettings, backupSettingsSchema } from '../../contract/backups';
import { AppError } from '../../contract/errors';
import { WORKSPACE_EXTENSION } from '../../contract/workspace';
import { discardStaged, stageRestore, swapInStaged, writeBackup } from '../../db/backup';
import { readSetting, writeSetting } from '../../db/workspace-settings';
import { InventoryStore } from '../inventory/context';
import type { Clock, WorkspaceSession } from '../workspace-session';
import { backupFileName, beforeRestoreName, listBackups, rotateAutomatic, workspaceName } from './names';

export interface BackupService {
  create(input: ParsedInput<'backups.create'>): CallOutput<'backups.create'>;
  list(): CallOutput<'backups.list'>;
  overview(): CallOutput<'backups.settings.get'>;
  saveSettings(input: ParsedInput<'backups.settings.save'>): CallOutput<'backups.settings.save'>;
  restore(input: ParsedInput<'backups.restore'>): Promise<CallOutput<'backups.restore'>>;
  /** The scheduler's check, every minute while unlocked: takes an automatic backup when one is due. Never throws. */
  runDue(): void;
}

export const DEFAULT_BACKUP_SETTINGS: BackupSettings = { folder: '', schedule: 'off', everyHours: 6, keep: 7 };

const HOUR_MS = 3_600_000;
const CHECK_EVERY_MS = 60_000;
/** After a failed automatic backup (a full disk, a missing drive), the next try waits this long. */
const RETRY_AFTER_MS = 15 * 60_000;

function scheduleHours(settings: BackupSettings): number | null {
  switch (settings.schedule) {
    case 'off':
      return null;
    case 'hours':
      return settings.everyHours;
    case 'daily':
      return 24;
    case 'weekly':
      return 24 * 7;
  }
}

function absolute(path: string, field: string, what: string): string {
  if (!isAbsolute(path)) throw new AppError('VALIDATION', `Give the full path of ${what}, starting from the root of the disk.`, { [field]: 'Use a full path.' });
  return resolve(path);
}

/** Whole seconds: backup times are read back from file names, which keep seconds. */
const toSecond = (at: Date) => new Date(Math.floor(at.getTime() / 1000) * 1000);

/**
 * Backups of the open workspace: now, on a schedule with rotation, and restoring one. Settings live in
 * the workspace (workspace_setting), so nothing about them reaches the app settings file.
 */
export function createBackupService(session: WorkspaceSession, clock: Clock): BackupService {
  const store = new InventoryStore(session, clock);
  /** The last failed automatic backup, per workspace file, until one works. */
  let failure: { path: string; at: string; message: string } | null = null;
  let timer: NodeJS.Timeout | undefined;

  function current() {
    return store.read((db) => {
      const path = session.status().path ?? '';
      const parsed = backupSettingsSchema.safeParse(readSetting(db, 'backups.settings'));
      const settings = parsed.success ? parsed.data : DEFAULT_BACKUP_SETTINGS;
      const defaultFolder = join(dirname(path), 'Backups');
      return { db, path, name: workspaceName(path), settings, defaultFolder, folder: settings.folder || defaultFolder };
    });
  }
  type Current = ReturnType<typeof current>;

  const failureOf = (ctx: Current) => (failure?.path === ctx.path ? failure : null);

  /** When the next automatic backup is due (ms), or null when the schedule is off. */
  function nextDue(ctx: Current, lastAutomatic: BackupFile | undefined): number | null {
    const hours = scheduleHours(ctx.settings);
    if (hours === null) return null;
    const failed = failureOf(ctx);
    return Math.max(lastAutomatic ? Date.parse(lastAutomatic.createdAt) + hours * HOUR_MS : 0, failed ? Date.parse(failed.at) + RETRY_AFTER_MS : 0);
  }

  const lastAutomatic = (ctx: Current) => listBackups(ctx.folder, ctx.name).find((b) => b.kind === 'automatic');

  function backUp(target: string, kind: BackupFile['kind'], at: Date): BackupFile {
    const { size } = store.read((db) => writeBackup(db, target));
    return { path: target, name: basename(target), createdAt: at.toISOString(), size, kind };
  }

  function overview(): BackupOverview {
    const ctx = current();
    const last = lastAutomatic(ctx);
    const due = nextDue(ctx, last);
    const failed = failureOf(ctx);
    return {
      settings: ctx.settings,
      folder: ctx.folder,
      defaultFolder: ctx.defaultFolder,
      lastAutomatic: last ?? null,
      nextAutomaticAt: due === null ? null : new Date(Math.max(due, clock.now().getTime())).toISOString(),
      lastError: failed ? { at: failed.at, message: failed.message } : null,
    };
  }

  function runDue(): void {
    const at = toSecond(clock.now());
    let path = '';
    try {
      const ctx = current();
      path = ctx.path;
      const due = nextDue(ctx, lastAutomatic(ctx));
      if (due === null || due > at.getTime()) return;
      backUp(join(ctx.folder, backupFileName(ctx.name, at, 'automatic')), 'automatic', at);
      rotateAutomatic(ctx.folder, ctx.name, ctx.settings.keep);
      failure = null;
    } catch (error) {
      if (error instanceof AppError && error.code === 'LOCKED') return;
      const message =
        error instanceof AppError ? error.message : 'The automatic backup failed for an unexpected reason. Try “Back up now” to see whether it works.';
      failure = { path, at: at.toISOString(), message };
      console.error('[privacy-workstation] automatic backup failed:', error instanceof Error ? error.message : error);
    }
  }

  // The scheduler runs only while a workspace is unlocked; unref'd, so it never keeps the process alive.
  session.onUnlock(() => {
    clearInterval(timer);
    timer = setInterval(runDue, CHECK_EVERY_MS);
    timer.unref();
  });
  session.onLock(() => {
    clearInterval(timer);
    timer = undefined;
  });

  return {
    create: ({ path }) => {
      const ctx = current();
      const at = toSecond(clock.now());
      if (path === undefined) return backUp(join(ctx.folder, backupFileName(ctx.name, at, 'manual')), 'manual', at);
      const target = absolute(path, 'path', 'the backup file');
      return backUp(target.toLowerCase().endsWith(WORKSPACE_EXTENSION) ? target : target + WORKSPACE_EXTENSION, 'manual', at);
    },
    list: () => {
      const ctx = current();
      return listBackups(ctx.folder, ctx.name);
    },
    overview,
    saveSettings: (input) => {
      const folder = input.folder === '' ? '' : absolute(input.folder, 'folder', 'the backup folder');
      store.write((db) => writeSetting(db, 'backups.settings', { ...input, folder }));
      return overview();
    },
    restore: async ({ file, passphrase, name }) => {
      const { path } = current();
      const backup = absolute(file, 'file', 'the backup');
      if (backup === path) {
        throw new AppError('VALIDATION', 'That is the open workspace itself. Choose a backup of it.', { file: 'This is the open workspace.' });
      }
      // The restorer as they were when the backup was taken: by default under their current login name.
      const restorer = name?.trim() || session.currentPerson().name;
      // Copied, with the backup's own key file, beside the workspace and checked there first: until the swap nothing is changed.
      const staged = await stageRestore(backup, passphrase, path, restorer, clock.now());
      let previous = '';
      try {
        const status = session.replaceFile((ws, now) => {
          if (ws.path !== path) throw new AppError('CONFLICT', 'Another workspace was opened meanwhile; nothing was restored. Open this one again and retry.');
          previous = beforeRestoreName(ws.path, now);
          const restored = swapInStaged(ws, staged, previous, now);
          // The workspace, its key file and its people are those of the backup: the restorer goes on as the
          // backup records them (their role there), and the reopening is logged under that name.
          session.update({ person: staged.person });
          session.setActor(staged.person.name);
          return restored;
        });
        return { restoredFrom: backup, previous, status };
      } catch (error) {
        discardStaged(staged.file);
        throw error;
      }
    },
    runDue,
  };
}
