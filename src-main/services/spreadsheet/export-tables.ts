import { RECIPIENT_KINDS, SYSTEM_KINDS } from '../../domain/inventory/vocabulary';
import { ACTIVITY_COLUMNS } from '../../domain/spreadsheet/columns';
import { activityCells, taxonomyLabels } from '../../domain/spreadsheet/export-rows';
import { pageAll } from '../exchange/page-all';
import type { InventoryService } from '../inventory';
import type { Table } from './write-file';

const byNameThenId = <T extends { name: string; id: number }>(rows: T[]) => [...rows].sort((a, b) => a.name.localeCompare(b.name, 'en') || a.id - b.id);
const yes = (flag: boolean) => (flag ? 'Yes' : '');

/**
 * The inventory as tables: activities first (the sheet the importer reads),
 * then systems, recipients and data categories for reference. With `all`,
 * archived records are included and each sheet gains an "Archived on" column.
 */
export function exportTables(inventory: InventoryService, all: boolean): Table[] {
  const keep = <T extends { archivedAt: string | null }>(rows: T[]) => (all ? rows : rows.filter((r) => r.archivedAt === null));
  const archivedHeader = all ? ['Archived on'] : [];
  const archivedCell = (r: { archivedAt: string | null }) => (all ? [r.archivedAt?.slice(0, 10) ?? ''] : []);

  const categories = pageAll(inventory.categories.list);
  const labels = { categories: taxonomyLabels(categories), subjects: taxonomyLabels(pageAll(inventory.subjects.list)) };
  const activities = byNameThenId(keep(pageAll(inventory.activities.list))).map((row) => inventory.activities.get({ id: row.id }));
  const lastReviewed = ACTIVITY_COLUMNS.findIndex((c) => c.field === 'lastReviewedOn');

  const activityTable: Table = {
    sheet: 'Activities',
    header: [...ACTIVITY_COLUMNS.map((c) => c.label), ...archivedHeader],
    rows: activities.map((a) => {
      const cells = activityCells(a, labels);
      return [...ACTIVITY_COLUMNS.map((c) => cells[c.field]), ...archivedCell(a)];
    }),
    dateColumns: all ? [lastReviewed, ACTIVITY_COLUMNS.length] : [lastReviewed],
  };
  const systems: Table = {
    sheet: 'Systems',
    header: ['Name', 'Kind', 'Owner', 'Hosting countries', 'Processor', 'Security measures', 'Description', 'Activities', ...archivedHeader],
    rows: byNameThenId(keep(pageAll(inventory.systems.list))).map((s) => [
      s.name,
      SYSTEM_KINDS[s.kind],
      s.owner,
      s.hostingCountries.join('; '),
      s.processorName ?? '',
      s.securityMeasures,
      s.description,
      String(s.activityCount),
      ...archivedCell(s),
    ]),
  };
  const recipients: Table = {
    sheet: 'Recipients',
    header: ['Name', 'Kind', 'Countries', 'Description', 'Activities', ...archivedHeader],
    rows: byNameThenId(keep(pageAll(inventory.recipients.list))).map((r) => [
      r.name,
      RECIPIENT_KINDS[r.kind],
      r.countries.join('; '),
      r.description,
      String(r.activityCount),
      ...archivedCell(r),
    ]),
  };
  const categoryTable: Table = {
    sheet: 'Data categories',
    header: ['Key', 'Name', 'Parent key', 'Special category (Art. 9)', 'Criminal offences (Art. 10)', 'Sensitive (CCPA)', 'Origin', 'Description', 'Activities', ...archivedHeader],
    rows: keep([...categories].sort((a, b) => a.key.localeCompare(b.key))).map((c) => [
      c.key,
      c.name,
      c.parentKey ?? '',
      yes(c.special),
      yes(c.criminal),
      yes(c.sensitive),
      c.origin === 'fideslang' ? 'Fides taxonomy' : 'Custom',
      c.description,
      String(c.activityCount),
      ...archivedCell(c),
    ]),
  };
  return [activityTable, systems, recipients, categoryTable];
}
