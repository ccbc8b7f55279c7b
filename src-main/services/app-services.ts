import type { AppInfo } from '../contract/workspace';
import { type AuditService, createAuditService } from './audit';
import { type BackupService, createBackupService } from './backups';
import { createExchangeService, type ExchangeService } from './exchange';
import { createInventoryService, type InventoryService } from './inventory';
import { createPeopleService, type PeopleService } from './people';
import type { ReportJobsOptions } from './report-jobs/jobs';
import { createReportService, type ReportService } from './reports';
import { createRequestService, type RequestService } from './requests';
import { SettingsStore, type KeyValueBacking } from './settings-store';
import { createSpreadsheetService, type SpreadsheetService } from './spreadsheet';
import { createVendorService, type VendorService } from './vendors';
import { type Clock, systemClock, WorkspaceSession } from './workspace-session';

/** What differs between the Electron shell and the browser rig; everything else is shared. */
export interface HostEnvironment {
  host: AppInfo['host'];
  version: string;
  defaultFolder: string;
  pathSeparator: AppInfo['pathSeparator'];
  /** The native file dialog; absent in the browser mode. */
  choosePath?: (purpose: 'create' | 'open') => Promise<string | null>;
  /** Where the report worker and fonts are when packaged; from source, the checkout's. */
  reports?: ReportJobsOptions;
}

export interface AppServices {
  host: HostEnvironment;
  settings: SettingsStore;
  session: WorkspaceSession;
  /** The one clock of the process: the idle lock, record timestamps and "today" all read it. */
  clock: Clock;
  inventory: InventoryService;
  exchange: ExchangeService;
  spreadsheet: SpreadsheetService;
  requests: RequestService;
  vendors: VendorService;
  reports: ReportService;
  backups: BackupService;
  audit: AuditService;
  people: PeopleService;
}

export function createServices(options: { host: HostEnvironment; settings: KeyValueBacking; clock?: Clock }): AppServices {
  const settings = new SettingsStore(options.settings);
  const clock = options.clock ?? systemClock;
  const session = new WorkspaceSession(settings, clock);
  const inventory = createInventoryService(session, clock);
  const requests = createRequestService(session, clock);
  const vendors = createVendorService(session, clock);
  const audit = createAuditService(session, clock);
  return {
    host: options.host,
    settings,
    session,
    clock,
    inventory,
    exchange: createExchangeService(session, clock, inventory, vendors),
    spreadsheet: createSpreadsheetService(session, clock, inventory),
    requests,
    vendors,
    backups: createBackupService(session, clock),
    reports: createReportService({ inventory, requests, vendors, audit }, session, clock, options.host.reports),
    audit,
    people: createPeopleService(session, clock),
  };
}
