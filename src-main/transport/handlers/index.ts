import type { AppServices } from '../../services/app-services';
import { auditHandlers } from './audit';
import { backupHandlers } from './backups';
import { exchangeHandlers } from './exchange';
import { inventoryHandlers } from './inventory';
import { peopleHandlers } from './people';
import { reportHandlers } from './reports';
import { requestHandlers } from './requests';
import { settingsHandlers } from './settings';
import { spreadsheetHandlers } from './spreadsheet';
import type { Handlers } from './types';
import { vendorHandlers } from './vendors';
import { workspaceHandlers } from './workspace';

/** One handler per contract call; the type makes a missing or extra handler a compile error. */
export function createHandlers(services: AppServices): Handlers {
  return {
    ...workspaceHandlers(services),
    ...settingsHandlers(services),
    ...inventoryHandlers(services),
    ...exchangeHandlers(services),
    ...spreadsheetHandlers(services),
    ...requestHandlers(services),
    ...vendorHandlers(services),
    ...reportHandlers(services),
    ...backupHandlers(services),
    ...auditHandlers(services),
    ...peopleHandlers(services),
  };
}

export type { Handlers } from './types';
