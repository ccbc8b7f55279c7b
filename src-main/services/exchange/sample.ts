import sampleCompany from '../../../resources/sample/sample-company.json';
import { inventoryDocument, type InventoryDocument } from '../../contract/exchange';

/** The fictional "Kestrel Outdoor GmbH" inventory a newcomer can look around in. */
export function sampleDocument(): InventoryDocument {
  return inventoryDocument.parse(sampleCompany);
}
