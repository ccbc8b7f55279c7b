import { AppError } from '../../contract/errors';
import { missingIds, sameNameId } from '../../db/inventory/record-tables';
import type { Db } from '../../db/sqlite';
import type { InventoryKind, Usage } from '../../domain/inventory/records';

/** How each kind of record is named in sentences. */
const NOUNS: Readonly<Record<InventoryKind, string>> = {
  activity: 'processing activity',
  category: 'data category',
  subject: 'data subject',
  system: 'system',
  recipient: 'recipient',
  cookie: 'cookie',
  communication: 'communication',
};

export function notFound(kind: InventoryKind): AppError {
  return new AppError('NOT_FOUND', `That ${NOUNS[kind]} no longer exists. It may have been deleted; reload the list.`);
}

/** Refuses ids (at `field`) that name no record of `kind`: a record chosen in a form was deleted meanwhile. */
export function requireExisting(db: Db, kind: InventoryKind, ids: readonly (number | null)[], field: string): void {
  const missing = missingIds(
    db,
    kind,
    ids.filter((id): id is number => id !== null),
  );
  if (missing.length === 0) return;
  throw new AppError(
    'VALIDATION',
    `A ${NOUNS[kind]} chosen here no longer exists (it may have just been deleted). Choose again and save.`,
    { [field]: `That ${NOUNS[kind]} no longer exists.` },
  );
}

/** Names that must be unique (systems, recipients): compared without case, archived records included. */
export function requireUniqueName(db: Db, kind: InventoryKind, name: string, exceptId: number | undefined): void {
  if (sameNameId(db, kind, name, exceptId) === undefined) return;
  throw new AppError('CONFLICT', `There is already a ${NOUNS[kind]} called “${name}” (perhaps archived). Give this one another name, or edit that one.`, {
    name: `Another ${NOUNS[kind]} has this name.`,
  });
}

const SHOWN = 3;

/** A delete refused because other records point at the one going. */
export function inUse(kind: InventoryKind, name: string, usage: readonly Usage[]): AppError {
  const named = usage.slice(0, SHOWN).map((u) => `${NOUNS[u.kind]} “${u.name}”`);
  const more = usage.length - named.length;
  const list = more > 0 ? `${named.join(', ')} and ${more} more` : named.length > 1 ? `${named.slice(0, -1).join(', ')} and ${named.at(-1)}` : named.join('');
  return new AppError(
    'CONFLICT',
    `The ${NOUNS[kind]} “${name}” is used by ${list}. Archive it instead to keep those records as they are, or confirm to delete it and remove it from them.`,
  );
}
