import type { InventoryDocument } from '../../contract/exchange';
import type { Activity, Link } from '../../domain/inventory/records';
import type { InventoryService } from '../inventory';
import { pageAll } from './page-all';

/** Refs are made from list order, so the same inventory exports the same document from any workspace. */
const refMap = (prefix: string, rows: readonly { id: number }[]) => new Map(rows.map((r, i) => [r.id, `${prefix}-${i + 1}`]));
const byNameThenId = <T extends { name: string; id: number }>(rows: T[]) =>
  [...rows].sort((a, b) => a.name.localeCompare(b.name, 'en') || a.id - b.id);

export function exportDocument(inventory: InventoryService, exportedAt: string): InventoryDocument {
  const categories = pageAll(inventory.categories.list).sort((a, b) => a.key.localeCompare(b.key));
  const subjects = pageAll(inventory.subjects.list).sort((a, b) => a.key.localeCompare(b.key));
  const recipients = byNameThenId(pageAll(inventory.recipients.list));
  const systems = byNameThenId(pageAll(inventory.systems.list));
  const activities = byNameThenId(pageAll(inventory.activities.list)).map((row) => inventory.activities.get({ id: row.id }));
  const cookies = byNameThenId(pageAll(inventory.cookies.list));
  const communications = byNameThenId(pageAll(inventory.communications.list));

  const recipientRef = refMap('recipient', recipients);
  const systemRef = refMap('system', systems);
  const activityRef = refMap('activity', activities);
  const categoryKey = new Map(categories.map((c) => [c.id, c.key]));
  const subjectKey = new Map(subjects.map((s) => [s.id, s.key]));
  const refs = (links: Link[], map: Map<number, string>) => links.map((l) => map.get(l.id)).filter((r): r is string => r !== undefined);
  const optional = (id: number | null, map: Map<number, string>) => (id === null ? null : (map.get(id) ?? null));
  const archived = (r: { archivedAt: string | null }) => r.archivedAt !== null;
  const organisation = inventory.organisation.get();

  return {
    format: 'privacy-workstation/inventory',
    version: 1,
    exportedAt,
    organisation,
    categories: categories.map((c) => ({
      key: c.key,
      parentKey: c.parentKey,
      name: c.name,
      description: c.description,
      special: c.special,
      criminal: c.criminal,
      sensitive: c.sensitive,
      archived: archived(c),
    })),
    subjects: subjects.map((s) => ({ key: s.key, name: s.name, description: s.description, archived: archived(s) })),
    recipients: recipients.map((r) => ({
      ref: recipientRef.get(r.id)!,
      name: r.name,
      kind: r.kind,
      countries: r.countries,
      description: r.description,
      archived: archived(r),
    })),
    systems: systems.map((s) => ({
      ref: systemRef.get(s.id)!,
      name: s.name,
      kind: s.kind,
      owner: s.owner,
      description: s.description,
      hostingCountries: s.hostingCountries,
      processor: optional(s.processorId, recipientRef),
      securityMeasures: s.securityMeasures,
      archived: archived(s),
    })),
    activities: activities.map((a: Activity) => ({
      ref: activityRef.get(a.id)!,
      name: a.name,
      description: a.description,
      owner: a.owner,
      status: a.status,
      role: a.role,
      controllerFor: a.controllerFor,
      purposes: a.purposes,
      specialCondition: a.specialCondition,
      sources: a.sources,
      sourceDetail: a.sourceDetail,
      noRecipients: a.noRecipients,
      retention: a.retention,
      securityMeasures: a.securityMeasures,
      sold: a.sold,
      sharedForAds: a.sharedForAds,
      dpia: a.dpia,
      dpiaReason: a.dpiaReason,
      lastReviewedOn: a.lastReviewedOn,
      categories: a.categories.map((c) => categoryKey.get(c.id)).filter((k): k is string => k !== undefined),
      subjects: a.subjects.map((s) => subjectKey.get(s.id)).filter((k): k is string => k !== undefined),
      systems: refs(a.systems, systemRef),
      recipients: refs(a.recipients, recipientRef),
      transfers: a.transfers.map((t) => ({
        country: t.country,
        recipient: optional(t.recipientId, recipientRef),
        mechanism: t.mechanism,
        documentation: t.documentation,
      })),
      archived: archived(a),
    })),
    cookies: cookies.map((c) => ({
      name: c.name,
      provider: c.provider,
      party: c.party,
      category: c.category,
      duration: c.duration,
      purpose: c.purpose,
      activity: optional(c.activityId, activityRef),
      archived: archived(c),
    })),
    communications: communications.map((c) => ({
      name: c.name,
      channel: c.channel,
      kind: c.kind,
      description: c.description,
      optOut: c.optOut,
      activity: optional(c.activityId, activityRef),
      archived: archived(c),
    })),
  };
}
