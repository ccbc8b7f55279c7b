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

/** An edge as a screen reads it (see `dataMapEdges`). */
export interface DataMapEdge {
  from: string;
  to: string;
  /** As in DataMap's `shared`: absent on an edge with an activity at one end. */
  activityIds?: number[];
}

export interface DataMap {
  nodes: DataMapNode[];
  /**
   * The edges, two numbers each: the positions in `nodes` of its start and of its end, by start,
   * then end. Flat, because a large inventory's map has tens of thousands of edges (51,300 for
   * 5,000 activities), which as objects took longer to make, collect and send than to find.
   */
  edges: number[];
  /**
   * The edges from a system or a recipient to a country (by number: edge n is at 2n in `edges`),
   * with the activities whose paths use them, ascending: a system or a recipient is shared by many
   * activities, so a screen tracing one activity's paths follows only the edges that carry its id.
   * Every other edge has an activity at one end and is that activity's alone.
   */
  shared: { edge: number; activityIds: number[] }[];
}

/** The edges as objects, with their ends' node ids. */
export function dataMapEdges(map: DataMap): DataMapEdge[] {
  const shared = new Map(map.shared.map(({ edge, activityIds }) => [edge, activityIds]));
  const edges: DataMapEdge[] = [];
  for (let edge = 0; 2 * edge < map.edges.length; edge++) {
    const from = map.nodes[map.edges[2 * edge]!]!.id;
    const to = map.nodes[map.edges[2 * edge + 1]!]!.id;
    const activityIds = shared.get(edge);
    edges.push(activityIds ? { from, to, activityIds } : { from, to });
  }
  return edges;
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

/** What the map reads of an activity: its name, and where its data comes from and goes. */
export type MapActivity = Pick<Activity, 'id' | 'name' | 'archivedAt' | 'status' | 'categories' | 'systems' | 'recipients'> & {
  transfers: readonly Pick<Activity['transfers'][number], 'country' | 'recipientId' | 'recipientName'>[];
};

/** What the map reads of a system: its name and hosting countries. */
export type MapSystem = Pick<System, 'id' | 'name' | 'hostingCountries'>;

/**
 * Where the data of one activity can end: a system (and one of its hosting countries), a recipient
 * (and one country the activity transfers to through it), or a country the activity transfers to
 * directly. Every path of the map is one of the activity's categories (or none), the activity, and
 * one of these routes. A route may come twice (a transfer repeated): its nodes and edges are made once.
 */
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
export function buildDataMap(activities: readonly MapActivity[], systems: readonly MapSystem[], filter: DataMapFilter): DataMap {
  const systemsById = new Map<number, MapSystem>();
  for (const system of systems) systemsById.set(system.id, system);

  // Nodes are made once per record and known by their position; edges are numbered, their ends and
  // activities kept in arrays by number. A node is looked up before anything is made for it: most
  // visits find it placed. An edge at an activity is made while that activity is visited and only
  // then, so a repeat is told by a mark on the node at its other end (the last activity joined to
  // it): tens of thousands of them need no index. The few edges from a system or a recipient to a
  // country, which many activities share, are found from their start by their end.
  const nodes: DataMapNode[] = [];
  const joinedTo: number[] = [];
  const outgoing: (Map<number, number> | undefined)[] = [];
  const edges: Edges = { from: [], to: [], activityIds: new Map() };
  const placed = { category: new Map<number, number>(), activity: new Map<number, number>(), system: new Map<number, number>(), recipient: new Map<number, number>() };
  const countries = new Map<string, number>();
  const add = <K>(index: Map<K, number>, key: K, node: DataMapNode) => {
    const at = nodes.push(node) - 1;
    index.set(key, at);
    return at;
  };
  const pushEdge = (from: number, to: number) => {
    edges.from.push(from);
    edges.to.push(to);
  };
  /** The edge between `activity` and `other` (a category before it, a system, recipient or country after it). */
  const joinActivity = (activity: number, other: number, otherFirst: boolean) => {
    if (joinedTo[other] === activity) return;
    joinedTo[other] = activity;
    if (otherFirst) pushEdge(other, activity);
    else pushEdge(activity, other);
  };
  const shareEdge = (from: number, to: number, activityId: number) => {
    let leaving = outgoing[from];
    if (!leaving) outgoing[from] = leaving = new Map();
    const edge = leaving.get(to);
    if (edge === undefined) {
      leaving.set(to, edges.from.length);
      edges.activityIds.set(edges.from.length, [activityId]);
      pushEdge(from, to);
      return;
    }
    // Activities are visited one at a time, so a repeat from the same one is always the last id.
    const ids = edges.activityIds.get(edge)!;
    if (ids[ids.length - 1] !== activityId) ids.push(activityId);
  };
  const categoryNode = (category: MapActivity['categories'][number]) => placed.category.get(category.id) ?? add(placed.category, category.id, categoryNodeOf(category));
  const countryNode = (code: string) => countries.get(code) ?? add(countries, code, countryNodeOf(code));
  const systemNode = (id: number, label: string) =>
    placed.system.get(id) ?? add(placed.system, id, { id: nodeId.system(id), column: 'system', label, flagged: false });
  const recipientNode = (id: number, label: string) =>
    placed.recipient.get(id) ?? add(placed.recipient, id, { id: nodeId.recipient(id), column: 'recipient', label, flagged: false });

  const routeFilter = filter.systemId !== undefined || filter.recipientId !== undefined || filter.country !== undefined;
  const passes: Visit = (system, recipient, country) =>
    (filter.systemId === undefined || system === filter.systemId) &&
    (filter.recipientId === undefined || recipient === filter.recipientId) &&
    (filter.country === undefined || country === filter.country);

  for (const activity of activities) {
    if (activity.archivedAt !== null || activity.status === 'retired') continue;
    if (filter.activityId !== undefined && activity.id !== filter.activityId) continue;

    const categories =
      filter.categoryId === undefined ? activity.categories : activity.categories.filter((category) => category.id === filter.categoryId);
    if (filter.categoryId !== undefined && categories.length === 0) continue;
    if (routeFilter && !someRoute(activity, systemsById, passes)) continue;

    const activityId = activity.id;
    const activityNode =
      placed.activity.get(activityId) ?? add(placed.activity, activityId, { id: nodeId.activity(activityId), column: 'activity', label: activity.name, flagged: false });
    for (const category of categories) joinActivity(activityNode, categoryNode(category), true);
    someRoute(activity, systemsById, (system, recipient, country, label) => {
      if (routeFilter && !passes(system, recipient, country, label)) return false;
      const through = system !== undefined ? systemNode(system, label!) : recipient !== undefined ? recipientNode(recipient, label!) : null;
      if (through !== null) joinActivity(activityNode, through, false);
      if (country === undefined) return false;
      if (through === null) joinActivity(activityNode, countryNode(country), false);
      else shareEdge(through, countryNode(country), activityId);
      return false;
    });
  }

  return sortMap(nodes, edges);
}

function categoryNodeOf(category: MapActivity['categories'][number]): DataMapNode {
  const notes = [category.special ? 'Special-category data (Art. 9)' : '', category.criminal ? 'Criminal-offence data (Art. 10)' : ''].filter(Boolean);
  return {
    id: nodeId.category(category.id),
    column: 'category',
    label: category.name,
    flagged: category.special || category.criminal,
    ...(notes.length ? { note: notes.join('; ') } : {}),
  };
}

function countryNodeOf(code: string): DataMapNode {
  const status = transferStatus(code);
  const note = COUNTRY_NOTES[status];
  return { id: nodeId.country(code), column: 'country', label: code, flagged: status === 'third_country', ...(note ? { note } : {}) };
}

/** One route: its system or recipient (with its name, for its node), and its country; true stops the walk. */
type Visit = (system: number | undefined, recipient: number | undefined, country: string | undefined, label: string | undefined) => boolean;

/**
 * Walks the routes of one activity until `visit` says stop; true if it did. The names of systems and
 * recipients come from the records, else the links or transfers. The routes: each system with each
 * hosting country (or none); each recipient, listed or named by a transfer, with each country the
 * activity transfers to through it (or none); and each country transferred to directly.
 */
function someRoute(activity: MapActivity, systemsById: ReadonlyMap<number, MapSystem>, visit: Visit): boolean {
  for (const link of activity.systems) {
    const system = systemsById.get(link.id);
    const label = system?.name ?? link.name;
    const hosting = system?.hostingCountries ?? [];
    if (hosting.length === 0 && visit(link.id, undefined, undefined, label)) return true;
    for (const country of hosting) if (visit(link.id, undefined, country, label)) return true;
  }
  const { transfers, recipients } = activity;
  for (const { id, name } of recipients) {
    let through = false;
    for (const transfer of transfers) {
      if (transfer.recipientId !== id) continue;
      through = true;
      if (visit(undefined, id, transfer.country, name)) return true;
    }
    if (!through && visit(undefined, id, undefined, name)) return true;
  }
  for (const { recipientId, country, recipientName } of transfers) {
    if (recipientId === null) {
      if (visit(undefined, undefined, country, undefined)) return true;
    } else if (!recipients.some((r) => r.id === recipientId) && visit(undefined, recipientId, country, recipientName ?? `Recipient ${recipientId}`)) return true;
  }
  return false;
}

const collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true });
const COLUMN_ORDER = new Map(DATA_MAP_COLUMNS.map((column, index) => [column, index]));

/** The edges found, by number: their ends' node positions, and the activities of those a system or recipient shares. */
interface Edges {
  from: number[];
  to: number[];
  /** Only of the edges past the activities: every other edge is at its activity. */
  activityIds: Map<number, number[]>;
}

/** Nodes by column, then label, then id; edges by their ends' positions in that order. */
function sortMap(nodes: DataMapNode[], edges: Edges): DataMap {
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
  // Edges dealt by their start's rank (counted, then placed), then each start's few sorted by their
  // end's rank: no comparison sort over all of them.
  const count = edges.from.length;
  const groupEnd = new Int32Array(nodes.length + 1);
  for (let edge = 0; edge < count; edge++) groupEnd[rank[edges.from[edge]!]! + 1]! += 1;
  for (let start = 1; start <= nodes.length; start++) groupEnd[start]! += groupEnd[start - 1]!;
  const byStart = new Int32Array(count);
  const placed = groupEnd.slice(0, nodes.length);
  for (let edge = 0; edge < count; edge++) byStart[placed[rank[edges.from[edge]!]!]!++] = edge;
  const endRank = (edge: number) => rank[edges.to[edge]!]!;
  // Made at its size and filled: pushed, 100,000 numbers left three times their size in garbage.
  const flat = new Array<number>(2 * count);
  const shared: DataMap['shared'] = [];
  for (let start = 0; start < nodes.length; start++) {
    const first = groupEnd[start]!;
    const end = groupEnd[start + 1]!;
    if (!inOrder(byStart, first, end, endRank)) byStart.subarray(first, end).sort((a, b) => endRank(a) - endRank(b));
    for (let at = first; at < end; at++) {
      const edge = byStart[at]!;
      const activityIds = edges.activityIds.get(edge);
      if (activityIds) shared.push({ edge: at, activityIds: ascending(activityIds) });
      flat[2 * at] = start;
      flat[2 * at + 1] = endRank(edge);
    }
  }
  return { nodes: order.map((index) => nodes[index]!), edges: flat, shared };
}

/** Whether the edges from `first` to `end` of `edges` already go by their end's rank (an activity's do, as made). */
function inOrder(edges: Int32Array, first: number, end: number, endRank: (edge: number) => number): boolean {
  for (let at = first + 1; at < end; at++) if (endRank(edges[at - 1]!) > endRank(edges[at]!)) return false;
  return true;
}

/** Sorted in place, unless it already is (activities come by name, their ids often in the same order). */
function ascending(ids: number[]): number[] {
  for (let i = 1; i < ids.length; i++) if (ids[i - 1]! > ids[i]!) return ids.sort((a, b) => a - b);
  return ids;
}

