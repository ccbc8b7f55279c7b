/**
 * What each report is built from, read from the open workspace through the services that answer
 * the screens: the report shows the figures the dashboard shows (the request service runs the daily
 * upkeep and composes them), and a vendor's detail as the vendor service assembles it.
 */
import { AppError } from '../../contract/errors';
import type { CalendarDate } from '../../domain/deadlines/calendar';
import type { ReportInputs, RecordsInput } from '../../domain/notice/inputs';
import type { ReportName, ReportOptions } from '../../domain/notice/options';
import type { ReportRecipe } from '../../domain/notice/recipe';
import { RELATIONSHIP_SUBJECTS } from '../../domain/requests/tasks';
import { pageAll } from '../exchange/page-all';
import { type InventoryService, todayIn } from '../inventory/index';
import type { AuditService } from '../audit';
import type { RequestService } from '../requests';
import type { VendorService } from '../vendors';

/** The services a report reads. */
export interface ReportSources {
  inventory: InventoryService;
  requests: Pick<RequestService, 'get' | 'dashboard' | 'metrics'>;
  vendors: Pick<VendorService, 'list' | 'get'>;
  audit: Pick<AuditService, 'head'>;
}

const live = <T extends { archivedAt: string | null }>(rows: T[]) => rows.filter((r) => r.archivedAt === null);

/** The activities in force (status active, not archived), whole, and the recipients and systems they point at. */
function recordsInput(inventory: InventoryService): RecordsInput {
  return {
    organisation: inventory.organisation.get(),
    activities: inventory.activitiesInForce(),
    recipients: live(pageAll(inventory.recipients.list)),
    systems: live(pageAll(inventory.systems.list)),
  };
}

/**
 * The CCPA metrics cover the last whole calendar year of the period (Regs § 7102(a): "the previous
 * calendar year"): the period's own year when it ends on 31 December, else the year before.
 */
export function metricsYear(to: CalendarDate): number {
  const year = Number(to.slice(0, 4));
  return to.endsWith('-12-31') ? year : year - 1;
}

type Gatherers = { [N in ReportName]: (sources: ReportSources, options: ReportOptions, today: CalendarDate) => ReportInputs[N] };

const GATHER: Gatherers = {
  records_of_processing: ({ inventory }) => recordsInput(inventory),
  privacy_notice: ({ inventory }) => ({
    ...recordsInput(inventory),
    cookies: live(pageAll(inventory.cookies.list)),
    communications: live(pageAll(inventory.communications.list)),
  }),
  request_response({ inventory, requests }, { requestId }) {
    const { organisation, activities, recipients } = recordsInput(inventory);
    const request = requestId === undefined ? null : findRequest(requests, requestId);
    // The activities about people of the requester's kind: the same mapping the request's tasks come from.
    const keys = new Set(request === null ? [] : RELATIONSHIP_SUBJECTS[request.requester.relationship]);
    const subjectIds = new Set(pageAll(inventory.subjects.list).filter((s) => keys.has(s.key)).map((s) => s.id));
    return { organisation, request, recipients, activities: activities.filter((a) => a.subjects.some((s) => subjectIds.has(s.id))) };
  },
  request_backlog({ inventory, requests }, { period }, today) {
    const organisation = inventory.organisation.get();
    const dashboard = requests.dashboard({ from: period?.from ?? null, to: period?.to ?? null, regimeId: null });
    return { organisation, today, dashboard, metrics: requests.metrics({ year: metricsYear(dashboard.to) }) };
  },
  vendor_review({ inventory, vendors }, { vendorIds = [] }) {
    const rows = [];
    for (let offset = 0; ; offset += 5000) {
      const page = vendors.list({ search: '', tier: null, flag: null, sort: { by: 'name', dir: 'asc' }, offset, limit: 5000 });
      rows.push(...page.rows);
      if (rows.length >= page.total || page.rows.length === 0) break;
    }
    const listed = new Set(rows.map((r) => r.recipientId));
    const chosen = vendorIds.length === 0 ? rows : rows.filter((r) => vendorIds.includes(r.recipientId));
    return {
      organisation: inventory.organisation.get(),
      vendors: chosen.map((r) => vendors.get({ recipientId: r.recipientId })),
      notFound: vendorIds.filter((id) => !listed.has(id)),
    };
  },
};

/** The request, or null when it no longer exists: the report then says so instead of failing. */
function findRequest(requests: ReportSources['requests'], id: number) {
  try {
    return requests.get({ id });
  } catch (error) {
    if (error instanceof AppError && error.code === 'NOT_FOUND') return null;
    throw error;
  }
}

export function gatherReportInput<N extends ReportName>(sources: ReportSources, name: N, options: ReportOptions, today: CalendarDate): ReportInputs[N] {
  return GATHER[name](sources, options, today);
}

/**
 * The report's recipe: its input gathered on the organisation's calendar day of `generatedAt`,
 * with the audit log's head as it stands before the report is logged.
 */
export function gatherRecipe(sources: ReportSources, name: ReportName, options: ReportOptions, generatedAt: Date): ReportRecipe {
  const today = todayIn(sources.inventory.organisation.get().timeZone, generatedAt);
  return { name, input: gatherReportInput(sources, name, options, today), options, generatedAt, auditHead: sources.audit.head() } as ReportRecipe;
}
