import { asOfHead } from '../../db/audit/as-of-head';
import type { Db } from '../../db/sqlite';
import { fold } from '../../db/statements';
import { certificationExpiriesOfAll } from '../../db/vendors/certifications';
import { openFindingsOfAll } from '../../db/vendors/findings';
import { type RegisterProfile, registerProfiles } from '../../db/vendors/profiles';
import { answersOfAll } from '../../db/vendors/questionnaire';
import { type ReceivedSummary, receivedByAll, type RegisterReceived } from '../../db/vendors/received';
import { lastReviewsOfAll } from '../../db/vendors/reviews';
import { recordedTransfersOfAll } from '../../db/vendors/transfers';
import { type Assessment, assess } from './assess';
import { reviewRules } from './detail';

export interface RegisterEntry {
  profile: RegisterProfile;
  received: ReceivedSummary & { receivesPersonalData: boolean };
  assessment: Assessment;
  /** How many findings are open, all severities. */
  openFindings: number;
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

function assessAll(db: Db, today: string): { entries: RegisterEntry[]; received: RegisterReceived } {
  const rules = reviewRules(db);
  const received = receivedByAll(db);
  const recordedTransfers = recordedTransfersOfAll(db);
  const answers = answersOfAll(db);
  const openFindings = openFindingsOfAll(db);
  const expiries = certificationExpiriesOfAll(db);
  const lastReviews = lastReviewsOfAll(db);
  const entries = registerProfiles(db).map((profile): RegisterEntry => {
    const id = profile.recipientId;
    const summary = received.summary(id);
    const receivesPersonalData = summary.activityCount > 0 || summary.systemCount > 0;
    const open = openFindings.get(id) ?? {};
    const assessment = assess(
      {
        profile,
        received: { ...summary, receivesPersonalData },
        inventoryTransfers: received.transfers(id),
        recordedTransfers: recordedTransfers.get(id) ?? [],
        answers: answers.get(id) ?? [],
        openFindings: open,
        certificationExpiries: expiries.get(id) ?? [],
        lastReviewOn: lastReviews.get(id) ?? null,
      },
      rules,
      today,
    );
    return {
      profile,
      received: { ...summary, receivesPersonalData },
      assessment,
      openFindings: Object.values(open).reduce((sum, n) => sum + n, 0),
      folded: fold(profile.name),
    };
  });
  return { entries, received };
}
