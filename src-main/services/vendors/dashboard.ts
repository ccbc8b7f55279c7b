import type { VendorDashboard, VendorDue } from '../../contract';
import type { Db } from '../../db/sqlite';
import { assessRegister, type RegisterEntry } from './register';

const due = ({ recipientId, name, tier, nextReviewOn }: RegisterEntry): VendorDue => ({ recipientId, name, tier, nextReviewOn });

const byDate = (a: VendorDue, b: VendorDue) => (a.nextReviewOn < b.nextReviewOn ? -1 : a.nextReviewOn > b.nextReviewOn ? 1 : 0);

/** The register's cards as of `today`; vendors come by name (assessRegister's order) unless sorted by date. */
export function vendorDashboard(db: Db, today: string): VendorDashboard {
  const register = assessRegister(db, today).entries;
  const month = today.slice(0, 7);
  return {
    dueThisMonth: register
      .filter((e) => e.nextReviewOn >= today && e.nextReviewOn.startsWith(month))
      .map(due)
      .sort(byDate),
    overdue: register
      .filter((e) => e.nextReviewOn < today)
      .map(due)
      .sort(byDate),
    unsignedReceivingData: register
      .filter((e) => e.receivesPersonalData && e.dpaStatus !== 'signed')
      .map(({ recipientId, name, dpaStatus }) => ({ recipientId, name, dpaStatus })),
    transfersWithoutMechanism: register.flatMap(({ recipientId, name, uncoveredCountries }) => uncoveredCountries.map((country) => ({ recipientId, name, country }))),
  };
}
