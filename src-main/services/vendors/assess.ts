import type { ReviewSettings, VendorCountry, VendorProfile } from '../../contract';
import type { InventoryTransfer } from '../../db/vendors/received';
import type { RecordedTransfer } from '../../db/vendors/transfers';
import type { SeverityCounts } from '../../db/vendors/findings';
import { transferStatus } from '../../domain/countries';
import type { TransferMechanism } from '../../domain/inventory/vocabulary';
import { type FlagDays, vendorFlags, type VendorFlag } from '../../domain/vendors/flags';
import { nextReviewDate, type RiskScore, transferCovered, type VendorRisk, type VendorRiskInput } from '../../domain/vendors/risk';
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
 * Otherwise the first mechanism the inventory's transfers name. A vendor has a few countries: the
 * lists are searched rather than indexed, which the register, doing this for every vendor after each
 * change, would pay for in maps and sets.
 */
export function vendorCountries(own: readonly string[], inventory: readonly InventoryTransfer[], recorded: readonly RecordedTransfer[]): VendorCountry[] {
  const countries: string[] = [];
  for (const country of own) insertSorted(countries, country);
  for (const transfer of inventory) insertSorted(countries, transfer.country);
  for (const transfer of recorded) insertSorted(countries, transfer.country);
  return countries.map((country) => {
    const status = transferStatus(country);
    const vendor = recorded.find((r) => r.country === country);
    if (vendor) {
      const { mechanism, sccModule, tiaDone, tiaOn, documentRef } = vendor;
      return { country, status, mechanism, source: 'vendor', sccModule, tiaDone, tiaOn, documentRef, covered: transferCovered({ country, status, mechanism }) };
    }
    const mechanism = inventoryMechanism(inventory, country);
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

/** Puts `value` into the sorted `list` unless it is there already. */
function insertSorted(list: string[], value: string): void {
  let i = list.length;
  while (i > 0 && list[i - 1]! > value) i--;
  if (i > 0 && list[i - 1] === value) return;
  list.push(value);
  for (let j = list.length - 1; j > i; j--) list[j] = list[j - 1]!;
  list[i] = value;
}

/** The first mechanism the inventory's transfers to `country` name that the register recognises; null when none does. */
function inventoryMechanism(inventory: readonly InventoryTransfer[], country: string): VendorTransferMechanism | null {
  for (const transfer of inventory) {
    const mapped = transfer.country === country && transfer.mechanism !== null ? MECHANISMS[transfer.mechanism] : null;
    if (mapped !== null) return mapped;
  }
  return null;
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

export interface Assessment<R extends RiskScore = VendorRisk> {
  countries: VendorCountry[];
  risk: R;
  nextReviewOn: string;
  flags: VendorFlag[];
}

const later = (a: string | null, b: string | null) => (a === null ? b : b === null || a >= b ? a : b);

/**
 * The one place the vendor page and the register turn facts into risk, next review and flags, so
 * both always agree; `score` is `assessVendorRisk` for the page, `riskScore` for the register.
 */
export function assess<R extends RiskScore>(facts: VendorFacts, cadence: ReviewSettings['cadence'], days: FlagDays, score: (input: VendorRiskInput) => R): Assessment<R> {
  const { profile, received } = facts;
  const countries = vendorCountries(profile.countries, facts.inventoryTransfers, facts.recordedTransfers);
  const risk = score({
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
  const nextReviewOn = nextReviewDate(later(profile.lastReviewedOn, facts.lastReviewOn), risk.tier, cadence, days.today);
  const flags = vendorFlags(
    {
      nextReviewOn,
      contractEnd: profile.contractEnd,
      certificationExpiries: facts.certificationExpiries,
      receivesPersonalData: received.receivesPersonalData,
      dpaSigned: profile.dpaStatus === 'signed',
      uncoveredTransfer: countries.some((c) => !c.covered),
    },
    days,
  );
  return { countries, risk, nextReviewOn, flags };
}
