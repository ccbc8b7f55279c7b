import type { VendorDashboard, VendorDue } from '../../contract';
import type { Db } from '../../db/sqlite';
import { assessRegister, type RegisterEntry } from './register';

const due = ({ profile, assessment }: RegisterEntry): VendorDue => ({
  recipientId: profile.recipientId,
  name: profile.name,
  tier: assessment.risk.tier,
  nextReviewOn: assessment.nextReviewOn,
});

const byDate = (a: VendorDue, b: VendorDue) => (a.nextReviewOn < b.nextReviewOn ? -1 : a.nextReviewOn > b.nextReviewOn ? 1 : 0);

/** The register's cards as of `today`; vendors come by name (assessRegister's order) unless sorted by date. */
export function vendorDashboard(db: Db, today: string): VendorDashboard {
  const register = assessRegister(db, today).entries;
  const month = today.slice(0, 7);
  return {
    dueThisMonth: register
      .filter((e) => e.assessment.nextReviewOn >= today && e.assessment.nextReviewOn.startsWith(month))
      .map(due)
      .sort(byDate),
    overdue: register
      .filter((e) => e.assessment.nextReviewOn < today)
      .map(due)
      .sort(byDate),
    unsignedReceivingData: register
      .filter((e) => e.received.receivesPersonalData && e.profile.dpaStatus !== 'signed')
      .map(({ profile }) => ({ recipientId: profile.recipientId, name: profile.name, dpaStatus: profile.dpaStatus })),
    transfersWithoutMechanism: register.flatMap(({ profile, assessment }) =>
      assessment.countries.filter((c) => !c.covered).map((c) => ({ recipientId: profile.recipientId, name: profile.name, country: c.country })),
    ),
  };
}
