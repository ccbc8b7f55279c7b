import { beforeAll, describe, expect, it } from 'vitest';
import type { CallName, InventoryKind, Page } from '../../contract';
import { errorOf, valueOf } from '../../../test/helpers/results';
import { useInventoryRig } from '../../../test/helpers/inventory-rig';
import type { Area } from './record-service';

const rig = useInventoryRig();

interface Stamped {
  id: number;
  name: string;
  archivedAt: string | null;
  createdAt: string;
  updatedAt: string;
}

/** The generic calls, by area: the five record calls are the same shape everywhere. */
const call = async <T = Stamped>(area: Area, verb: 'list' | 'get' | 'save' | 'archive' | 'delete', input: unknown): Promise<T> =>
  valueOf(await rig().api(`inventory.${area}.${verb}` satisfies string as CallName, input)) as T;
const fail = async (area: Area, verb: 'save' | 'delete' | 'get' | 'archive', input: unknown) =>
  errorOf(await rig().api(`inventory.${area}.${verb}`, input));
const list = (area: Area, input: Record<string, unknown>) => call<Page<Stamped>>(area, 'list', input);
const names = (page: Page<Stamped>) => page.rows.map((r) => r.name);

interface AreaCase {
  area: Area;
  kind: InventoryKind;
  /** A valid save input for a record of that name; `variant` picks between two values of the area's filter. */
  input(name: string, variant: 0 | 1): Record<string, unknown>;
  /** A filter matching exactly the records made with variant 1. */
  filter: Record<string, unknown>;
  /** A field an update changes, and its new value. */
  update: [string, unknown];
}

const AREAS: AreaCase[] = [
  {
    area: 'systems',
    kind: 'system',
    input: (name, v) => ({ name, kind: v ? 'saas' : 'database', owner: 'IT Operations', hostingCountries: ['DE'] }),
    filter: { kind: 'saas' },
    update: ['owner', 'Platform team'],
  },
  {
    area: 'recipients',
    kind: 'recipient',
    input: (name, v) => ({ name, kind: v ? 'authority' : 'processor', countries: ['FR', 'US'] }),
    filter: { kind: 'authority' },
    update: ['countries', ['IE']],
  },
  {
    area: 'cookies',
    kind: 'cookie',
    input: (name, v) => ({ name, party: v ? 'third' : 'first', category: 'performance', provider: 'Measurely', duration: '13 months' }),
    filter: { party: 'third' },
    update: ['duration', 'session'],
  },
  {
    area: 'communications',
    kind: 'communication',
    input: (name, v) => ({ name, channel: 'email', kind: v ? 'service' : 'marketing', optOut: 'Unsubscribe link' }),
    filter: { kind: 'service' },
    update: ['optOut', 'Reply STOP'],
  },
  {
    area: 'subjects',
    kind: 'subject',
    input: (name) => ({ name, description: 'People we deal with' }),
    filter: {},
    update: ['description', 'Changed'],
  },
  {
    area: 'categories',
    kind: 'category',
    input: (name, v) => ({ name, parentKey: 'user', special: v === 1 }),
    filter: { specialOnly: true },
    update: ['description', 'Changed'],
  },
];

describe.each(AREAS)('$area: the record lifecycle', ({ area, kind, input, filter, update }) => {
  const prefix = `Qz${area}`;
  let made: Stamped[];

  beforeAll(async () => {
    rig().clock.set('2026-11-29T10:00:00Z');
    made = [];
    for (const [i, name] of [`${prefix} alpha`, `${prefix} Bravo`, `${prefix} charlie Zoë`].entries()) {
      made.push(await call(area, 'save', input(name, i === 1 ? 1 : 0)));
    }
  });

  it('creates with the clock’s time and gets the same record back', async () => {
    const [alpha] = made;
    expect(alpha).toMatchObject({ name: `${prefix} alpha`, archivedAt: null, createdAt: '2026-11-29T10:00:00.000Z', updatedAt: '2026-11-29T10:00:00.000Z' });
    expect(await call(area, 'get', { id: alpha!.id })).toEqual(alpha);
    expect((await fail(area, 'get', { id: 987_654 })).code).toBe('NOT_FOUND');
  });

  it('lists with search (case and accents ignored), sort, paging and its filter', async () => {
    expect(names(await list(area, { search: prefix.toUpperCase(), sort: { by: 'name', dir: 'asc' } }))).toEqual([
      `${prefix} alpha`,
      `${prefix} Bravo`,
      `${prefix} charlie Zoë`,
    ]);
    expect(names(await list(area, { search: `${prefix} CHARLIE zoe` }))).toEqual([`${prefix} charlie Zoë`]);
    expect(names(await list(area, { search: 'zoe', sort: { by: 'name', dir: 'asc' } }))).toContain(`${prefix} charlie Zoë`);

    const page = await list(area, { search: prefix, sort: { by: 'name', dir: 'desc' }, offset: 1, limit: 1 });
    expect(page).toMatchObject({ total: 3 });
    expect(names(page)).toEqual([`${prefix} Bravo`]);
    expect(await list(area, { search: prefix, offset: 10 })).toEqual({ rows: [], total: 3 });

    if (Object.keys(filter).length > 0) {
      expect(names(await list(area, { search: prefix, filters: filter }))).toEqual([`${prefix} Bravo`]);
    }
  });

  it('updates a field, stamping updatedAt but not createdAt', async () => {
    const [, bravo] = made;
    rig().clock.set('2026-11-30T08:00:00Z');
    const [field, value] = update;
    const saved = await call<Record<string, unknown>>(area, 'save', { ...input(bravo!.name, 1), id: bravo!.id, [field]: value });
    expect(saved).toMatchObject({ id: bravo!.id, [field]: value, createdAt: bravo!.createdAt, updatedAt: '2026-11-30T08:00:00.000Z' });
    expect((await fail(area, 'save', { ...input('Ghost', 0), id: 987_654 })).code).toBe('NOT_FOUND');
  });

  it('archives and unarchives; the list shows active, archived or all', async () => {
    const [alpha] = made;
    rig().clock.set('2026-12-01T09:00:00Z');
    const archived = await call(area, 'archive', { id: alpha!.id, archived: true });
    expect(archived.archivedAt).toBe('2026-12-01T09:00:00.000Z');
    rig().clock.set('2026-12-02T09:00:00Z');
    expect((await call(area, 'archive', { id: alpha!.id, archived: true })).archivedAt).toBe('2026-12-01T09:00:00.000Z');

    expect(names(await list(area, { search: prefix }))).not.toContain(alpha!.name);
    expect(names(await list(area, { search: prefix, archived: 'archived' }))).toEqual([alpha!.name]);
    expect((await list(area, { search: prefix, archived: 'all' })).total).toBe(3);

    expect((await call(area, 'archive', { id: alpha!.id, archived: false })).archivedAt).toBeNull();
    expect((await list(area, { search: prefix })).total).toBe(3);
  });

  it('deletes a record nothing uses, with its search row', async () => {
    const victim = await call(area, 'save', input(`${prefix} victim Xylophone`, 0));
    expect((await rig().call('inventory.search', { query: 'Xylophone' })).map((h) => h.id)).toContain(victim.id);
    expect(await rig().call('inventory.usage', { kind, id: victim.id })).toEqual([]);
    expect(await call(area, 'delete', { id: victim.id })).toEqual({ deleted: true });
    expect((await fail(area, 'get', { id: victim.id })).code).toBe('NOT_FOUND');
    expect((await fail(area, 'delete', { id: victim.id })).code).toBe('NOT_FOUND');
    expect(await rig().call('inventory.search', { query: 'Xylophone' })).toEqual([]);
    expect((await rig().fail('inventory.usage', { kind, id: victim.id })).code).toBe('NOT_FOUND');
  });
});

describe('delete while used: refused until confirmed, then the links go', () => {
  const activity = (name: string, links: Record<string, unknown>) => rig().call('inventory.activities.save', { name, ...links });

  it.each<[Area, InventoryKind, string]>([
    ['systems', 'system', 'systemIds'],
    ['recipients', 'recipient', 'recipientIds'],
    ['subjects', 'subject', 'subjectIds'],
    ['categories', 'category', 'categoryIds'],
  ])('%s used by activities', async (area, kind, field) => {
    const record = await call(area, 'save', AREAS.find((a) => a.area === area)!.input(`Used ${area}`, 0));
    const users = [];
    for (const name of ['Payroll', 'Recruiting', 'Newsletter', 'Onboarding', 'Exit interviews']) {
      users.push(await activity(`${name} (${area})`, { [field]: [record.id] }));
    }
    expect((await call<{ activityCount: number }>(area, 'get', { id: record.id })).activityCount).toBe(5);
    const usage = await rig().call('inventory.usage', { kind, id: record.id });
    expect(usage.map((u) => u.name)).toEqual(users.map((u) => u.name).sort((a, b) => a.localeCompare(b)));

    const before = rig().fingerprint();
    const refused = await fail(area, 'delete', { id: record.id });
    expect(refused.code).toBe('CONFLICT');
    expect(refused.message).toContain(`processing activity “Exit interviews (${area})”`);
    expect(refused.message).toContain('and 2 more');
    expect(refused.message).toMatch(/Archive it instead/);
    expect(rig().fingerprint()).toBe(before);

    expect(await call(area, 'delete', { id: record.id, confirmed: true })).toEqual({ deleted: true });
    for (const user of users) {
      const after = await rig().call('inventory.activities.get', { id: user.id });
      expect(JSON.stringify(after)).not.toContain(`"id":${record.id},"name":"Used ${area}"`);
    }
    const linkTable = { system: 'activity_system', recipient: 'activity_recipient', subject: 'activity_subject', category: 'activity_category' }[kind as 'system'];
    const column = `${kind}_id`;
    expect(rig().db().prepare(`SELECT count(*) AS n FROM ${linkTable} WHERE ${column} = ?`).get(record.id)).toEqual({ n: 0 });
  });

  it('a recipient used as a system’s processor and in a transfer: both references cleared on delete', async () => {
    const recipient = await rig().call('inventory.recipients.save', { name: 'Cloudy Hosting Inc', kind: 'processor', countries: ['US'] });
    const system = await rig().call('inventory.systems.save', { name: 'Ticketing', kind: 'saas', processorId: recipient.id });
    expect(system.processorName).toBe('Cloudy Hosting Inc');
    const act = await activity('Support tickets', { transfers: [{ country: 'US', recipientId: recipient.id, mechanism: 'scc' }] });
    expect(act.transfers[0]!.recipientName).toBe('Cloudy Hosting Inc');
    expect((await rig().call('inventory.recipients.get', { id: recipient.id })).activityCount).toBe(1);
    expect((await rig().call('inventory.systems.list', { filters: { processorId: recipient.id } })).rows.map((s) => s.id)).toEqual([system.id]);
    expect((await rig().call('inventory.activities.list', { filters: { recipientId: recipient.id } })).rows.map((a) => a.id)).toEqual([act.id]);

    expect(await rig().call('inventory.usage', { kind: 'recipient', id: recipient.id })).toEqual([
      { kind: 'activity', id: act.id, name: 'Support tickets' },
      { kind: 'system', id: system.id, name: 'Ticketing' },
    ]);
    const refused = await rig().fail('inventory.recipients.delete', { id: recipient.id });
    expect(refused.message).toMatch(/processing activity “Support tickets” and system “Ticketing”/);

    await rig().call('inventory.recipients.delete', { id: recipient.id, confirmed: true });
    expect(await rig().call('inventory.systems.get', { id: system.id })).toMatchObject({ processorId: null, processorName: null });
    expect((await rig().call('inventory.activities.get', { id: act.id })).transfers).toEqual([
      { country: 'US', recipientId: null, recipientName: null, mechanism: 'scc', documentation: '' },
    ]);
  });

  it('an activity used by a cookie and a communication: refused, then their references cleared', async () => {
    const act = await activity('Web analytics', {});
    const cookie = await rig().call('inventory.cookies.save', { name: '_ga', party: 'third', category: 'performance', activityId: act.id });
    const message = await rig().call('inventory.communications.save', { name: 'Weekly digest', channel: 'email', kind: 'marketing', activityId: act.id });
    expect(cookie.activityName).toBe('Web analytics');
    expect(message.activityName).toBe('Web analytics');

    const refused = await rig().fail('inventory.activities.delete', { id: act.id });
    expect(refused.code).toBe('CONFLICT');
    expect(refused.message).toContain('communication “Weekly digest” and cookie “_ga”');

    await rig().call('inventory.activities.delete', { id: act.id, confirmed: true });
    expect(await rig().call('inventory.cookies.get', { id: cookie.id })).toMatchObject({ activityId: null, activityName: null });
    expect(await rig().call('inventory.communications.get', { id: message.id })).toMatchObject({ activityId: null, activityName: null });
  });
});

describe('rules across records: a refused write changes nothing', () => {
  const ids = { activity: 0, recipient: 0 };
  beforeAll(async () => {
    await rig().call('inventory.systems.save', { name: 'CRM Übersicht', kind: 'saas' });
    ids.recipient = (await rig().call('inventory.recipients.save', { name: 'Tax Office', kind: 'authority' })).id;
    ids.activity = (await rig().call('inventory.activities.save', { name: 'Rule target', purposes: [{ purpose: 'Keep' }] })).id;
  });

  it.each<[string, CallName, (ids: { activity: number; recipient: number }) => unknown, string, string]>([
    ['a system named like another (any case)', 'inventory.systems.save', () => ({ name: 'CRM ÜBERSICHT', kind: 'saas' }), 'CONFLICT', 'name'],
    ['a recipient named like another (any case)', 'inventory.recipients.save', () => ({ name: 'tax office', kind: 'authority' }), 'CONFLICT', 'name'],
    ['a system whose processor was deleted', 'inventory.systems.save', () => ({ name: 'Fresh', kind: 'saas', processorId: 987_654 }), 'VALIDATION', 'processorId'],
    ['a cookie of a deleted activity', 'inventory.cookies.save', () => ({ name: 'sid', party: 'first', category: 'strictly_necessary', activityId: 987_654 }), 'VALIDATION', 'activityId'],
    ['a communication of a deleted activity', 'inventory.communications.save', () => ({ name: 'SMS', channel: 'sms', kind: 'service', activityId: 987_654 }), 'VALIDATION', 'activityId'],
    ['an activity with a deleted category', 'inventory.activities.save', () => ({ name: 'X', categoryIds: [987_654] }), 'VALIDATION', 'categoryIds'],
    ['an activity with a deleted subject', 'inventory.activities.save', () => ({ name: 'X', subjectIds: [987_654] }), 'VALIDATION', 'subjectIds'],
    ['an activity with a deleted system', 'inventory.activities.save', () => ({ name: 'X', systemIds: [987_654] }), 'VALIDATION', 'systemIds'],
    ['an activity with a deleted recipient', 'inventory.activities.save', ({ recipient }) => ({ name: 'X', recipientIds: [recipient, 987_654] }), 'VALIDATION', 'recipientIds'],
    [
      'an activity transferring to a deleted recipient',
      'inventory.activities.save',
      ({ recipient }) => ({ name: 'X', transfers: [{ country: 'US', recipientId: recipient }, { country: 'JP', recipientId: 987_654 }] }),
      'VALIDATION',
      'transfers.1.recipientId',
    ],
    ['an activity with an unknown data use', 'inventory.activities.save', () => ({ name: 'X', purposes: [{ purpose: 'P', dataUse: 'mind_reading' }] }), 'VALIDATION', 'purposes.0.dataUse'],
    [
      'an update of an existing activity with a deleted system',
      'inventory.activities.save',
      ({ activity }) => ({ id: activity, name: 'Renamed', systemIds: [987_654] }),
      'VALIDATION',
      'systemIds',
    ],
  ])('%s', async (_label, name, make, code, field) => {
    const before = rig().fingerprint();
    const error = await rig().fail(name, make(ids));
    expect(error.code).toBe(code);
    expect(error.fields?.[field]).toEqual(expect.any(String));
    expect(rig().fingerprint()).toBe(before);
  });

  it('allows a record to keep its own name on update, and names differing only in accents', async () => {
    const crm = (await rig().call('inventory.systems.list', { search: 'crm übersicht' })).rows[0]!;
    expect(await rig().call('inventory.systems.save', { id: crm.id, name: 'crm übersicht', kind: 'saas' })).toMatchObject({ name: 'crm übersicht' });
    expect(await rig().call('inventory.systems.save', { name: 'CRM Ubersicht', kind: 'saas' })).toMatchObject({ name: 'CRM Ubersicht' });
  });
});

describe('organisation', () => {
  it('gets the row made with the workspace and saves every field', async () => {
    expect(await rig().call('inventory.organisation.get', {})).toMatchObject({ name: 'Zebracorn Kittiwake Holdings', timeZone: 'UTC', jurisdictions: [] });
    const saved = await rig().call('inventory.organisation.save', {
      name: 'Zebracorn GmbH',
      address: 'Hauptstraße 1, Berlin',
      email: 'privacy@zebracorn.example',
      phone: '+49 30 1234',
      website: 'https://zebracorn.example',
      jointControllers: '',
      representative: '',
      dpoName: 'Dana Officer',
      dpoContact: 'dpo@zebracorn.example',
      timeZone: 'Europe/Berlin',
      jurisdictions: ['DE', 'US-CA', 'DE'],
    });
    expect(saved).toMatchObject({ name: 'Zebracorn GmbH', timeZone: 'Europe/Berlin', jurisdictions: ['DE', 'US-CA'], dpoName: 'Dana Officer' });
    expect(await rig().call('inventory.organisation.get', {})).toEqual(saved);
    expect(await rig().call('workspace.status', {})).toMatchObject({ organisationName: 'Zebracorn GmbH' });
    expect((await rig().fail('inventory.organisation.save', { name: 'X', timeZone: 'Mars/Olympus' })).fields?.timeZone).toEqual(expect.any(String));
  });
});
