/**
 * The data map's types (derived from the contract through the typed client), its columns, and the
 * pure parts of the picture: which boxes fit, where they go, and which paths a box lies on.
 */
import { type CallInput, type CallOutput, dataMapEdges } from '../../app/api';

/** The map as the main process sends it: its edges packed as pairs of node positions. */
export type DataMapAnswer = CallOutput<'inventory.dataMap'>;
export type DataMapNode = DataMapAnswer['nodes'][number];
export type DataMapEdge = ReturnType<typeof dataMapEdges>[number];
export type DataMapColumn = DataMapNode['column'];

/** The map as the screens read it: each edge an object naming its ends. */
export interface DataMap {
  nodes: DataMapNode[];
  edges: DataMapEdge[];
}

export const unpackMap = (answer: DataMapAnswer): DataMap => ({ nodes: answer.nodes, edges: dataMapEdges(answer) });
export type DataMapFilter = CallInput<'inventory.dataMap'>;

type IdFilterKey = 'categoryId' | 'activityId' | 'systemId' | 'recipientId';

export interface ColumnInfo {
  column: DataMapColumn;
  /** Column heading and filter label. */
  title: string;
  /** "data category": in sentences and accessible names. */
  singular: string;
  plural: string;
  filterKey: IdFilterKey | 'country';
  /** The column's share of the width: activity names run longer than country names. */
  weight: number;
}

export const COLUMNS: readonly ColumnInfo[] = [
  { column: 'category', title: 'Data categories', singular: 'data category', plural: 'data categories', filterKey: 'categoryId', weight: 1.1 },
  { column: 'activity', title: 'Activities', singular: 'activity', plural: 'activities', filterKey: 'activityId', weight: 1.25 },
  { column: 'system', title: 'Systems', singular: 'system', plural: 'systems', filterKey: 'systemId', weight: 1.05 },
  { column: 'recipient', title: 'Recipients', singular: 'recipient', plural: 'recipients', filterKey: 'recipientId', weight: 1.1 },
  { column: 'country', title: 'Countries', singular: 'country', plural: 'countries', filterKey: 'country', weight: 0.9 },
];

export const COLUMN_INFO = Object.fromEntries(COLUMNS.map((info) => [info.column, info])) as Record<DataMapColumn, ColumnInfo>;

// ---------------------------------------------------------------------------------------------
// Labels

let regionNames: Intl.DisplayNames | null | undefined;

/** "Germany" for DE; the code itself when the runtime does not know it. */
export function countryName(code: string): string {
  if (regionNames === undefined) {
    try {
      regionNames = new Intl.DisplayNames(['en'], { type: 'region' });
    } catch {
      regionNames = null;
    }
  }
  try {
    return regionNames?.of(code) ?? code;
  } catch {
    return code;
  }
}

/** What a person reads for a node: the record's name, or a country's name. */
export function displayLabel(node: DataMapNode): string {
  return node.column === 'country' ? countryName(node.label) : node.label;
}

/** "Health, data category (special-category data (Art. 9))". */
export function describeNode(node: DataMapNode): string {
  const note = node.note ? `: ${node.note}` : '';
  return `${displayLabel(node)}, ${COLUMN_INFO[node.column].singular}${note}`;
}

// ---------------------------------------------------------------------------------------------
// Filters

/** The filter that shows only the paths through one node. */
export function filterForNode(node: DataMapNode): DataMapFilter {
  const info = COLUMN_INFO[node.column];
  const key = node.id.slice(node.id.indexOf(':') + 1);
  if (info.filterKey === 'country') return { country: key };
  const id = Number(key);
  return Number.isInteger(id) ? { [info.filterKey]: id } : {};
}

/** The node id a filter part points at, e.g. categoryId 12 -> "category:12". */
export function filterNodeId(column: DataMapColumn, filter: DataMapFilter): string | null {
  const value = filter[COLUMN_INFO[column].filterKey];
  return value === undefined || value === null ? null : `${column}:${value}`;
}

/** The filter with one column's part set (from a node id) or removed (null). */
export function withFilterPart(filter: DataMapFilter, column: DataMapColumn, nodeId: string | null): DataMapFilter {
  const { filterKey } = COLUMN_INFO[column];
  const next: DataMapFilter = { ...filter };
  delete next[filterKey];
  if (nodeId === null) return next;
  const key = nodeId.slice(nodeId.indexOf(':') + 1);
  if (filterKey === 'country') next.country = key;
  else next[filterKey] = Number(key);
  return next;
}

export function activeFilterColumns(filter: DataMapFilter): DataMapColumn[] {
  return COLUMNS.filter((info) => filter[info.filterKey] !== undefined).map((info) => info.column);
}

export function sameFilter(a: DataMapFilter, b: DataMapFilter): boolean {
  return COLUMNS.every((info) => a[info.filterKey] === b[info.filterKey]);
}

// ---------------------------------------------------------------------------------------------
// Tracing: the paths a node lies on

export const edgeKey = (edge: { from: string; to: string }) => `${edge.from}>${edge.to}`;

export interface Trace {
  nodes: ReadonlySet<string>;
  edges: ReadonlySet<string>;
}

export interface MapIndex {
  nodes: ReadonlyMap<string, DataMapNode>;
  /** The edges of each activity's own paths. */
  byActivity: ReadonlyMap<number, DataMapEdge[]>;
  /** Every edge touching a node. */
  incident: ReadonlyMap<string, DataMapEdge[]>;
}

const ACTIVITY_PREFIX = 'activity:';

/** The activities whose paths use an edge: those it names, else the activity at one of its ends. */
function activitiesOf(edge: DataMapEdge): readonly number[] {
  if (edge.activityIds) return edge.activityIds;
  const end = edge.from.startsWith(ACTIVITY_PREFIX) ? edge.from : edge.to;
  return end.startsWith(ACTIVITY_PREFIX) ? [Number(end.slice(ACTIVITY_PREFIX.length))] : [];
}

export function indexMap(map: DataMap): MapIndex {
  const nodes = new Map(map.nodes.map((node) => [node.id, node]));
  const byActivity = new Map<number, DataMapEdge[]>();
  const incident = new Map<string, DataMapEdge[]>();
  const push = <K>(into: Map<K, DataMapEdge[]>, key: K, edge: DataMapEdge) => {
    const list = into.get(key);
    if (list) list.push(edge);
    else into.set(key, [edge]);
  };
  for (const edge of map.edges) {
    push(incident, edge.from, edge);
    push(incident, edge.to, edge);
    for (const id of activitiesOf(edge)) push(byActivity, id, edge);
  }
  return { nodes, byActivity, incident };
}

/**
 * The nodes and edges on any path through `nodeId`. Paths are followed within each activity, so a
 * recipient that one activity sends abroad does not make another activity look as if it did too.
 */
export function traceNode(index: MapIndex, nodeId: string): Trace {
  const nodes = new Set<string>([nodeId]);
  const edges = new Set<string>();
  const activities = new Set<number>();
  for (const edge of index.incident.get(nodeId) ?? []) for (const id of activitiesOf(edge)) activities.add(id);
  for (const activityId of activities) pathsThrough(nodeId, index.byActivity.get(activityId) ?? [], nodes, edges);
  return { nodes, edges };
}

/** Adds to `nodes` and `edges` everything upstream and downstream of `start` in `graph`, and the edges between. */
function pathsThrough(start: string, graph: readonly DataMapEdge[], nodes: Set<string>, edges: Set<string>): void {
  const out = new Map<string, string[]>();
  const into = new Map<string, string[]>();
  const link = (links: Map<string, string[]>, a: string, b: string) => {
    const list = links.get(a);
    if (list) list.push(b);
    else links.set(a, [b]);
  };
  for (const edge of graph) {
    link(out, edge.from, edge.to);
    link(into, edge.to, edge.from);
  }
  const reach = (links: Map<string, string[]>) => {
    const seen = new Set<string>([start]);
    const queue = [start];
    for (let next = queue.pop(); next !== undefined; next = queue.pop()) {
      for (const other of links.get(next) ?? []) {
        if (!seen.has(other)) {
          seen.add(other);
          queue.push(other);
        }
      }
    }
    return seen;
  };
  const up = reach(into);
  const down = reach(out);
  for (const edge of graph) {
    if ((up.has(edge.from) && up.has(edge.to)) || (down.has(edge.from) && down.has(edge.to))) {
      edges.add(edgeKey(edge));
      nodes.add(edge.from);
      nodes.add(edge.to);
    }
  }
}

// ---------------------------------------------------------------------------------------------
// Layout

export const ROW_HEIGHT = 28;
export const ROW_GAP = 8;
export const TOP = 8;
/** Rows shown per column before "+N more"; each "more" adds this many again. */
export const ROW_STEP = 40;
export const MIN_WIDTH = 720;
/** Columns are centred against at most this many rows. */
const CENTRE_ROWS = 14;

export type Caps = Record<DataMapColumn, number>;
export const DEFAULT_CAPS: Caps = { category: ROW_STEP, activity: ROW_STEP, system: ROW_STEP, recipient: ROW_STEP, country: ROW_STEP };

export interface Box {
  /** The node id, or "more:<column>" for the box standing for the hidden rest of a column. */
  id: string;
  column: DataMapColumn;
  x: number;
  y: number;
  width: number;
  height: number;
  /** The node drawn, absent for a "more" box. */
  node?: DataMapNode;
  /** For a "more" box: the nodes it stands for. */
  hidden?: DataMapNode[];
}

export interface Link {
  key: string;
  from: Box;
  to: Box;
  /** Cubic Bézier from the right edge of `from` to the left edge of `to`. */
  d: string;
  /** A transfer straight from the activity to a country, with no recipient named: drawn dashed. */
  direct: boolean;
  /** The map's edges this line stands for (several when it ends at a "more" box). */
  edges: DataMapEdge[];
}

export interface ColumnLayout {
  info: ColumnInfo;
  x: number;
  width: number;
  total: number;
  shown: number;
}

export interface Layout {
  width: number;
  height: number;
  columns: ColumnLayout[];
  boxes: Box[];
  links: Link[];
}

/**
 * Places the map in `width` pixels: five columns as wide as their weight, each at most `caps[column]`
 * rows (flagged nodes first when a column is cut, so nothing that needs attention hides behind
 * "+N more"), short columns centred vertically against the longest (or, in a tall map, against its
 * first screenful). The gap between columns is just wide enough for the curves, so names get the rest.
 */
export function layoutMap(map: DataMap, width: number, caps: Caps): Layout {
  const unit = width / COLUMNS.reduce((sum, info) => sum + info.weight, 0);
  const gap = Math.max(32, Math.min(64, width * 0.042));
  const byColumn = new Map<DataMapColumn, DataMapNode[]>(COLUMNS.map((info) => [info.column, []]));
  for (const node of map.nodes) byColumn.get(node.column)?.push(node);

  const picked = COLUMNS.map((info) => {
    const nodes = byColumn.get(info.column) ?? [];
    const cap = caps[info.column];
    if (nodes.length <= cap) return { info, visible: nodes, hidden: [] as DataMapNode[] };
    const keep = new Set<DataMapNode>();
    for (const node of nodes) if (node.flagged && keep.size < cap) keep.add(node);
    for (const node of nodes) if (!keep.has(node) && keep.size < cap) keep.add(node);
    return { info, visible: nodes.filter((node) => keep.has(node)), hidden: nodes.filter((node) => !keep.has(node)) };
  });
  const rowsOf = (p: (typeof picked)[number]) => p.visible.length + (p.hidden.length > 0 ? 1 : 0);
  const maxRows = Math.max(1, ...picked.map(rowsOf));
  const pitch = ROW_HEIGHT + ROW_GAP;

  const boxes: Box[] = [];
  const where = new Map<string, Box>();
  const columns: ColumnLayout[] = [];
  let columnX = 0;
  picked.forEach((p) => {
    const columnWidth = unit * p.info.weight;
    const boxWidth = columnWidth - gap;
    const x = columnX + gap / 2;
    // Centred against the longest column while the map fits a screen; in a tall map short columns stay near the top.
    const offset = (Math.max(0, Math.min(maxRows, CENTRE_ROWS) - rowsOf(p)) * pitch) / 2;
    columns.push({ info: p.info, x: columnX, width: columnWidth, total: p.visible.length + p.hidden.length, shown: p.visible.length });
    columnX += columnWidth;
    p.visible.forEach((node, row) => {
      const box: Box = { id: node.id, column: node.column, x, y: TOP + offset + row * pitch, width: boxWidth, height: ROW_HEIGHT, node };
      boxes.push(box);
      where.set(node.id, box);
    });
    if (p.hidden.length > 0) {
      const box: Box = {
        id: `more:${p.info.column}`,
        column: p.info.column,
        x,
        y: TOP + offset + p.visible.length * pitch,
        width: boxWidth,
        height: ROW_HEIGHT,
        hidden: p.hidden,
      };
      boxes.push(box);
      for (const node of p.hidden) where.set(node.id, box);
    }
  });

  const links = new Map<string, Link>();
  for (const edge of map.edges) {
    const from = where.get(edge.from);
    const to = where.get(edge.to);
    if (!from || !to) continue;
    const key = `${from.id}>${to.id}`;
    const existing = links.get(key);
    if (existing) {
      existing.edges.push(edge);
      continue;
    }
    const x1 = from.x + from.width;
    const y1 = from.y + from.height / 2;
    const x2 = to.x;
    const y2 = to.y + to.height / 2;
    const bend = Math.max(24, (x2 - x1) / 2);
    const d = `M${round(x1)},${round(y1)} C${round(x1 + bend)},${round(y1)} ${round(x2 - bend)},${round(y2)} ${round(x2)},${round(y2)}`;
    links.set(key, { key, from, to, d, direct: from.column === 'activity' && to.column === 'country', edges: [edge] });
  }

  return { width, height: TOP * 2 + maxRows * pitch - ROW_GAP, columns, boxes, links: [...links.values()] };
}

const round = (n: number) => Math.round(n * 10) / 10;

// ---------------------------------------------------------------------------------------------
// Text that fits a box

let measure: CanvasRenderingContext2D | null | undefined;

/** The label cut with an ellipsis to fit `maxWidth` pixels at the picture's font. */
export function fitText(text: string, maxWidth: number, font: string): string {
  if (measure === undefined) {
    try {
      measure = document.createElement('canvas').getContext('2d');
    } catch {
      measure = null;
    }
  }
  const widthOf = (s: string) => {
    if (!measure) return s.length * 6.8;
    measure.font = font;
    return measure.measureText(s).width;
  };
  if (widthOf(text) <= maxWidth) return text;
  let low = 0;
  let high = text.length;
  while (low < high) {
    const mid = Math.ceil((low + high) / 2);
    if (widthOf(`${text.slice(0, mid).trimEnd()}…`) <= maxWidth) low = mid;
    else high = mid - 1;
  }
  return low === 0 ? '…' : `${text.slice(0, low).trimEnd()}…`;
}
