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

  // Nodes are made once per record and known by their position; an edge is keyed by the two
  // positions (a number): tens of thousands of paths pass the same few thousand nodes.
  const nodes: DataMapNode[] = [];
  const placed = { category: new Map<number, number>(), activity: new Map<number, number>(), system: new Map<number, number>(), recipient: new Map<number, number>() };
  const countries = new Map<string, number>();
  const place = <K>(index: Map<K, number>, key: K, make: () => DataMapNode) => {
    let at = index.get(key);
    if (at === undefined) {
      at = nodes.push(make()) - 1;
      index.set(key, at);
    }
    return at;
  };
  const EDGE_KEY_SPAN = 2 ** 26;
  const edges = new Map<number, { from: number; to: number; activityIds: number[] }>();
  const addEdge = (from: number, to: number, activityId: number) => {
    const key = from * EDGE_KEY_SPAN + to;
    const edge = edges.get(key);
    if (!edge) edges.set(key, { from, to, activityIds: [activityId] });
    // Activities are visited one at a time, so a repeat from the same one is always the last id.
    else if (edge.activityIds[edge.activityIds.length - 1] !== activityId) edge.activityIds.push(activityId);
  };
  const countryNode = (code: string) =>
    place(countries, code, () => {
      const status = transferStatus(code);
      const note = COUNTRY_NOTES[status];
      return { id: nodeId.country(code), column: 'country', label: code, flagged: status === 'third_country', ...(note ? { note } : {}) };
    });
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

    const activityNode = place(placed.activity, activity.id, () => ({ id: nodeId.activity(activity.id), column: 'activity', label: activity.name, flagged: false }));
    for (const category of categories) {
      const from = place(placed.category, category.id, () => {
        const notes = [category.special ? 'Special-category data (Art. 9)' : '', category.criminal ? 'Criminal-offence data (Art. 10)' : ''].filter(Boolean);
        return {
          id: nodeId.category(category.id),
          column: 'category',
          label: category.name,
          flagged: category.special || category.criminal,
          ...(notes.length ? { note: notes.join('; ') } : {}),
        };
      });
      addEdge(from, activityNode, activity.id);
    }
    for (const route of kept) {
      let last = activityNode;
      const { system, recipient } = route;
      if (system !== undefined) {
        last = place(placed.system, system, () => ({ id: nodeId.system(system), column: 'system', label: systemNames.get(system) ?? `System ${system}`, flagged: false }));
        addEdge(activityNode, last, activity.id);
      } else if (recipient !== undefined) {
        last = place(placed.recipient, recipient, () => ({
          id: nodeId.recipient(recipient),
          column: 'recipient',
          label: recipientNames.get(recipient) ?? `Recipient ${recipient}`,
          flagged: false,
        }));
        addEdge(activityNode, last, activity.id);
      }
      if (route.country !== undefined) addEdge(last, countryNode(route.country), activity.id);
    }
  }

  return sortMap(nodes, [...edges.values()]);
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

/** Nodes by column, then label, then id; edges by their ends' positions in that order. */
function sortMap(nodes: DataMapNode[], edges: { from: number; to: number; activityIds: number[] }[]): DataMap {
  const order = nodes.map((_, index) => index);
  order.sort((x, y) => {
    const a = nodes[x]!;
    const b = nodes[y]!;
    return (
      (COLUMN_ORDER.get(a.column) ?? 0) - (COLUMN_ORDER.get(b.column) ?? 0) ||
      collator.compare(a.label, b.label) ||
      (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)
    );
  });
  const rank = new Int32Array(nodes.length);
  order.forEach((index, sorted) => (rank[index] = sorted));
  // One numeric key per edge, computed once: sorting tens of thousands of edges by two lookups per comparison was most of the time.
  const keyed = edges.map((edge) => ({ edge, key: rank[edge.from]! * nodes.length + rank[edge.to]! }));
  keyed.sort((a, b) => a.key - b.key);
  return {
    nodes: order.map((index) => nodes[index]!),
    edges: keyed.map(({ edge }) => ({ from: nodes[edge.from]!.id, to: nodes[edge.to]!.id, activityIds: edge.activityIds.sort((a, b) => a - b) })),
  };
}
