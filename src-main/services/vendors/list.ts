import { type Page, type ParsedInput, VENDOR_ROW_CATEGORIES, type VendorRow, type VendorSort } from '../../contract';
import type { Db } from '../../db/sqlite';
import { fold } from '../../db/statements';
import type { RiskTier } from '../../domain/vendors/vocabulary';
import { assessRegister, type RegisterEntry } from './register';

const TIER_RANK: Readonly<Record<RiskTier, number>> = { low: 0, medium: 1, high: 2 };

const order = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

const COMPARE: Readonly<Record<VendorSort, (a: RegisterEntry, b: RegisterEntry) => number>> = {
  name: (a, b) => order(a.folded, b.folded),
  tier: (a, b) => TIER_RANK[a.tier] - TIER_RANK[b.tier] || a.points - b.points,
  nextReview: (a, b) => order(a.nextReviewOn, b.nextReviewOn),
};

/**
 * The register's page: every vendor assessed from a few grouped queries, then filtered, sorted and
 * paged here (tier and flags are computed, not stored, so SQL cannot sort by them); only the page's
 * rows sort their category names.
 */
export function listVendors(db: Db, input: ParsedInput<'vendors.list'>, today: string): Page<VendorRow> {
  const { search, tier, flag, sort, offset, limit } = input;
  const needle = fold(search.trim());
  const { entries, received: receivedBy } = assessRegister(db, today);
  const matching = entries.filter(
    (entry) =>
      (needle === '' || entry.folded.includes(needle)) &&
      (tier === null || entry.tier === tier) &&
      (flag === null || entry.flags.includes(flag)),
  );
  const sign = sort.dir === 'desc' ? -1 : 1;
  const compare = COMPARE[sort.by];
  matching.sort((a, b) => sign * (compare(a, b) || COMPARE.name(a, b) || a.recipientId - b.recipientId));
  const rows = matching.slice(offset, offset + limit).map(
    (entry): VendorRow => ({
      recipientId: entry.recipientId,
      name: entry.name,
      role: entry.role,
      services: entry.services,
      dpaStatus: entry.dpaStatus,
      tier: entry.tier,
      points: entry.points,
      nextReviewOn: entry.nextReviewOn,
      receivesSpecial: entry.receivesSpecial,
      categoryCount: entry.categoryCount,
      categories: receivedBy.firstCategoryNames(entry.recipientId, VENDOR_ROW_CATEGORIES),
      questionnaireScore: entry.questionnaireScore,
      openFindings: entry.openFindings,
      flags: entry.flags,
    }),
  );
  return { rows, total: matching.length };
}
