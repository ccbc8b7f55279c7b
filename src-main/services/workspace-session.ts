import { existsSync } from 'node:fs';
import { isAbsolute, resolve } from 'node:path';
import { AppError } from '../contract/errors';
import { WORKSPACE_EXTENSION, type RecentWorkspace, type WorkspaceStatus } from '../contract/workspace';
import type { Db } from '../db/sqlite';
import { LATEST_SCHEMA_VERSION } from '../db/migrations';
import {
  changeWorkspacePassphrase,
  closeWorkspaceFile,
  createWorkspaceFile,
  type OpenWorkspace,
  readOrganisationName,
  unlockWorkspaceFile,
} from '../db/workspace-file';
import type { SettingsStore } from './settings-store';

export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };

const IDLE_CHECK_MS = 5_000;

/**
 * The one open workspace of this process: creating, unlocking, locking, and the
 * idle lock. Services reach the database only through `db()`, which refuses
 * while locked.
 */
export class WorkspaceSession {
  private open: OpenWorkspace | null = null;
  private lastActivity = 0;
  private migrationBackup: string | undefined;
  private readonly timer: NodeJS.Timeout;
  private readonly lockListeners = new Set<(reason: 'idle' | 'manual') => void>();
  private readonly unlockListeners = new Set<() => void>();

  constructor(
    private readonly settings: SettingsStore,
    private readonly clock: Clock = systemClock,
  ) {
    this.timer = setInterval(() => this.lockIfIdle(), IDLE_CHECK_MS);
    this.timer.unref();
  }

  status(): WorkspaceStatus {
    if (!this.open) return { state: 'locked' };
    return {
      state: 'unlocked',
      path: this.open.path,
      organisationName: readOrganisationName(this.open.db),
      schemaVersion: LATEST_SCHEMA_VERSION,
      ...(this.migrationBackup ? { migrationBackup: this.migrationBackup } : {}),
    };
  }

  async create(path: string, passphrase: string, organisationName: string): Promise<WorkspaceStatus> {
    const target = withWorkspaceExtension(absoluteWorkspacePath(path));
    this.lock('manual');
    this.adopt(await createWorkspaceFile(target, passphrase, organisationName, this.clock.now()));
    return this.status();
  }

  async unlock(path: string, passphrase: string): Promise<WorkspaceStatus> {
    const target = absoluteWorkspacePath(path);
    this.lock('manual');
    this.adopt(await unlockWorkspaceFile(target, passphrase, this.clock.now()));
    return this.status();
  }

  async changePassphrase(current: string, next: string): Promise<void> {
    this.open = await changeWorkspacePassphrase(this.requireOpen(), current, next);
  }

  lock(reason: 'idle' | 'manual'): WorkspaceStatus {
    if (this.open) {
      closeWorkspaceFile(this.open);
      this.open = null;
      this.migrationBackup = undefined;
      for (const listener of this.lockListeners) listener(reason);
    }
    return { state: 'locked' };
  }

  onLock(listener: (reason: 'idle' | 'manual') => void): () => void {
    this.lockListeners.add(listener);
    return () => this.lockListeners.delete(listener);
  }

  /** Called after a workspace was created or unlocked, once it is open. */
  onUnlock(listener: () => void): () => void {
    this.unlockListeners.add(listener);
    return () => this.unlockListeners.delete(listener);
  }

  /** Counts as use for the idle lock. */
  touch(): void {
    // Use after the deadline does not revive a workspace the idle check has not got to yet.
    this.lockIfIdle();
    this.lastActivity = this.clock.now().getTime();
  }

  db(): Db {
    return this.requireOpen().db;
  }

  recent(): RecentWorkspace[] {
    return this.settings.recent().map((r) => ({ ...r, exists: existsSync(r.path) }));
  }

  dispose(): void {
    clearInterval(this.timer);
    this.lock('manual');
  }

  lockIfIdle(): void {
    const left = this.secondsUntilIdleLock();
    if (this.open && left !== null && left <= 0) this.lock('idle');
  }

  /** Seconds left before the idle lock, or null if it will not lock. */
  secondsUntilIdleLock(): number | null {
    const minutes = this.settings.get().idleLockMinutes;
    if (!this.open || minutes === 0) return null;
    return Math.ceil((this.lastActivity + minutes * 60_000 - this.clock.now().getTime()) / 1000);
  }

  private adopt(ws: OpenWorkspace): void {
    this.open = ws;
    this.migrationBackup = ws.migrationBackup;
    this.lastActivity = this.clock.now().getTime();
    this.settings.rememberRecent({
      path: ws.path,
      organisationName: readOrganisationName(ws.db),
      lastOpenedAt: this.clock.now().toISOString(),
    });
    for (const listener of this.unlockListeners) {
      // A listener's failure (a reminder that could not be read) must not undo the unlock.
      try {
        listener();
      } catch (error) {
        console.error('[privacy-workstation] after unlock:', error instanceof Error ? error.message : error);
      }
    }
  }

  private requireOpen(): OpenWorkspace {
    if (!this.open) throw new AppError('LOCKED', 'The workspace is locked. Unlock it with its passphrase to go on.');
    return this.open;
  }
}

/** Absolute and normalised, so the same file is never remembered under two names. */
function absoluteWorkspacePath(path: string): string {
  if (!isAbsolute(path)) {
    throw new AppError('VALIDATION', 'Give the full path of the workspace file, starting from the root of the disk.', {
      path: 'Use a full path.',
    });
  }
  return resolve(path);
}

function withWorkspaceExtension(path: string): string {
  return path.toLowerCase().endsWith(WORKSPACE_EXTENSION) ? path : path + WORKSPACE_EXTENSION;
}
