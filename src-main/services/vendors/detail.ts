import { AppError } from '../../contract/errors';
import type { ReviewSettings, VendorDetail, VendorProfile } from '../../contract';
import type { Db } from '../../db/sqlite';
import { readCadence } from '../../db/vendors/cadence';
import { certificationsOf } from '../../db/vendors/certifications';
import { findingsOf, type SeverityCounts } from '../../db/vendors/findings';
import { getProfile } from '../../db/vendors/profiles';
import { answersOf, currentQuestions } from '../../db/vendors/questionnaire';
import { receivedBy } from '../../db/vendors/received';
import { reviewsOf } from '../../db/vendors/reviews';
import { subProcessorsOf } from '../../db/vendors/sub-processors';
import { recordedTransfersOf } from '../../db/vendors/transfers';
import { flagDays } from '../../domain/vendors/flags';
import { scoreQuestionnaire } from '../../domain/vendors/questionnaire';
import { assessVendorRisk } from '../../domain/vendors/risk';
import { assess } from './assess';

export function noProfile(): AppError {
  return new AppError('NOT_FOUND', 'That recipient has no vendor profile yet (or no longer exists). Save a profile for it first, or reload the list.');
}

/** The vendor's profile; NOT_FOUND when the recipient has none (or is gone). */
export function requireProfile(db: Db, recipientId: number): VendorProfile {
  const profile = getProfile(db, recipientId);
  if (!profile) throw noProfile();
  return profile;
}

export function reviewRules(db: Db): ReviewSettings {
  return { questions: currentQuestions(db), cadence: readCadence(db) };
}

/** Everything about one vendor, derived parts computed as of `today`. */
export function vendorDetail(db: Db, recipientId: number, today: string): VendorDetail {
  const profile = requireProfile(db, recipientId);
  const received = receivedBy(db, recipientId);
  const rules = reviewRules(db);
  const answers = answersOf(db, recipientId);
  const certifications = certificationsOf(db, recipientId);
  const findings = findingsOf(db, recipientId, today);
  const reviews = reviewsOf(db, recipientId);
  const openFindings: SeverityCounts = {};
  for (const finding of findings) if (finding.status === 'open') openFindings[finding.severity] = (openFindings[finding.severity] ?? 0) + 1;
  const { categories } = received;
  const questionnaire = answers.length === 0 ? null : scoreQuestionnaire(rules.questions, answers);
  const assessment = assess(
    {
      profile,
      received: {
        receivesPersonalData: received.activities.length > 0 || received.systems.length > 0,
        categoryCount: categories.length,
        special: categories.some((c) => c.special),
        criminal: categories.some((c) => c.criminal),
        sensitive: categories.some((c) => c.sensitive),
      },
      inventoryTransfers: received.transfers,
      recordedTransfers: recordedTransfersOf(db, recipientId),
      questionnaireScore: questionnaire?.score ?? null,
      openFindings,
      certificationExpiries: certifications.map((c) => c.expiresOn),
      lastReviewOn: reviews[0]?.reviewedOn ?? null,
    },
    rules.cadence,
    flagDays(today),
    assessVendorRisk,
  );
  return {
    profile,
    activities: received.activities,
    systems: received.systems,
    categories,
    subjects: received.subjects,
    receivesSpecial: categories.some((c) => c.special || c.criminal || c.sensitive),
    transfers: assessment.countries,
    subProcessors: subProcessorsOf(db, recipientId),
    certifications,
    questionnaire: { questions: rules.questions, answers, result: questionnaire },
    findings,
    reviews,
    risk: assessment.risk,
    nextReviewOn: assessment.nextReviewOn,
    flags: assessment.flags,
  };
}
