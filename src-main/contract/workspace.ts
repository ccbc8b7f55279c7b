import { z } from 'zod';
import { FIRST_OFFICER, type Role } from '../domain/people/roles';
import { call } from './define';

export const MIN_PASSPHRASE_LENGTH = 12;
export const WORKSPACE_EXTENSION = '.pws';

export const newPassphrase = z
  .string()
  .min(MIN_PASSPHRASE_LENGTH, `Use at least ${MIN_PASSPHRASE_LENGTH} characters.`)
  .max(1024, 'Use at most 1,024 characters.');

/** A login name: what the person types on the unlock screen (compared without regard to case). */
export const loginName = z
  .string()
  .trim()
  .min(1, 'Enter a login name.')
  .max(100, 'Use at most 100 characters.')
  .regex(/^[^\p{C}]+$/u, 'Use letters, digits, spaces and punctuation only.');

const workspacePath = z
  .string()
  .trim()
  .min(1, 'Choose where the workspace file goes.')
  .max(4096, 'That path is too long.');

export interface WorkspaceStatus {
  state: 'locked' | 'unlocked';
  /** The file the person chose; present while unlocked. */
  path?: string;
  organisationName?: string;
  schemaVersion?: number;
  /** Who unlocked, and their role: the renderer shows only what the role may do. */
  person?: { name: string; role: Role };
  /** Set when unlocking ran migrations: where the pre-migration copy is. */
  migrationBackup?: string;
}

export interface RecentWorkspace {
  path: string;
  organisationName: string;
  lastOpenedAt: string;
  /** Who unlocked it last on this computer: the unlock screen offers the name. */
  loginName?: string;
  exists: boolean;
}

export interface AppInfo {
  version: string;
  /** 'electron' can show native file dialogs; 'browser' is the local browser mode. */
  host: 'electron' | 'browser';
  /** Where a new workspace is suggested to go. */
  defaultFolder: string;
  pathSeparator: '/' | '\\';
}

export const workspaceCalls = {
  'app.info': call(z.object({}).strict(), { needs: 'none' }).returns<AppInfo>(),
  'workspace.status': call(z.object({}).strict(), { needs: 'none' }).returns<WorkspaceStatus>(),
  'workspace.create': call(
    z
      .object({
        path: workspacePath,
        organisationName: z.string().trim().min(1, 'Name the organisation.').max(300),
        passphrase: newPassphrase,
        confirmPassphrase: z.string(),
        /** The first person's login name: they are the workspace's privacy officer. */
        officerName: loginName.default(FIRST_OFFICER),
        /** Fill the new workspace with the fictional sample company, to look around. */
        sample: z.boolean().default(false),
      })
      .strict()
      .refine((v) => v.passphrase === v.confirmPassphrase, {
        message: 'The two passphrases differ.',
        path: ['confirmPassphrase'],
      }),
    { needs: 'none' },
  ).returns<WorkspaceStatus>(),
  'workspace.unlock': call(
    z
      .object({ path: workspacePath, name: loginName.default(FIRST_OFFICER), passphrase: z.string().min(1, 'Enter the passphrase.').max(1024) })
      .strict(),
    { needs: 'none' },
  ).returns<WorkspaceStatus>(),
  'workspace.lock': call(z.object({}).strict(), { needs: 'none' }).returns<WorkspaceStatus>(),
  'workspace.changePassphrase': call(
    z
      .object({
        currentPassphrase: z.string().min(1, 'Enter the current passphrase.').max(1024),
        newPassphrase,
        confirmPassphrase: z.string(),
      })
      .strict()
      .refine((v) => v.newPassphrase === v.confirmPassphrase, {
        message: 'The two passphrases differ.',
        path: ['confirmPassphrase'],
      }),
    { needs: 'none' },
  ).returns<{ changed: true }>(),
  'workspace.recent': call(z.object({}).strict(), { needs: 'none' }).returns<RecentWorkspace[]>(),
  'workspace.forgetRecent': call(z.object({ path: workspacePath }).strict(), { needs: 'none' }).returns<RecentWorkspace[]>(),
  /** Electron only: the native dialog. The browser mode answers UNSUPPORTED and the UI asks for a path. */
  'workspace.choosePath': call(z.object({ purpose: z.enum(['create', 'open']) }).strict(), { needs: 'none' }).returns<{
    path: string | null;
  }>(),
  /** Called on user activity, at most every few seconds, so the idle lock counts from the last real use. */
  'session.activity': call(z.object({}).strict(), { needs: 'none' }).returns<{ lockInSeconds: number | null }>(),
} as const;
