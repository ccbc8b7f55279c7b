import { beforeAll, describe, expect, it } from 'vitest';
import type { Activity, ActivityInput } from '../../contract';
import { loadActivitiesToCheck, loadAllActivities, loadMapActivities } from '../../db/inventory/activities';
import { taxonomyIds, useInventoryRig } from '../../../test/helpers/inventory-rig';

const rig = useInventoryRig();

const ids = { health: 0, email: 0, customer: 0, employee: 0, crm: 0, mail: 0, bank: 0, ads: 0 };

beforeAll(async () => {
  const taxonomy = await taxonomyIds(rig());
  ids.health = taxonomy.category('user.health_and_medical');
  ids.email = taxonomy.category('user.contact.email');
  ids.customer = taxonomy.subject('customer');
  ids.employee = taxonomy.subject('employee');
  ids.crm = (await rig().call('inventory.systems.save', { name: 'CRM', kind: 'saas' })).id;
  ids.mail = (await rig().call('inventory.systems.save', { name: 'Mail server', kind: 'application' })).id;
  ids.bank = (await rig().call('inventory.recipients.save', { name: 'House Bank', kind: 'controller', countries: ['DE'] })).id;
  ids.ads = (await rig().call('inventory.recipients.save', { name: 'Ad Network', kind: 'advertising_partner', countries: ['US'] })).id;
});

function fullInput(): ActivityInput {
  return {
    name: 'Customer care',
    description: 'Answering customers who write to support.',
    owner: 'Support lead',
    status: 'active',
    role: 'controller',
    controllerFor: '',
    purposes: [
      { purpose: 'Answer questions about orders', dataUse: 'essential.service.operations.support', legalBasis: 'contract', legitimateInterest: '' },
      { purpose: 'Improve the help pages', dataUse: null, legalBasis: 'legitimate_interests', legitimateInterest: 'Fewer repeat questions; low impact.' },
    ],
    specialCondition: 'explicit_consent',
    categoryIds: [ids.health, ids.email, ids.email],
    subjectIds: [ids.customer],
    sources: ['subject', 'automatic'],
    sourceDetail: 'Web form and e-mail',
    systemIds: [ids.mail, ids.crm],
    recipientIds: [ids.bank, ids.ads],
    noRecipients: false,
    transfers: [
      { country: 'US', recipientId: ids.ads, mechanism: 'scc', documentation: 'SCC module 2' },
      { country: 'in', recipientId: null, mechanism: 'derogation', documentation: 'Art. 49(1)(b), occasional' },
    ],
    retention: { period: 3, unit: 'years', trigger: 'end of the ticket', deletion: 'Purged by the CRM' },
    securityMeasures: 'Access by role',
    sold: false,
    sharedForAds: true,
    dpia: 'done',
    dpiaReason: 'Health data',
    lastReviewedOn: '2026-06-30',
  };
}

describe('activity aggregate', () => {
  let saved: Activity;

  beforeAll(async () => {
    saved = await rig().call('inventory.activities.save', fullInput());
  });

  it('round-trips every field and child: get returns what was saved', async () => {
    // Every field of its own comes back as given; the links come back as records (below).
    const links = new Set(['categoryIds', 'subjectIds', 'systemIds', 'recipientIds', 'transfers']);
    const own = Object.fromEntries(Object.entries(fullInput()).filter(([key]) => !links.has(key)));
    expect(saved).toMatchObject({ ...own, archivedAt: null });
    // Links come back by name, each once, with what the checks need.
    expect(saved.categories).toEqual([
      { id: ids.health, name: 'Health and Medical Data', special: true, criminal: false, sensitive: true },
      { id: ids.email, name: 'User Contact Email', special: false, criminal: false, sensitive: false },
    ]);
    expect(saved.subjects).toEqual([{ id: ids.customer, name: 'Customer' }]);
    expect(saved.systems).toEqual([
      { id: ids.crm, name: 'CRM' },
      { id: ids.mail, name: 'Mail server' },
    ]);
    expect(saved.recipients).toEqual([
      { id: ids.ads, name: 'Ad Network', kind: 'advertising_partner' },
      { id: ids.bank, name: 'House Bank', kind: 'controller' },
    ]);
    expect(saved.transfers).toEqual([
      { country: 'US', recipientId: ids.ads, recipientName: 'Ad Network', mechanism: 'scc', documentation: 'SCC module 2' },
      { country: 'IN', recipientId: null, recipientName: null, mechanism: 'derogation', documentation: 'Art. 49(1)(b), occasional' },
    ]);
    expect(await rig().call('inventory.activities.get', { id: saved.id })).toEqual(saved);
  });

  it('replaces the children when saved again with fewer', async () => {
    const fewer = await rig().call('inventory.activities.save', {
      ...fullInput(),
      id: saved.id,
      purposes: [{ purpose: 'Only this one', legalBasis: 'consent' }],
      categoryIds: [ids.email],
      subjectIds: [],
      systemIds: [ids.crm],
      recipientIds: [],
      noRecipients: true,
      transfers: [],
      retention: { period: null, unit: null },
      specialCondition: null,
    });
    expect(fewer).toMatchObject({
      id: saved.id,
      purposes: [{ purpose: 'Only this one', dataUse: null, legalBasis: 'consent', legitimateInterest: '' }],
      categories: [{ id: ids.email }],
      subjects: [],
      systems: [{ id: ids.crm, name: 'CRM' }],
      recipients: [],
      noRecipients: true,
      transfers: [],
      retention: { period: null, unit: null, trigger: '', deletion: '' },
      specialCondition: null,
    });
    expect(rig().db().prepare('SELECT count(*) AS n FROM activity_purpose WHERE activity_id = ?').get(saved.id)).toEqual({ n: 1 });
    expect(rig().db().prepare('SELECT count(*) AS n FROM activity_transfer WHERE activity_id = ?').get(saved.id)).toEqual({ n: 0 });
    saved = await rig().call('inventory.activities.save', { ...fullInput(), id: saved.id });
  });

  it('loadAll builds the same activities as get, active only unless asked', async () => {
    await rig().call('inventory.activities.save', { name: 'Bare minimum' });
    const archived = await rig().call('inventory.activities.save', { name: 'Old thing', purposes: [{ purpose: 'Gone' }] });
    await rig().call('inventory.activities.archive', { id: archived.id, archived: true });

    const db = rig().db();
    const active = loadAllActivities(db, { includeArchived: false });
    const all = loadAllActivities(db, { includeArchived: true });
    expect(active.map((a) => a.name)).not.toContain('Old thing');
    expect(all.map((a) => a.name)).toContain('Old thing');
    for (const activity of all) expect(await rig().call('inventory.activities.get', { id: activity.id })).toEqual(activity);
  });

  it('gives back texts exactly as saved, whatever characters they hold', async () => {
    const tricky = 'Quotes " and \\ backslash, a tab\there,\nnew line, Zoë 東京 😀, \u2028 and \u0000 end';
    const saved = await rig().call('inventory.activities.save', {
      name: `Tricky ${tricky}`,
      description: tricky,
      purposes: [{ purpose: tricky, legalBasis: 'legitimate_interests', legitimateInterest: tricky }],
      sources: ['third_party', 'subject'],
      sourceDetail: tricky,
      retention: { period: 18, unit: 'months', trigger: tricky, deletion: tricky },
      transfers: [{ country: 'US', recipientId: ids.ads, mechanism: 'derogation', documentation: tricky }],
    });
    const got = await rig().call('inventory.activities.get', { id: saved.id });
    expect(got.description).toBe(tricky);
    expect(got.purposes[0]).toEqual({ purpose: tricky, dataUse: null, legalBasis: 'legitimate_interests', legitimateInterest: tricky });
    expect(got.sources).toEqual(['third_party', 'subject']);
    expect(got.retention).toEqual({ period: 18, unit: 'months', trigger: tricky, deletion: tricky });
    expect(got.transfers[0]).toMatchObject({ country: 'US', recipientId: ids.ads, recipientName: 'Ad Network', documentation: tricky });
    expect(loadAllActivities(rig().db(), { includeArchived: false }).find((a) => a.id === saved.id)).toEqual(got);
    await rig().call('inventory.activities.delete', { id: saved.id, confirmed: true });
  });

  it('reads those in force alone, for the data map only names and links, and for the completeness check all but dates, texts and systems, equal to the whole ones', async () => {
    const db = rig().db();
    const active = loadAllActivities(db, { includeArchived: false });
    expect(active.some((a) => a.status !== 'active')).toBe(true);
    expect(loadAllActivities(db, { includeArchived: false, inForce: true })).toEqual(active.filter((a) => a.status === 'active'));
    expect(loadMapActivities(db)).toEqual(
      active.map(({ id, name, archivedAt, status, categories, systems, recipients, transfers }) => ({
        id,
        name,
        archivedAt,
        status,
        categories,
        systems,
        recipients,
        transfers: transfers.map(({ country, recipientId, recipientName }) => ({ country, recipientId, recipientName })),
      })),
    );
    expect(loadMapActivities(db).some((a) => a.transfers.length > 0 && a.recipients.length > 1)).toBe(true);
    expect(loadActivitiesToCheck(db)).toEqual(
      active.map(({ createdAt, updatedAt, description, owner, systems, dpiaReason, ...checked }) => checked),
    );
  });

  it('lists rows with purposes, legal bases, counts and the special mark, filtered and sorted', async () => {
    const row = (await rig().call('inventory.activities.list', { search: 'customer care' })).rows.find((r) => r.id === saved.id)!;
    expect(row).toMatchObject({
      name: 'Customer care',
      owner: 'Support lead',
      status: 'active',
      purposes: ['Answer questions about orders', 'Improve the help pages'],
      legalBases: ['contract', 'legitimate_interests'],
      categoryCount: 2,
      systemCount: 2,
      recipientCount: 2,
      special: true,
      lastReviewedOn: '2026-06-30',
    });
    const only = async (filters: Record<string, unknown>) =>
      (await rig().call('inventory.activities.list', { filters, archived: 'all', limit: 5000 })).rows.map((r) => r.name);
    expect(await only({ legalBasis: 'legitimate_interests' })).toEqual(['Customer care']);
    expect(await only({ categoryId: ids.health })).toEqual(['Customer care']);
    expect(await only({ systemId: ids.mail })).toEqual(['Customer care']);
    expect(await only({ recipientId: ids.bank })).toEqual(['Customer care']);
    expect(await only({ status: 'active', role: 'controller' })).toEqual(['Customer care']);
    expect(await only({ status: 'draft' })).toEqual(expect.arrayContaining(['Bare minimum', 'Old thing']));

    const byReview = await rig().call('inventory.activities.list', { sort: { by: 'lastReviewedOn', dir: 'desc' } });
    expect(byReview.rows[0]!.name).toBe('Customer care');
    const byOwner = await rig().call('inventory.activities.list', { sort: { by: 'owner', dir: 'desc' } });
    expect(byOwner.rows[0]!.owner).toBe('Support lead');
  });

  it('counts the activities using each linked record', async () => {
    expect((await rig().call('inventory.categories.get', { id: ids.health })).activityCount).toBe(1);
    expect((await rig().call('inventory.subjects.get', { id: ids.customer })).activityCount).toBe(1);
    expect((await rig().call('inventory.systems.get', { id: ids.crm })).activityCount).toBe(1);
    // Listed and transferred to by the same activity: one activity.
    expect((await rig().call('inventory.recipients.get', { id: ids.ads })).activityCount).toBe(1);
  });
});
