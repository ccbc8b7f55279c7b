import { type Page, type ParsedInput, VENDOR_ROW_CATEGORIES, type VendorRow, type VendorSort } from '../../contract';
import type { Db } from '../../db/sqlite';
import { fold } from '../../db/statements';
import type { RiskTier } from '../../domain/vendors/vocabulary';
import { assessRegister, type RegisterEntry } from './register';

const TIER_RANK: Readonly<Record<RiskTier, number>> = { low: 0, medium: 1, high: 2 };

const order = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

const COMPARE: Readonly<Record<VendorSort, (a: RegisterEntry, b: RegisterEntry) => number>> = {
  name: (a, b) => order(a.folded, b.folded),
  tier: (a, b) => TIER_RANK[a.assessment.risk.tier] - TIER_RANK[b.assessment.risk.tier] || a.assessment.risk.points - b.assessment.risk.points,
  nextReview: (a, b) => order(a.assessment.nextReviewOn, b.assessment.nextReviewOn),
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
      (tier === null || entry.assessment.risk.tier === tier) &&
      (flag === null || entry.assessment.flags.includes(flag)),
  );
  const sign = sort.dir === 'desc' ? -1 : 1;
  const compare = COMPARE[sort.by];
  matching.sort((a, b) => sign * (compare(a, b) || COMPARE.name(a, b) || a.profile.recipientId - b.profile.recipientId));
  const rows = matching.slice(offset, offset + limit).map(
    ({ profile, received, assessment, openFindings }): VendorRow => ({
      recipientId: profile.recipientId,
      name: profile.name,
      role: profile.role,
      services: profile.services,
      dpaStatus: profile.dpaStatus,
      tier: assessment.risk.tier,
      points: assessment.risk.points,
      nextReviewOn: assessment.nextReviewOn,
      receivesSpecial: received.special || received.criminal || received.sensitive,
      categoryCount: received.categoryCount,
      categories: receivedBy.firstCategoryNames(profile.recipientId, VENDOR_ROW_CATEGORIES),
      questionnaireScore: assessment.questionnaire?.score ?? null,
      openFindings,
      flags: assessment.flags,
    }),
  );
  return { rows, total: matching.length };
}
