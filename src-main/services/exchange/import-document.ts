import { AppError } from '../../contract/errors';
import type { ImportSummary, InventoryDocument } from '../../contract/exchange';
import type { Organisation } from '../../domain/inventory/records';
import type { InventoryService } from '../inventory';
import { recordEvent } from '../audit';
import type { InventoryStore } from '../inventory/context';
import { pageAll } from './page-all';

type Doc = InventoryDocument;

/**
 * Adds a document's records to the open workspace in one transaction. Taxonomy
 * entries are matched by key and updated; recipients and systems are matched by
 * name (case-insensitive) and reused; activities, cookies and communications are
 * always added. Any failure rolls the whole import back.
 */
export function importDocument(store: InventoryStore, inventory: InventoryService, doc: Doc): ImportSummary {
  return store.write(() => {
    const summary: ImportSummary = { categories: 0, subjects: 0, recipients: 0, systems: 0, activities: 0, cookies: 0, communications: 0 };
    fillOrganisation(inventory, doc.organisation);
    const categoryIds = importCategories(inventory, doc.categories, summary);
    const subjectIds = importSubjects(inventory, doc.subjects, summary);
    const recipientIds = importByName('recipients', inventory, doc.recipients, summary, (r) =>
      inventory.recipients.save({ name: r.name, kind: r.kind, countries: r.countries, description: r.description }),
    );
    const systemIds = importByName('systems', inventory, doc.systems, summary, (s, i) =>
      inventory.systems.save({
        name: s.name,
        kind: s.kind,
        owner: s.owner,
        description: s.description,
        hostingCountries: s.hostingCountries,
        processorId: s.processor === null ? null : resolve(recipientIds, s.processor, `systems.${i}.processor`),
        securityMeasures: s.securityMeasures,
      }),
    );
    const activityIds = new Map<string, number>();
    doc.activities.forEach((a, i) => {
      const { ref, categories, subjects, systems, recipients, transfers, archived, ...fields } = a;
      const at = `activities.${i}`;
      const saved = inventory.activities.save({
        ...fields,
        categoryIds: categories.map((key, j) => resolve(categoryIds, key, `${at}.categories.${j}`)),
        subjectIds: subjects.map((key, j) => resolve(subjectIds, key, `${at}.subjects.${j}`)),
        systemIds: systems.map((r, j) => resolve(systemIds, r, `${at}.systems.${j}`)),
        recipientIds: recipients.map((r, j) => resolve(recipientIds, r, `${at}.recipients.${j}`)),
        transfers: transfers.map(({ recipient, ...t }, j) => ({
          ...t,
          recipientId: recipient === null ? null : resolve(recipientIds, recipient, `${at}.transfers.${j}.recipient`),
        })),
      });
      if (archived) inventory.activities.archive({ id: saved.id, archived: true });
      activityIds.set(ref, saved.id);
      summary.activities++;
    });
    doc.cookies.forEach(({ activity, archived, ...c }, i) => {
      const saved = inventory.cookies.save({ ...c, activityId: activity === null ? null : resolve(activityIds, activity, `cookies.${i}.activity`) });
      if (archived) inventory.cookies.archive({ id: saved.id, archived: true });
      summary.cookies++;
    });
    doc.communications.forEach(({ activity, archived, ...c }, i) => {
      const saved = inventory.communications.save({
        ...c,
        activityId: activity === null ? null : resolve(activityIds, activity, `communications.${i}.activity`),
      });
      if (archived) inventory.communications.archive({ id: saved.id, archived: true });
      summary.communications++;
    });
    recordEvent(store, { kind: 'import', label: 'Inventory document', details: { ...summary } });
    return summary;
  });
}

function resolve(ids: Map<string, number>, ref: string, where: string): number {
  const id = ids.get(ref);
  if (id === undefined) {
    throw new AppError('VALIDATION', `The file is inconsistent: ${where} points to “${ref}”, which it does not contain. Nothing was imported.`, {
      [where]: 'Unknown reference.',
    });
  }
  return id;
}

/** The workspace's own profile wins: the document only fills fields left empty. */
function fillOrganisation(inventory: InventoryService, incoming: Organisation): void {
  const current = inventory.organisation.get();
  const filled = { ...current };
  for (const field of ['address', 'email', 'phone', 'website', 'jointControllers', 'representative', 'dpoName', 'dpoContact'] as const) {
    if (!current[field]) filled[field] = incoming[field];
  }
  if (current.timeZone === 'UTC') filled.timeZone = incoming.timeZone;
  filled.jurisdictions = [...new Set([...current.jurisdictions, ...incoming.jurisdictions])];
  inventory.organisation.save(filled);
}

/** Taxonomy keys already in the workspace are updated; new ones are created parents first. */
function importCategories(inventory: InventoryService, incoming: Doc['categories'], summary: ImportSummary): Map<string, number> {
  const existing = new Map(pageAll(inventory.categories.list).map((c) => [c.key, c]));
  const ids = new Map([...existing].map(([key, c]) => [key, c.id]));
  const keyOf = new Map([...existing.keys()].map((k) => [k, k]));
  let pending = [...incoming];
  while (pending.length > 0) {
    const ready = pending.filter((c) => c.parentKey === null || keyOf.has(c.parentKey));
    if (ready.length === 0) {
      const orphan = pending[0]!;
      throw new AppError('VALIDATION', `The file is inconsistent: category “${orphan.name}” has the parent “${orphan.parentKey}”, which it does not contain. Nothing was imported.`);
    }
    for (const c of ready) {
      const current = existing.get(c.key);
      const parentKey = current?.origin === 'fideslang' ? current.parentKey : c.parentKey === null ? null : keyOf.get(c.parentKey)!;
      const saved = inventory.categories.save({
        ...(current ? { id: current.id } : {}),
        parentKey,
        name: c.name,
        description: c.description,
        special: c.special,
        criminal: c.criminal,
        sensitive: c.sensitive,
      });
      if (c.archived !== (saved.archivedAt !== null)) inventory.categories.archive({ id: saved.id, archived: c.archived });
      if (!current) summary.categories++;
      ids.set(c.key, saved.id);
      keyOf.set(c.key, saved.key);
    }
    pending = pending.filter((c) => !ready.includes(c));
  }
  return ids;
}

function importSubjects(inventory: InventoryService, incoming: Doc['subjects'], summary: ImportSummary): Map<string, number> {
  const existing = new Map(pageAll(inventory.subjects.list).map((s) => [s.key, s]));
  const ids = new Map([...existing].map(([key, s]) => [key, s.id]));
  for (const s of incoming) {
    const current = existing.get(s.key);
    const saved = inventory.subjects.save({ ...(current ? { id: current.id } : {}), name: s.name, description: s.description });
    if (s.archived !== (saved.archivedAt !== null)) inventory.subjects.archive({ id: saved.id, archived: s.archived });
    if (!current) summary.subjects++;
    ids.set(s.key, saved.id);
  }
  return ids;
}

/** Recipients and systems: one of the same name is reused as it is, otherwise the record is created. */
function importByName<R extends { ref: string; name: string; archived: boolean }>(
  area: 'recipients' | 'systems',
  inventory: InventoryService,
  incoming: R[],
  summary: ImportSummary,
  create: (record: R, index: number) => { id: number },
): Map<string, number> {
  const current: { name: string; id: number }[] = area === 'recipients' ? pageAll(inventory.recipients.list) : pageAll(inventory.systems.list);
  const byName = new Map(current.map((r) => [r.name.toLocaleLowerCase(), r.id]));
  const ids = new Map<string, number>();
  incoming.forEach((record, i) => {
    let id = byName.get(record.name.toLocaleLowerCase());
    if (id === undefined) {
      id = create(record, i).id;
      if (record.archived) inventory[area].archive({ id, archived: true });
      byName.set(record.name.toLocaleLowerCase(), id);
      summary[area]++;
    }
    ids.set(record.ref, id);
  });
  return ids;
}
