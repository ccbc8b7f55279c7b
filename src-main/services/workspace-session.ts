import { existsSync } from 'node:fs';
import { isAbsolute, resolve } from 'node:path';
import { AppError } from '../contract/errors';
import { WORKSPACE_EXTENSION, type RecentWorkspace, type WorkspaceStatus } from '../contract/workspace';
import type { Db } from '../db/sqlite';
import { LATEST_SCHEMA_VERSION } from '../db/migrations';
import {
  changeOwnPassphrase,
  closeWorkspaceFile,
  createWorkspaceFile,
  type OpenWorkspace,
  type Person,
  readOrganisationName,
  unlockWorkspaceFile,
  type UnlockedWorkspace,
} from '../db/workspace-file';
import type { Role } from '../domain/people/roles';
import { recordEvent } from './audit';
import { InventoryStore } from './inventory/context';
import type { SettingsStore } from './settings-store';

export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };

const IDLE_CHECK_MS = 5_000;

/** Who holds the passphrase, until the people feature names the person who unlocked. */
export const DEFAULT_ACTOR = 'Workspace owner';

/**
 * The one open workspace of this process: creating, unlocking, locking, and the
 * idle lock. Services reach the database only through `db()`, which refuses
 * while locked.
 */
export class WorkspaceSession {
  private open: OpenWorkspace | null = null;
  /** Who unlocked: set with `open`, cleared with it. */
  private person: Person | null = null;
  private lastActivity = 0;
  private migrationBackup: string | undefined;
  private readonly timer: NodeJS.Timeout;
  private readonly lockListeners = new Set<(reason: 'idle' | 'manual') => void>();
  private readonly unlockListeners = new Set<() => void>();
  private actorName = DEFAULT_ACTOR;
  /** The session's own writes: the unlock and lock entries of the audit log. */
  private readonly store: InventoryStore;

  constructor(
    private readonly settings: SettingsStore,
    private readonly clock: Clock = systemClock,
  ) {
    this.timer = setInterval(() => this.lockIfIdle(), IDLE_CHECK_MS);
    this.timer.unref();
    this.store = new InventoryStore(this, clock);
  }

  /** Who is making the changes: every audit entry records it. */
  actor(): string {
    return this.actorName;
  }

  /** The hook for the people feature: the person who unlocked, from then on until the next unlock. */
  setActor(name: string): void {
    this.actorName = name;
  }

  status(): WorkspaceStatus {
    if (!this.open) return { state: 'locked' };
    return {
      state: 'unlocked',
      path: this.open.path,
      organisationName: readOrganisationName(this.open.db),
      schemaVersion: LATEST_SCHEMA_VERSION,
      ...(this.person ? { person: this.person } : {}),
      ...(this.migrationBackup ? { migrationBackup: this.migrationBackup } : {}),
    };
  }

  /** `officerName`: the first person's login name (they are the privacy officer). */
  async create(path: string, passphrase: string, organisationName: string, officerName?: string): Promise<WorkspaceStatus> {
    const target = withWorkspaceExtension(absoluteWorkspacePath(path));
    this.lock('manual');
    this.adoptAs(await createWorkspaceFile(target, passphrase, organisationName, this.clock.now(), officerName));
    return this.status();
  }

  async unlock(path: string, passphrase: string, name?: string): Promise<WorkspaceStatus> {
    const target = absoluteWorkspacePath(path);
    this.lock('manual');
    this.adoptAs(await unlockWorkspaceFile(target, passphrase, this.clock.now(), name));
    return this.status();
  }

  /** The unlocked person's own passphrase. */
  async changePassphrase(current: string, next: string): Promise<void> {
    await changeOwnPassphrase(this.requireOpen(), this.currentPerson().name, current, next);
  }

  /** The unlocked person's role; null while locked. */
  role(): Role | null {
    return this.open ? this.currentPerson().role : null;
  }

  currentPerson(): Person {
    this.requireOpen();
    if (!this.person) throw new Error('internal: an open workspace without its person');
    return this.person;
  }

  /** The people feature's way to the open file (its path and key); refuses while locked. */
  workspace(): OpenWorkspace {
    return this.requireOpen();
  }

  /**
   * After the people feature changed the open workspace's key (a rotation) or the unlocked person's
   * role: the session goes on with them, without a lock or an unlock.
   */
  update(change: { workspace?: OpenWorkspace; person?: Person }): void {
    this.requireOpen();
    if (change.workspace) this.open = change.workspace;
    if (change.person) this.person = change.person;
  }

  /**
   * Puts another file in the open workspace's place (a restore): `replace` closes the open workspace,
   * swaps its file and returns the new one opened, and the session goes on with it (the unlock listeners
   * are told, the lock listeners are not: the session never was locked). Synchronous, so no call sees
   * the closed connection. If `replace` fails after closing, the workspace is locked.
   */
  replaceFile(replace: (current: OpenWorkspace, now: Date) => OpenWorkspace): WorkspaceStatus {
    const current = this.requireOpen();
    try {
      this.adopt(replace(current, this.clock.now()));
    } catch (error) {
      if (!current.db.open) this.lock('manual');
      throw error;
    }
    return this.status();
  }

  lock(reason: 'idle' | 'manual'): WorkspaceStatus {
    if (this.open) {
      // Logged before the file closes; a failure to log (a full disk) must not keep the workspace open.
      try {
        recordEvent(this.store, { kind: 'lock', label: 'Workspace', details: { reason } });
      } catch (error) {
        console.error('[privacy-workstation] lock entry:', error instanceof Error ? error.message : error);
      }
      closeWorkspaceFile(this.open);
      this.open = null;
      this.person = null;
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

  private adoptAs({ person, ...ws }: UnlockedWorkspace): void {
    this.person = person;
    this.setActor(person.name);
    this.adopt(ws);
  }

  private adopt(ws: OpenWorkspace): void {
    this.open = ws;
    this.migrationBackup = ws.migrationBackup;
    this.lastActivity = this.clock.now().getTime();
    try {
      recordEvent(this.store, { kind: 'unlock', label: 'Workspace', details: { path: ws.path } });
    } catch (error) {
      // A workspace whose opening cannot be logged is not used.
      this.open = null;
      closeWorkspaceFile(ws);
      throw error;
    }
    this.settings.rememberRecent({
      path: ws.path,
      organisationName: readOrganisationName(ws.db),
      lastOpenedAt: this.clock.now().toISOString(),
      ...(this.person ? { loginName: this.person.name } : {}),
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
