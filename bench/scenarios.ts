import { BENCH_TODAY } from './large-workspace';
import type { TypedApi } from '../test/helpers/typed-api';

/** What a figure is, for its target: lists, searches and openings under 20 ms at p95, dashboards under 50 ms. */
export type ScenarioKind = 'list' | 'search' | 'open' | 'dashboard' | 'dataMap';
export const TARGET_P95_MS: Record<ScenarioKind, number> = { list: 20, search: 20, open: 20, dashboard: 50, dataMap: 50 };
/** The kind, the call timed, and what runs untimed before each call. */
export type Scenario = [ScenarioKind, () => Promise<unknown>, (() => Promise<unknown>)?];

async function value<T>(answer: Promise<{ ok: true; value: T } | { ok: false; error: { message: string } }>): Promise<T> {
  const result = await answer;
  if (!result.ok) throw new Error(`bench: ${result.error.message}`);
  return result.value;
}

/**
 * What the screens ask for, as the contract calls they send (validated and answered by the real
 * handlers): each list screen's first page filtered and sorted, the searches, the dashboards,
 * opening one record, the data map. Every call must succeed, or the bench stops.
 */
export async function screenScenarios(api: TypedApi): Promise<Record<string, Scenario>> {
  const call: TypedApi = (name, input) => value(api(name, input)) as never;
  const inventoryPage = { search: '', archived: 'active', offset: 0, limit: 100, filters: {} } as const;
  const anActivity = (await value(api('inventory.activities.list', { ...inventoryPage, sort: { by: 'name', dir: 'asc' }, offset: 2500, limit: 1 }))).rows[0]!;
  const aCategory = (await value(api('inventory.activities.get', { id: anActivity.id }))).categories[0]!;
  const aRequest = (await value(api('requests.list', { statuses: ['in_progress'], offset: 500, limit: 1 }))).rows[0]!;
  const aVendor = (await value(api('vendors.list', { sort: { by: 'name', dir: 'asc' }, offset: 500, limit: 1 }))).rows[0]!;
  const anEmail = (await value(api('requests.get', { id: aRequest.id }))).requester.email;
  const lastYear = Number(BENCH_TODAY.slice(0, 4)) - 1;
  // The whole-record reads (vendor register, data map) are computed again after any change of the
  // record: these figures are of that first read after a change (a note added).
  let notes = 0;
  const aChange = () => call('requests.notes.add', { id: aRequest.id, body: `Called the requester back (${++notes}).` });
  // The completeness check follows changes activity by activity: after a change of an activity
  // (archived, then back), and of a data category (every activity using it checked again).
  const anActivityChange = async () => {
    await call('inventory.activities.archive', { id: anActivity.id, archived: true });
    await call('inventory.activities.archive', { id: anActivity.id, archived: false });
  };
  const { id: categoryId, parentKey, name: categoryName, description, special, criminal, sensitive } = await value(api('inventory.categories.get', { id: aCategory.id }));
  let edits = 0;
  const aCategoryChange = () =>
    call('inventory.categories.save', { id: categoryId, parentKey, name: categoryName, description: `${description} (${++edits})`, special, criminal, sensitive });
  return {
    requestsOpenByDue: ['list', () => call('requests.list', {})],
    requestsFilteredByStatusAndLaw: ['list', () => call('requests.list', { statuses: ['in_progress', 'verifying'], regimeId: 'us_ca_ccpa' })],
    requestsAllOneLawByDue: ['list', () => call('requests.list', { state: 'all', regimeId: 'eu_gdpr' })],
    requestsAllByReceiptNewest: ['list', () => call('requests.list', { state: 'all', sort: { by: 'receivedOn', dir: 'desc' } })],
    requestsOverdue: ['list', () => call('requests.list', { due: 'overdue' })],
    requestsOneAssigneeThisYear: ['list', () => call('requests.list', { state: 'all', assignee: 'Ana', receivedFrom: `${lastYear + 1}-01-01` })],
    requestsSearchEmailAll: ['search', () => call('requests.list', { state: 'all', search: anEmail })],
    requestsSearchNameOpen: ['search', () => call('requests.list', { search: 'requester 9' })],
    activitiesByName: ['list', () => call('inventory.activities.list', { ...inventoryPage, sort: { by: 'name', dir: 'asc' } })],
    activitiesFilteredByUpdate: ['list', () => call('inventory.activities.list', { ...inventoryPage, sort: { by: 'updatedAt', dir: 'desc' }, filters: { status: 'active', legalBasis: 'contract' } })],
    activitiesSearchBox: ['search', () => call('inventory.activities.list', { ...inventoryPage, search: 'payroll', sort: { by: 'name', dir: 'asc' } })],
    systemsByOwner: ['list', () => call('inventory.systems.list', { ...inventoryPage, sort: { by: 'owner', dir: 'asc' }, filters: { kind: 'saas' } })],
    recipientsByName: ['list', () => call('inventory.recipients.list', { ...inventoryPage, sort: { by: 'name', dir: 'asc' }, filters: { kind: 'processor' } })],
    categoriesAll: ['list', () => call('inventory.categories.list', { ...inventoryPage, sort: { by: 'key', dir: 'asc' }, limit: 5000 })],
    vendorsByRisk: ['list', () => call('vendors.list', { sort: { by: 'tier', dir: 'desc' } })],
    vendorsByNextReview: ['list', () => call('vendors.list', { sort: { by: 'nextReview', dir: 'asc' } })],
    vendorsWithExpiringCertificate: ['list', () => call('vendors.list', { flag: 'certification_expiring', sort: { by: 'tier', dir: 'desc' } })],
    auditLogNewest: ['list', () => call('audit.list', {})],
    auditLogOneRecordKindAndPerson: ['list', () => call('audit.list', { recordKind: 'request', actor: 'Ana Officer' })],
    auditLogPeriodAndText: ['search', () => call('audit.list', { from: `${lastYear}-01-01`, to: `${lastYear}-12-31`, search: 'Team 7' })],
    fullTextSearchInventory: ['search', () => call('inventory.search', { query: 'finance depart' })],
    dashboardRequests: ['dashboard', () => call('requests.dashboard', {})],
    dashboardRequestsOneLaw: ['dashboard', () => call('requests.dashboard', { regimeId: 'us_ca_ccpa' })],
    dashboardVendors: ['dashboard', () => call('vendors.dashboard', {})],
    dashboardReminders: ['dashboard', () => call('requests.reminders', {})],
    requestMetricsLastYear: ['dashboard', () => call('requests.metrics', { year: lastYear })],
    openRequest: ['open', () => call('requests.get', { id: aRequest.id })],
    openActivity: ['open', () => call('inventory.activities.get', { id: anActivity.id })],
    openVendor: ['open', () => call('vendors.get', { recipientId: aVendor.recipientId })],
    vendorsByRiskAfterAChange: ['list', () => call('vendors.list', { sort: { by: 'tier', dir: 'desc' } }), aChange],
    dashboardVendorsAfterAChange: ['dashboard', () => call('vendors.dashboard', {}), aChange],
    dataMap: ['dataMap', () => call('inventory.dataMap', {})],
    dataMapAfterAChange: ['dataMap', () => call('inventory.dataMap', {}), aChange],
    dataMapOneCategory: ['dataMap', () => call('inventory.dataMap', { categoryId: aCategory.id })],
    completeness: ['dataMap', () => call('inventory.completeness', {})],
    completenessAfterAChange: ['dataMap', () => call('inventory.completeness', {}), aChange],
    completenessAfterAnActivityChange: ['dataMap', () => call('inventory.completeness', {}), anActivityChange],
    completenessAfterACategoryChange: ['dataMap', () => call('inventory.completeness', {}), aCategoryChange],
  };
}
