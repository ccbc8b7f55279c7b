import { describe, expect, it } from 'vitest';
import { buildDataMap, DATA_MAP_COLUMNS, type DataMap, dataMapEdges, type DataMapFilter } from './data-map';
import type { Activity, System } from './records';

const stamps = { archivedAt: null, createdAt: '2026-01-01T00:00:00.000Z', updatedAt: '2026-01-01T00:00:00.000Z' };

type Category = Activity['categories'][number];
const category = (id: number, name: string, marks: Partial<Category> = {}): Category => ({ id, name, special: false, criminal: false, sensitive: false, ...marks });
const bank = category(1, 'Bank account');
const health = category(2, 'Health', { special: true, sensitive: true });
const email = category(3, 'Email address');
const convictions = category(4, 'Convictions', { criminal: true });

type Transfer = Activity['transfers'][number];
const transfer = (country: string, recipientId: number | null = null, recipientName: string | null = null): Transfer => ({
  country,
  recipientId,
  recipientName,
  mechanism: 'scc',
  documentation: '',
});

function activity(id: number, name: string, rest: Partial<Activity>): Activity {
  return {
    id,
    ...stamps,
    name,
    description: '',
    owner: '',
    status: 'active',
    role: 'controller',
    controllerFor: '',
    purposes: [],
    specialCondition: null,
    categories: [],
    subjects: [],
    sources: [],
    sourceDetail: '',
    systems: [],
    recipients: [],
    noRecipients: false,
    transfers: [],
    retention: { period: null, unit: null, trigger: '', deletion: '' },
    securityMeasures: '',
    sold: false,
    sharedForAds: false,
    dpia: 'not_assessed',
    dpiaReason: '',
    lastReviewedOn: null,
    ...rest,
  };
}

function system(id: number, name: string, hostingCountries: string[]): System {
  return {
    id,
    ...stamps,
    name,
    kind: 'application',
    owner: '',
    description: '',
    hostingCountries,
    processorId: null,
    processorName: null,
    securityMeasures: '',
    activityCount: 0,
  };
}

const SYSTEMS = [system(10, 'HR suite', ['DE']), system(11, 'Paper files', []), system(12, 'Mailer', ['US', 'IE']), system(13, 'Old CRM', ['CN'])];

const ACTIVITIES = [
  activity(1, 'Payroll', {
    categories: [bank, health],
    systems: [
      { id: 10, name: 'HR suite' },
      { id: 11, name: 'Paper files' },
    ],
    recipients: [
      { id: 20, name: 'Tax office', kind: 'authority' },
      { id: 21, name: 'Payroll Inc', kind: 'processor' },
    ],
    transfers: [transfer('IN', 21, 'Payroll Inc')],
  }),
  activity(2, 'Newsletter', {
    categories: [email],
    systems: [{ id: 12, name: 'Mailer' }],
    recipients: [{ id: 22, name: 'Ad network', kind: 'advertising_partner' }],
    transfers: [transfer('US')],
  }),
  activity(3, 'Background checks', {
    categories: [bank, convictions],
    systems: [{ id: 10, name: 'HR suite' }],
    recipients: [{ id: 21, name: 'Payroll Inc', kind: 'processor' }],
    // A transfer through a recipient the activity does not list: the map still shows the path.
    transfers: [transfer('CN', 23, 'Checks Ltd')],
  }),
  activity(4, 'Old marketing', { status: 'retired', categories: [category(5, 'Retired only')], systems: [{ id: 13, name: 'Old CRM' }] }),
  activity(5, 'Archived', { archivedAt: '2026-02-01T00:00:00.000Z', categories: [category(6, 'Archived only')], transfers: [transfer('RU')] }),
];

const map = (filter: DataMapFilter = {}, activities = ACTIVITIES) => buildDataMap(activities, SYSTEMS, filter);
const ids = (m: DataMap) => m.nodes.map((node) => node.id);
const edges = (m: DataMap) => dataMapEdges(m).map((edge) => `${edge.from} > ${edge.to}`);

describe('buildDataMap without a filter', () => {
  const full = map();

  it('draws every active activity, in column order and then by label', () => {
    expect(ids(full)).toEqual([
      'category:1', // Bank account
      'category:4', // Convictions
      'category:3', // Email address
      'category:2', // Health
      'activity:3', // Background checks
      'activity:2', // Newsletter
      'activity:1', // Payroll
      'system:10', // HR suite
      'system:12', // Mailer
      'system:11', // Paper files
      'recipient:22', // Ad network
      'recipient:23', // Checks Ltd
      'recipient:21', // Payroll Inc
      'recipient:20', // Tax office
      'country:CN',
      'country:DE',
      'country:IE',
      'country:IN',
      'country:US',
    ]);
    expect(full.nodes.find((node) => node.id === 'recipient:23')?.label).toBe('Checks Ltd');
    expect(full.nodes.find((node) => node.id === 'country:US')).toMatchObject({ column: 'country', label: 'US' });
  });

  it('links categories to activities, activities to systems and recipients, and those to countries', () => {
    expect(edges(full)).toEqual([
      'category:1 > activity:3',
      'category:1 > activity:1',
      'category:4 > activity:3',
      'category:3 > activity:2',
      'category:2 > activity:1',
      'activity:3 > system:10',
      'activity:3 > recipient:23',
      'activity:3 > recipient:21',
      'activity:2 > system:12',
      'activity:2 > recipient:22',
      // A transfer without a recipient goes straight from the activity to the country.
      'activity:2 > country:US',
      'activity:1 > system:10',
      'activity:1 > system:11',
      'activity:1 > recipient:21',
      'activity:1 > recipient:20',
      'system:10 > country:DE',
      'system:12 > country:IE',
      'system:12 > country:US',
      'recipient:23 > country:CN',
      'recipient:21 > country:IN',
    ]);
  });

  it('says on each edge past the activities which activities use it; an edge at an activity is its own', () => {
    const via = new Map(dataMapEdges(full).map((edge) => [`${edge.from} > ${edge.to}`, edge.activityIds]));
    expect(via.get('system:10 > country:DE')).toEqual([1, 3]);
    // Only Payroll sends data to Payroll Inc in India.
    expect(via.get('recipient:21 > country:IN')).toEqual([1]);
    for (const edge of ['category:1 > activity:3', 'activity:1 > system:10', 'activity:2 > country:US']) {
      expect(via.has(edge), edge).toBe(true);
      expect(via.get(edge), edge).toBeUndefined();
    }
  });

  it('leaves out retired and archived activities and whatever only they use', () => {
    expect(ids(full).filter((id) => ['activity:4', 'activity:5', 'category:5', 'category:6', 'system:13', 'country:RU'].includes(id))).toEqual([]);
  });

  it('flags special-category and criminal data and countries without adequacy, and says why', () => {
    expect(full.nodes.filter((node) => node.flagged).map((node) => node.id)).toEqual(['category:4', 'category:2', 'country:CN', 'country:IN']);
    const byId = new Map(full.nodes.map((node) => [node.id, node]));
    expect(byId.get('category:2')?.note).toContain('Art. 9');
    expect(byId.get('category:4')?.note).toContain('Art. 10');
    expect(byId.get('country:CN')?.note).toContain('No adequacy decision');
    expect(byId.get('country:US')).toMatchObject({ flagged: false });
    expect(byId.get('country:US')?.note).toContain('certified');
    expect(byId.get('country:DE')?.note).toBeUndefined();
  });

  it('has no duplicate nodes or edges, and every edge joins two nodes of the map, left to right', () => {
    const doubled = ACTIVITIES.map((a) => ({
      ...a,
      categories: [...a.categories, ...a.categories],
      systems: [...a.systems, ...a.systems],
      recipients: [...a.recipients, ...a.recipients],
      transfers: [...a.transfers, ...a.transfers],
    }));
    for (const m of [full, map({}, doubled)]) {
      expect(new Set(ids(m)).size).toBe(m.nodes.length);
      expect(new Set(edges(m)).size).toBe(m.edges.length / 2);
      const column = new Map(m.nodes.map((node) => [node.id, DATA_MAP_COLUMNS.indexOf(node.column)]));
      for (const edge of dataMapEdges(m)) expect(column.get(edge.from)).toBeLessThan(column.get(edge.to) ?? -1);
    }
    expect(map({}, doubled)).toEqual(full);
    // Filtered, the repeated routes are kept or dropped alike.
    for (const filter of [{ country: 'US' }, { systemId: 12 }, { recipientId: 22 }, { recipientId: 21, country: 'IN' }, { recipientId: 23 }, { categoryId: 2 }]) {
      expect(map(filter).edges.length).toBeGreaterThan(0);
      expect(map(filter, doubled)).toEqual(map(filter));
    }
  });

  it('is the same whatever order the records come in', () => {
    expect(buildDataMap([...ACTIVITIES].reverse(), [...SYSTEMS].reverse(), {})).toEqual(full);
  });

  it('shows an activity with nothing linked yet, and names a system from its link when the record is missing', () => {
    const bare = activity(9, 'Bare', {});
    const orphan = activity(8, 'Orphan', { systems: [{ id: 99, name: 'Unknown box' }] });
    const m = map({}, [bare, orphan]);
    expect(m.nodes).toEqual([
      { id: 'activity:9', column: 'activity', label: 'Bare', flagged: false },
      { id: 'activity:8', column: 'activity', label: 'Orphan', flagged: false },
      { id: 'system:99', column: 'system', label: 'Unknown box', flagged: false },
    ]);
    expect(edges(m)).toEqual(['activity:8 > system:99']);
  });

  it('is empty with no activities', () => {
    expect(map({}, [])).toEqual({ nodes: [], edges: [], shared: [] });
  });
});

describe('buildDataMap with a filter keeps the paths through the chosen record', () => {
  it('a category: the activities using it and everything downstream, without their other categories', () => {
    const m = map({ categoryId: 1 });
    expect(ids(m)).toEqual([
      'category:1',
      'activity:3',
      'activity:1',
      'system:10',
      'system:11',
      'recipient:23',
      'recipient:21',
      'recipient:20',
      'country:CN',
      'country:DE',
      'country:IN',
    ]);
    expect(edges(m).filter((edge) => edge.startsWith('category:'))).toEqual(['category:1 > activity:3', 'category:1 > activity:1']);
  });

  it('an activity: its categories and everything downstream of it, and no other activity’s transfers', () => {
    const m = map({ activityId: 3 });
    expect(ids(m)).toEqual(['category:1', 'category:4', 'activity:3', 'system:10', 'recipient:23', 'recipient:21', 'country:CN', 'country:DE']);
    // Payroll Inc receives Payroll's data in India, not this activity's.
    expect(edges(m)).not.toContain('recipient:21 > country:IN');
  });

  it('a system: the activities using it, their categories, the system and its hosting countries', () => {
    const m = map({ systemId: 10 });
    expect(ids(m)).toEqual(['category:1', 'category:4', 'category:2', 'activity:3', 'activity:1', 'system:10', 'country:DE']);
    expect(edges(m)).toEqual([
      'category:1 > activity:3',
      'category:1 > activity:1',
      'category:4 > activity:3',
      'category:2 > activity:1',
      'activity:3 > system:10',
      'activity:1 > system:10',
      'system:10 > country:DE',
    ]);
  });

  it('a recipient: the activities sharing with it, their categories, and where it receives the data', () => {
    const m = map({ recipientId: 21 });
    expect(ids(m)).toEqual(['category:1', 'category:4', 'category:2', 'activity:3', 'activity:1', 'recipient:21', 'country:IN']);
    expect(edges(m)).toContain('recipient:21 > country:IN');
  });

  it('a recipient named only in a transfer', () => {
    expect(ids(map({ recipientId: 23 }))).toEqual(['category:1', 'category:4', 'activity:3', 'recipient:23', 'country:CN']);
  });

  it('a country: the activities that reach it and only the routes that lead there', () => {
    const us = map({ country: 'US' });
    expect(ids(us)).toEqual(['category:3', 'activity:2', 'system:12', 'country:US']);
    expect(edges(us)).toEqual(['category:3 > activity:2', 'activity:2 > system:12', 'activity:2 > country:US', 'system:12 > country:US']);
    expect(ids(map({ country: 'IN' }))).toEqual(['category:1', 'category:2', 'activity:1', 'recipient:21', 'country:IN']);
    expect(ids(map({ country: 'DE' }))).toEqual(['category:1', 'category:4', 'category:2', 'activity:3', 'activity:1', 'system:10', 'country:DE']);
  });

  it('several filters: the paths through all of them', () => {
    expect(ids(map({ categoryId: 4, country: 'CN' }))).toEqual(['category:4', 'activity:3', 'recipient:23', 'country:CN']);
    expect(ids(map({ categoryId: 3, country: 'CN' }))).toEqual([]);
    // A path goes through a system or a recipient, never both.
    expect(map({ systemId: 10, recipientId: 21 })).toEqual({ nodes: [], edges: [], shared: [] });
  });

  it('is empty for a record no active path goes through', () => {
    for (const filter of [{ activityId: 4 }, { activityId: 5 }, { categoryId: 5 }, { systemId: 13 }, { country: 'RU' }, { recipientId: 999 }, { country: 'FR' }]) {
      expect(map(filter), JSON.stringify(filter)).toEqual({ nodes: [], edges: [], shared: [] });
    }
  });

  it('keeps the full map’s nodes and edges only: a filter never invents a path', () => {
    const full = map();
    const fullNodes = new Set(ids(full));
    const fullEdges = new Set(edges(full));
    for (const node of full.nodes) {
      const [column, key] = node.id.split(':') as [string, string];
      const filter: DataMapFilter =
        column === 'country' ? { country: key } : { [`${column}Id`]: Number(key) };
      const m = map(filter);
      expect(ids(m), node.id).toContain(node.id);
      for (const id of ids(m)) expect(fullNodes.has(id)).toBe(true);
      for (const edge of edges(m)) expect(fullEdges.has(edge)).toBe(true);
    }
  });
});

describe('buildDataMap on a large inventory', () => {
  it('builds 5,000 activities with 5 categories each', () => {
    const systems = Array.from({ length: 200 }, (_, i) => system(i + 1, `System ${i + 1}`, [['DE', 'US', 'IN', 'FR'][i % 4] as string]));
    const activities = Array.from({ length: 5000 }, (_, i) =>
      activity(i + 1, `Activity ${i + 1}`, {
        categories: Array.from({ length: 5 }, (_, k) => category(((i * 7 + k) % 400) + 1, `Category ${((i * 7 + k) % 400) + 1}`, { special: k === 0 && i % 10 === 0 })),
        systems: [{ id: (i % 200) + 1, name: '' }, { id: ((i + 1) % 200) + 1, name: '' }],
        recipients: [{ id: (i % 50) + 1, name: `Recipient ${(i % 50) + 1}`, kind: 'processor' }],
        transfers: i % 3 === 0 ? [transfer('CN', (i % 50) + 1, null)] : [],
      }),
    );
    const m = buildDataMap(activities, systems, {});
    const count = (column: string) => m.nodes.filter((node) => node.column === column).length;
    expect([count('category'), count('activity'), count('system'), count('recipient'), count('country')]).toEqual([400, 5000, 200, 50, 5]);
    expect(new Set(edges(m)).size).toBe(m.edges.length / 2);
    expect(dataMapEdges(m).filter((edge) => edge.from.startsWith('category:'))).toHaveLength(25_000);
    expect(ids(m).slice(400, 403)).toEqual(['activity:1', 'activity:2', 'activity:3']);
    expect(ids(m)[408]).toBe('activity:9');
    expect(ids(m)[409]).toBe('activity:10');
    const filtered = buildDataMap(activities, systems, { country: 'CN' });
    expect(filtered.nodes.filter((node) => node.column === 'activity')).toHaveLength(1667);
  });
});
