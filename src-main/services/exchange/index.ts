import { AppError } from '../../contract/errors';
import { type ImportSummary, inventoryDocument, type InventoryDocument } from '../../contract/exchange';
import { recordEvent } from '../audit';
import type { InventoryService } from '../inventory';
import { InventoryStore } from '../inventory/context';
import { todayIn } from '../inventory/index';
import type { VendorService } from '../vendors';
import { importSampleVendors } from '../vendors/sample';
import type { Clock, WorkspaceSession } from '../workspace-session';
import { exportDocument } from './export-document';
import { importDocument } from './import-document';
import { pageAll } from './page-all';
import { sampleDocument } from './sample';

export interface ExchangeService {
  exportJson(): { fileName: string; content: string };
  importJson(content: string): ImportSummary;
  importDocument(doc: InventoryDocument): ImportSummary;
  /** The sample company's inventory and, when the vendor service is given, its vendor register; all or nothing. */
  importSample(): ImportSummary;
}

/** Moving the inventory in and out of a workspace as one JSON document. */
export function createExchangeService(session: WorkspaceSession, clock: Clock, inventory: InventoryService, vendors?: VendorService): ExchangeService {
  const store = new InventoryStore(session, clock);
  const importDoc = (doc: InventoryDocument) => importDocument(store, inventory, doc);
  return {
    exportJson() {
      const now = clock.now().toISOString();
      const doc = store.read(() => exportDocument(inventory, now));
      const slug = doc.organisation.name.normalize('NFKD').replace(/[^\w]+/g, '-').replace(/^-|-$/g, '').toLowerCase() || 'workspace';
      const fileName = `inventory-${slug}-${now.slice(0, 10)}.json`;
      recordEvent(store, { kind: 'export', label: 'Inventory (JSON)', details: { export: 'inventory', fileName } });
      return { fileName, content: JSON.stringify(doc, null, 2) };
    },
    importJson(content) {
      let parsed: unknown;
      try {
        parsed = JSON.parse(content);
      } catch {
        throw new AppError('VALIDATION', 'That file is not JSON. Choose a file exported by Privacy Workstation (Inventory > Export JSON).');
      }
      const result = inventoryDocument.safeParse(parsed);
      if (!result.success) {
        const issue = result.error.issues[0];
        const where = issue?.path.length ? ` (at ${issue.path.join('.')})` : '';
        throw new AppError('VALIDATION', `That file is not a Privacy Workstation inventory: ${issue?.message ?? 'unexpected content'}${where}. Nothing was imported.`);
      }
      return importDoc(result.data);
    },
    importDocument: importDoc,
    importSample: () =>
      store.write(() => {
        const summary = importDoc(sampleDocument());
        if (vendors) {
          // The vendor writes date reviews and deadlines by the organisation's calendar day; the sample's offsets start from the same day.
          const today = todayIn(inventory.organisation.get().timeZone, clock.now());
          importSampleVendors(vendors, pageAll(inventory.recipients.list), today);
        }
        return summary;
      }),
  };
}
