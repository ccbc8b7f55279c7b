import { AppError } from '../../contract/errors';
import type { CallOutput, ParsedInput, VendorDetail, VendorProfile, VendorRow } from '../../contract';
import { getOrganisation } from '../../db/inventory/organisation';
import type { Db } from '../../db/sqlite';
import { allProfiles, getProfile, type Received, receivedBy, upsertProfile } from '../../db/vendors/profiles';
import { transferStatus } from '../../domain/countries';
import type { TransferMechanism } from '../../domain/inventory/vocabulary';
import { assessVendorRisk, nextReviewDate, REVIEW_CADENCE_MONTHS, type VendorTransfer } from '../../domain/vendors/risk';
import type { RiskTier, VendorTransferMechanism } from '../../domain/vendors/vocabulary';
import { InventoryStore } from '../inventory/context';
import { todayIn } from '../inventory/index';
import { requireExisting } from '../inventory/rules';
import type { Clock, WorkspaceSession } from '../workspace-session';

type Answer<K extends 'vendors.list' | 'vendors.get' | 'vendors.saveProfile'> = (input: ParsedInput<K>) => CallOutput<K>;

export interface VendorService {
  list: Answer<'vendors.list'>;
  get: Answer<'vendors.get'>;
  saveProfile: Answer<'vendors.saveProfile'>;
}

/** The inventory's mechanisms as the vendor register names them; "other" is no mechanism the risk model recognises. */
const MECHANISMS: Readonly<Record<TransferMechanism, VendorTransferMechanism | null>> = {
  adequacy: 'adequacy',
  scc: 'scc',
  bcr: 'bcr',
  derogation: 'derogation',
  other: null,
};

/**
 * The countries where the vendor processes data: the recipient's own countries and those of the
 * transfers naming it, each with the first mechanism recorded for it (none when no transfer covers it).
 */
export function vendorTransfers(countries: readonly string[], transfers: Received['transfers']): VendorTransfer[] {
  const mechanism = new Map<string, VendorTransferMechanism | null>();
  for (const t of transfers) {
    const mapped = t.mechanism === null ? null : MECHANISMS[t.mechanism];
    if (!mechanism.has(t.country) || mechanism.get(t.country) === null) mechanism.set(t.country, mapped);
  }
  for (const country of countries) if (!mechanism.has(country)) mechanism.set(country, null);
  return [...mechanism].map(([country, m]) => ({ country, status: transferStatus(country), mechanism: m }));
}

function detailOf(profile: VendorProfile, received: Received, today: string): VendorDetail {
  const { categories } = received;
  const risk = assessVendorRisk({
    receivesPersonalData: received.activities.length > 0 || received.systems.length > 0,
    specialCategory: categories.some((c) => c.special),
    criminal: categories.some((c) => c.criminal),
    ccpaSensitive: categories.some((c) => c.sensitive),
    categoryCount: categories.length,
    volume: profile.volumeBand,
    transfers: vendorTransfers(profile.countries, received.transfers),
    // The security questionnaire is not recorded yet.
    questionnaireScore: null,
    openFindings: {},
    incidents: profile.incidents24m,
    dpaStatus: profile.dpaStatus,
  });
  return {
    profile,
    activities: received.activities,
    systems: received.systems,
    categories,
    subjects: received.subjects,
    receivesSpecial: categories.some((c) => c.special || c.criminal || c.sensitive),
    risk,
    nextReviewOn: nextReviewDate(profile.lastReviewedOn, risk.tier, REVIEW_CADENCE_MONTHS, today),
  };
}

const TIER_RANK: Readonly<Record<RiskTier, number>> = { low: 0, medium: 1, high: 2 };

const COMPARE: Readonly<Record<ParsedInput<'vendors.list'>['sort']['by'], (a: VendorRow, b: VendorRow) => number>> = {
  name: (a, b) => a.name.localeCompare(b.name, 'en', { sensitivity: 'base' }),
  tier: (a, b) => TIER_RANK[a.tier] - TIER_RANK[b.tier] || a.points - b.points,
  nextReview: (a, b) => (a.nextReviewOn < b.nextReviewOn ? -1 : a.nextReviewOn > b.nextReviewOn ? 1 : 0),
};

const fold = (s: string) => s.normalize('NFKD').replace(/\p{M}/gu, '').toLocaleLowerCase('en');

function noProfile(): AppError {
  return new AppError('NOT_FOUND', 'That recipient has no vendor profile yet (or no longer exists). Save a profile for it first, or reload the list.');
}

/** The vendor register over the open workspace: profiles beside recipients, what they receive derived from the inventory. */
export function createVendorService(session: WorkspaceSession, clock: Clock): VendorService {
  const store = new InventoryStore(session, clock);
  const today = (db: Db) => todayIn(getOrganisation(db).timeZone, clock.now());
  const detail = (db: Db, recipientId: number): VendorDetail => {
    const profile = getProfile(db, recipientId);
    if (!profile) throw noProfile();
    return detailOf(profile, receivedBy(db, recipientId), today(db));
  };
  return {
    list: ({ search, sort, offset, limit }) =>
      store.read((db) => {
        const day = today(db);
        const needle = fold(search.trim());
        const rows: VendorRow[] = allProfiles(db)
          .filter((p) => needle === '' || fold(p.name).includes(needle))
          .map((p) => {
            const d = detailOf(p, receivedBy(db, p.recipientId), day);
            return {
              recipientId: p.recipientId,
              name: p.name,
              role: p.role,
              dpaStatus: p.dpaStatus,
              tier: d.risk.tier,
              points: d.risk.points,
              nextReviewOn: d.nextReviewOn,
              receivesSpecial: d.receivesSpecial,
              categoryCount: d.categories.length,
            };
          });
        const sign = sort.dir === 'desc' ? -1 : 1;
        const compare = COMPARE[sort.by];
        rows.sort((a, b) => sign * (compare(a, b) || COMPARE.name(a, b) || a.recipientId - b.recipientId));
        return { rows: rows.slice(offset, offset + limit), total: rows.length };
      }),
    get: ({ recipientId }) => store.read((db) => detail(db, recipientId)),
    saveProfile: (input) =>
      store.write((db, now) => {
        requireExisting(db, 'recipient', [input.recipientId], 'recipientId');
        upsertProfile(db, input, now);
        return detail(db, input.recipientId);
      }),
  };
}
