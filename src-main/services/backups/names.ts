import { existsSync, readdirSync, rmSync, statSync } from 'node:fs';
import { keySlotsPath } from '../../db/key-slots-file';
import { basename, join } from 'node:path';
import type { BackupFile } from '../../contract/backups';
import { WORKSPACE_EXTENSION } from '../../contract/workspace';

/**
 * Backup files are named `<workspace>-<yyyyMMdd-HHmmss>[-auto].pws` (local time, from the session's
 * clock): the name alone tells whose backup it is, when it was taken and whether rotation may delete it.
 */
const AUTO_SUFFIX = '-auto';

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** yyyyMMdd-HHmmss in local time. */
export function fileStamp(at: Date): string {
  return `${pad(at.getFullYear(), 4)}${pad(at.getMonth() + 1)}${pad(at.getDate())}-${pad(at.getHours())}${pad(at.getMinutes())}${pad(at.getSeconds())}`;
}

/** The workspace file's name without `.pws`: `acme` for `/data/acme.pws`. */
export function workspaceName(workspacePath: string): string {
  const name = basename(workspacePath);
  return name.toLowerCase().endsWith(WORKSPACE_EXTENSION) ? name.slice(0, -WORKSPACE_EXTENSION.length) : name;
}

export function backupFileName(workspace: string, at: Date, kind: BackupFile['kind']): string {
  return `${workspace}-${fileStamp(at)}${kind === 'automatic' ? AUTO_SUFFIX : ''}${WORKSPACE_EXTENSION}`;
}

/** Where the workspace as it was goes when a backup replaces it: beside it, kept. */
export function beforeRestoreName(workspacePath: string, at: Date): string {
  return `${workspacePath}.before-restore-${fileStamp(at)}${WORKSPACE_EXTENSION}`;
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** This workspace's backups in `folder`, newest first; other files are ignored. */
export function listBackups(folder: string, workspace: string): BackupFile[] {
  if (!existsSync(folder)) return [];
  const pattern = new RegExp(`^${escapeRegExp(workspace)}-(\\d{4})(\\d{2})(\\d{2})-(\\d{2})(\\d{2})(\\d{2})(${AUTO_SUFFIX})?${escapeRegExp(WORKSPACE_EXTENSION)}$`);
  const found: BackupFile[] = [];
  for (const name of readdirSync(folder)) {
    const match = pattern.exec(name);
    if (!match) continue;
    const path = join(folder, name);
    const stats = statSync(path, { throwIfNoEntry: false });
    if (!stats?.isFile()) continue;
    const [year, month, day, hours, minutes, seconds] = match.slice(1, 7).map(Number) as [number, number, number, number, number, number];
    const createdAt = new Date(year, month - 1, day, hours, minutes, seconds).toISOString();
    found.push({ path, name, createdAt, size: stats.size, kind: match[7] ? 'automatic' : 'manual' });
  }
  return found.sort((a, b) => b.createdAt.localeCompare(a.createdAt) || b.name.localeCompare(a.name));
}

/** Deletes the automatic backups beyond the `keep` newest; manual ones are never deleted. */
export function rotateAutomatic(folder: string, workspace: string, keep: number): void {
  for (const old of listBackups(folder, workspace).filter((b) => b.kind === 'automatic').slice(keep)) {
    rmSync(old.path);
    rmSync(keySlotsPath(old.path), { force: true });
  }
}
