import type { ReviewSettings, VendorCountry, VendorProfile } from '../../contract';
import type { InventoryTransfer } from '../../db/vendors/received';
import type { RecordedTransfer } from '../../db/vendors/transfers';
import type { SeverityCounts } from '../../db/vendors/findings';
import { transferStatus } from '../../domain/countries';
import type { TransferMechanism } from '../../domain/inventory/vocabulary';
import { vendorFlags, type VendorFlag } from '../../domain/vendors/flags';
import { assessVendorRisk, nextReviewDate, transferCovered, type VendorRisk } from '../../domain/vendors/risk';
import type { VendorTransferMechanism } from '../../domain/vendors/vocabulary';

/** The inventory's mechanisms as the vendor register names them; "other" is no mechanism the risk model recognises. */
const MECHANISMS: Readonly<Record<TransferMechanism, VendorTransferMechanism | null>> = {
  adequacy: 'adequacy',
  scc: 'scc',
  bcr: 'bcr',
  derogation: 'derogation',
  other: null,
};

/**
 * The countries where the vendor processes data (its own, those of the inventory's transfers naming
 * it, those the officer recorded a mechanism for), by country code. The mechanism recorded on the
 * vendor wins: it is the officer's finding for this vendor, where the inventory's is per activity.
 * Otherwise the first mechanism the inventory's transfers name.
 */
export function vendorCountries(own: readonly string[], inventory: readonly InventoryTransfer[], recorded: readonly RecordedTransfer[]): VendorCountry[] {
  const fromInventory = new Map<string, VendorTransferMechanism | null>(own.map((country) => [country, null]));
  for (const transfer of inventory) {
    const mapped = transfer.mechanism === null ? null : MECHANISMS[transfer.mechanism];
    if ((fromInventory.get(transfer.country) ?? null) === null) fromInventory.set(transfer.country, mapped);
  }
  const byCountry = new Map(recorded.map((r) => [r.country, r]));
  const countries = [...new Set([...fromInventory.keys(), ...byCountry.keys()])].sort();
  return countries.map((country) => {
    const status = transferStatus(country);
    const vendor = byCountry.get(country);
    if (vendor) {
      const { mechanism, sccModule, tiaDone, tiaOn, documentRef } = vendor;
      return { country, status, mechanism, source: 'vendor', sccModule, tiaDone, tiaOn, documentRef, covered: transferCovered({ country, status, mechanism }) };
    }
    const mechanism = fromInventory.get(country) ?? null;
    return {
      country,
      status,
      mechanism,
      source: mechanism === null ? null : 'inventory',
      sccModule: null,
      tiaDone: false,
      tiaOn: null,
      documentRef: '',
      covered: transferCovered({ country, status, mechanism }),
    };
  });
}

/** Everything a vendor's risk, next review and flags depend on, gathered for one vendor or for all at once. */
export interface VendorFacts {
  profile: Pick<VendorProfile, 'countries' | 'volumeBand' | 'incidents24m' | 'dpaStatus' | 'contractEnd' | 'lastReviewedOn'>;
  received: { receivesPersonalData: boolean; categoryCount: number; special: boolean; criminal: boolean; sensitive: boolean };
  inventoryTransfers: readonly InventoryTransfer[];
  recordedTransfers: readonly RecordedTransfer[];
  /** The score of its answers to the current questions; null when it answered none. */
  questionnaireScore: number | null;
  openFindings: SeverityCounts;
  certificationExpiries: readonly (string | null)[];
  /** The date of the latest recorded review, if any. */
  lastReviewOn: string | null;
}

export interface Assessment {
  countries: VendorCountry[];
  risk: VendorRisk;
  nextReviewOn: string;
  flags: VendorFlag[];
}

const later = (a: string | null, b: string | null) => (a === null ? b : b === null || a >= b ? a : b);

/** The one place the vendor page and the register turn facts into risk, next review and flags, so both always agree. */
export function assess(facts: VendorFacts, cadence: ReviewSettings['cadence'], today: string): Assessment {
  const { profile, received } = facts;
  const countries = vendorCountries(profile.countries, facts.inventoryTransfers, facts.recordedTransfers);
  const risk = assessVendorRisk({
    receivesPersonalData: received.receivesPersonalData,
    specialCategory: received.special,
    criminal: received.criminal,
    ccpaSensitive: received.sensitive,
    categoryCount: received.categoryCount,
    volume: profile.volumeBand,
    transfers: countries,
    questionnaireScore: facts.questionnaireScore,
    openFindings: facts.openFindings,
    incidents: profile.incidents24m,
    dpaStatus: profile.dpaStatus,
  });
  const nextReviewOn = nextReviewDate(later(profile.lastReviewedOn, facts.lastReviewOn), risk.tier, cadence, today);
  const flags = vendorFlags({
    today,
    nextReviewOn,
    contractEnd: profile.contractEnd,
    certificationExpiries: facts.certificationExpiries,
    receivesPersonalData: received.receivesPersonalData,
    dpaSigned: profile.dpaStatus === 'signed',
    uncoveredTransfer: countries.some((c) => !c.covered),
  });
  return { countries, risk, nextReviewOn, flags };
}
