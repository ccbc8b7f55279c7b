import { transferStatus } from '../countries';
import type { Activity, System } from './records';

/**
 * The data map as a graph: data categories -> activities -> systems ->
 * recipients -> countries, for a picture the officer reads at a glance.
 */
export type DataMapColumn = 'category' | 'activity' | 'system' | 'recipient' | 'country';

/** The columns left to right. */
export const DATA_MAP_COLUMNS: readonly DataMapColumn[] = ['category', 'activity', 'system', 'recipient', 'country'];

export interface DataMapNode {
  /** Unique across columns, e.g. "category:12", "country:US". */
  id: string;
  column: DataMapColumn;
  /** The record's name; for a country its ISO code (screens show the name in the reader's language). */
  label: string;
  /** Special-category data, or a country outside the EEA without an adequacy decision: drawn so it stands out. */
  flagged: boolean;
  /** Why the node is flagged, or what to know about it (a country's transfer status); absent when nothing. */
  note?: string;
}

export interface DataMapEdge {
  from: string;
  to: string;
  /**
   * The activities whose paths use this edge, ascending. A system or a recipient is shared by many
   * activities, so a screen tracing one activity's paths follows only the edges that carry its id.
   */
  activityIds?: number[];
}

export interface DataMap {
  nodes: DataMapNode[];
  edges: DataMapEdge[];
}

export interface DataMapFilter {
  categoryId?: number;
  activityId?: number;
  systemId?: number;
  recipientId?: number;
  country?: string;
}

export const nodeId = {
  category: (id: number) => `category:${id}`,
  activity: (id: number) => `activity:${id}`,
  system: (id: number) => `system:${id}`,
  recipient: (id: number) => `recipient:${id}`,
  country: (code: string) => `country:${code}`,
} as const;

/**
 * Where the data of one activity can end: a system (and one of its hosting countries), a recipient
 * (and one country the activity transfers to through it), or a country the activity transfers to
 * directly. Every path of the map is one of the activity's categories (or none), the activity, and
 * one of these routes.
 */
interface Route {
  system?: number;
  recipient?: number;
  country?: string;
}

const COUNTRY_NOTES = {
  eea: undefined,
  adequate: 'Adequacy decision (Art. 45)',
  partially_adequate: 'Adequacy decision for certified or covered organisations only (Art. 45)',
  third_country: 'No adequacy decision: transfers need Art. 46 safeguards or an Art. 49 derogation',
} as const;

/**
 * The map of active activities (not retired, not archived). A filter keeps only the paths that pass
 * through the chosen record, per activity: a category keeps the activities using it and everything
 * downstream of them (but not their other categories); a system, recipient or country keeps the
 * activities whose data reaches it, their categories, and the routes that lead there. Several
 * filters keep the paths through all of them. Runs in time linear in the size of the inventory.
 */
export function buildDataMap(activities: readonly Activity[], systems: readonly System[], filter: DataMapFilter): DataMap {
  const systemsById = new Map<number, System>();
  for (const system of systems) systemsById.set(system.id, system);

  const nodes = new Map<string, DataMapNode>();
  const edges = new Map<string, DataMapEdge & { activityIds: number[] }>();
  const addNode = (node: DataMapNode) => {
    if (!nodes.has(node.id)) nodes.set(node.id, node);
    return node.id;
  };
  const addEdge = (from: string, to: string, activityId: number) => {
    const key = `${from}\u0000${to}`;
    const edge = edges.get(key);
    if (!edge) edges.set(key, { from, to, activityIds: [activityId] });
    // Activities are visited one at a time, so a repeat from the same one is always the last id.
    else if (edge.activityIds[edge.activityIds.length - 1] !== activityId) edge.activityIds.push(activityId);
  };
  const countryNode = (code: string) => {
    const status = transferStatus(code);
    const note = COUNTRY_NOTES[status];
    return addNode({ id: nodeId.country(code), column: 'country', label: code, flagged: status === 'third_country', ...(note ? { note } : {}) });
  };
  const routeFilter = filter.systemId !== undefined || filter.recipientId !== undefined || filter.country !== undefined;

  for (const activity of activities) {
    if (activity.archivedAt !== null || activity.status === 'retired') continue;
    if (filter.activityId !== undefined && activity.id !== filter.activityId) continue;

    const categories =
      filter.categoryId === undefined ? activity.categories : activity.categories.filter((category) => category.id === filter.categoryId);
    if (filter.categoryId !== undefined && categories.length === 0) continue;

    const { routes, systemNames, recipientNames } = routesOf(activity, systemsById);
    const kept = routeFilter
      ? routes.filter(
          (route) =>
            (filter.systemId === undefined || route.system === filter.systemId) &&
            (filter.recipientId === undefined || route.recipient === filter.recipientId) &&
            (filter.country === undefined || route.country === filter.country),
        )
      : routes;
    if (routeFilter && kept.length === 0) continue;

    const activityNode = addNode({ id: nodeId.activity(activity.id), column: 'activity', label: activity.name, flagged: false });
    for (const category of categories) {
      const notes = [category.special ? 'Special-category data (Art. 9)' : '', category.criminal ? 'Criminal-offence data (Art. 10)' : ''].filter(Boolean);
      const from = addNode({
        id: nodeId.category(category.id),
        column: 'category',
        label: category.name,
        flagged: category.special || category.criminal,
        ...(notes.length ? { note: notes.join('; ') } : {}),
      });
      addEdge(from, activityNode, activity.id);
    }
    for (const route of kept) {
      let last = activityNode;
      if (route.system !== undefined) {
        const label = systemNames.get(route.system) ?? `System ${route.system}`;
        last = addNode({ id: nodeId.system(route.system), column: 'system', label, flagged: false });
        addEdge(activityNode, last, activity.id);
      } else if (route.recipient !== undefined) {
        const label = recipientNames.get(route.recipient) ?? `Recipient ${route.recipient}`;
        last = addNode({ id: nodeId.recipient(route.recipient), column: 'recipient', label, flagged: false });
        addEdge(activityNode, last, activity.id);
      }
      if (route.country !== undefined) addEdge(last, countryNode(route.country), activity.id);
    }
  }

  return sortMap([...nodes.values()], [...edges.values()]);
}

/** The routes of one activity, each once, and the names of its systems and recipients (from the records, else the links or transfers). */
function routesOf(activity: Activity, systemsById: ReadonlyMap<number, System>) {
  const routes: Route[] = [];
  const seen = new Set<string>();
  const push = (route: Route) => {
    const key = `${route.system ?? ''}|${route.recipient ?? ''}|${route.country ?? ''}`;
    if (seen.has(key)) return;
    seen.add(key);
    routes.push(route);
  };

  const systemNames = new Map<number, string>();
  for (const link of activity.systems) {
    const system = systemsById.get(link.id);
    systemNames.set(link.id, system?.name ?? link.name);
    const hosting = system?.hostingCountries ?? [];
    if (hosting.length === 0) push({ system: link.id });
    for (const country of hosting) push({ system: link.id, country });
  }

  const recipientNames = new Map<number, string>();
  for (const recipient of activity.recipients) recipientNames.set(recipient.id, recipient.name);
  const transferCountries = new Map<number, string[]>();
  for (const transfer of activity.transfers) {
    if (transfer.recipientId === null) {
      push({ country: transfer.country });
      continue;
    }
    if (!recipientNames.has(transfer.recipientId)) recipientNames.set(transfer.recipientId, transfer.recipientName ?? `Recipient ${transfer.recipientId}`);
    const list = transferCountries.get(transfer.recipientId) ?? [];
    list.push(transfer.country);
    transferCountries.set(transfer.recipientId, list);
  }
  for (const id of recipientNames.keys()) {
    const countries = transferCountries.get(id) ?? [];
    if (countries.length === 0) push({ recipient: id });
    for (const country of countries) push({ recipient: id, country });
  }
  return { routes, systemNames, recipientNames };
}

const collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true });
const COLUMN_ORDER = new Map(DATA_MAP_COLUMNS.map((column, index) => [column, index]));

function sortMap(nodes: DataMapNode[], edges: (DataMapEdge & { activityIds: number[] })[]): DataMap {
  for (const edge of edges) edge.activityIds.sort((a, b) => a - b);
  nodes.sort(
    (a, b) =>
      (COLUMN_ORDER.get(a.column) ?? 0) - (COLUMN_ORDER.get(b.column) ?? 0) ||
      collator.compare(a.label, b.label) ||
      (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  );
  const position = new Map(nodes.map((node, index) => [node.id, index]));
  // One numeric key per edge, computed once: sorting tens of thousands of edges by two map lookups per comparison was most of the time.
  const keyed = edges.map((edge) => ({ edge, key: (position.get(edge.from) ?? 0) * nodes.length + (position.get(edge.to) ?? 0) }));
  keyed.sort((a, b) => a.key - b.key);
  return { nodes, edges: keyed.map((k) => k.edge) };
}
