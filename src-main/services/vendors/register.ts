import { asOfHead } from '../../db/audit/as-of-head';
import type { Db } from '../../db/sqlite';
import { fold } from '../../db/statements';
import { certificationExpiriesOfAll } from '../../db/vendors/certifications';
import { openFindingsOfAll, type SeverityCounts } from '../../db/vendors/findings';
import { type RegisterProfile, registerProfiles } from '../../db/vendors/profiles';
import { answersOfAll } from '../../db/vendors/questionnaire';
import { receivedByAll, type RegisterReceived } from '../../db/vendors/received';
import { lastReviewsOfAll } from '../../db/vendors/reviews';
import { recordedTransfersOfAll } from '../../db/vendors/transfers';
import { flagDays, type VendorFlag } from '../../domain/vendors/flags';
import { type AnswersByQuestion, questionnaireScore } from '../../domain/vendors/questionnaire';
import { riskScore, type VendorRisk } from '../../domain/vendors/risk';
import { assess } from './assess';
import { reviewRules } from './detail';

/**
 * One vendor as the list and the dashboard show it. Only what they read is kept: the register is
 * built again after every change of the record, and the less of it outlives the build, the less
 * the garbage collector copies while it runs.
 */
export interface RegisterEntry {
  recipientId: number;
  name: string;
  role: RegisterProfile['role'];
  services: RegisterProfile['services'];
  dpaStatus: RegisterProfile['dpaStatus'];
  receivesPersonalData: boolean;
  /** Special-category, criminal or CCPA-sensitive data among what it receives. */
  receivesSpecial: boolean;
  categoryCount: number;
  tier: VendorRisk['tier'];
  points: number;
  nextReviewOn: string;
  questionnaireScore: number | null;
  /** How many findings are open, all severities. */
  openFindings: number;
  flags: VendorFlag[];
  /** The countries outside the EEA without adequacy and without a valid mechanism. */
  uncoveredCountries: readonly string[];
  /** The name folded: the search matches it and the name order compares it (accents and case ignored). */
  folded: string;
}

/**
 * Every vendor of the register (profiles of active recipients, by name) assessed as of `today`:
 * each kind of fact is read for all vendors in one grouped query, never one query per vendor.
 */
export function assessRegister(db: Db, today: string): { entries: RegisterEntry[]; received: RegisterReceived } {
  // Computed again only after the record changed or on another day (asOfHead says why it cannot go stale).
  return asOfHead(db, 'vendor register', today, () => assessAll(db, today));
}

// What a vendor without answers, findings, certificates or recorded transfers has: shared, never changed.
const NO_ANSWERS: AnswersByQuestion = {};
const NO_FINDINGS: SeverityCounts = {};
const NONE: readonly never[] = [];

function total(counts: SeverityCounts): number {
  let sum = 0;
  for (const severity in counts) sum += counts[severity as keyof SeverityCounts] ?? 0;
  return sum;
}

function assessAll(db: Db, today: string): { entries: RegisterEntry[]; received: RegisterReceived } {
  const rules = reviewRules(db);
  const days = flagDays(today);
  const received = receivedByAll(db);
  const recordedTransfers = recordedTransfersOfAll(db);
  const answers = answersOfAll(db);
  const openFindings = openFindingsOfAll(db);
  const expiries = certificationExpiriesOfAll(db);
  const lastReviews = lastReviewsOfAll(db);
  const entries = registerProfiles(db).map((profile): RegisterEntry => {
    const id = profile.recipientId;
    const summary = received.summary(id);
    const open = openFindings.get(id) ?? NO_FINDINGS;
    const score = questionnaireScore(rules.questions, answers.get(id) ?? NO_ANSWERS);
    const { countries, risk, nextReviewOn, flags } = assess(
      {
        profile,
        received: summary,
        inventoryTransfers: received.transfers(id),
        recordedTransfers: recordedTransfers.get(id) ?? NONE,
        questionnaireScore: score,
        openFindings: open,
        certificationExpiries: expiries.get(id) ?? NONE,
        lastReviewOn: lastReviews.get(id) ?? null,
      },
      rules.cadence,
      days,
      riskScore,
    );
    return {
      recipientId: id,
      name: profile.name,
      role: profile.role,
      services: profile.services,
      dpaStatus: profile.dpaStatus,
      receivesPersonalData: summary.receivesPersonalData,
      receivesSpecial: summary.special || summary.criminal || summary.sensitive,
      categoryCount: summary.categoryCount,
      tier: risk.tier,
      points: risk.points,
      nextReviewOn,
      questionnaireScore: score,
      openFindings: total(open),
      flags,
      uncoveredCountries: countries.some((c) => !c.covered) ? countries.filter((c) => !c.covered).map((c) => c.country) : NONE,
      folded: fold(profile.name),
    };
  });
  return { entries, received };
}
