import { addCalendarDays } from '../deadlines/calendar';

/** What needs the officer's attention on a vendor, with the labels people read. */
export const VENDOR_FLAGS = {
  review_overdue: 'Review overdue',
  review_due_soon: 'Review due soon',
  contract_expired: 'Contract ended',
  contract_expiring: 'Contract ending soon',
  certification_expired: 'Certification expired',
  certification_expiring: 'Certification expiring soon',
  no_signed_dpa: 'No signed processing agreement',
  transfer_without_mechanism: 'Transfer without mechanism',
} as const;

export type VendorFlag = keyof typeof VENDOR_FLAGS;

export const VENDOR_FLAG_CODES = Object.keys(VENDOR_FLAGS) as [VendorFlag, ...VendorFlag[]];

/** How far ahead a review counts as due soon. */
export const REVIEW_DUE_SOON_DAYS = 30;
/**
 * How far ahead a contract or certification end is flagged: contracts commonly need 30 to 90 days'
 * notice, so 90 leaves time to renegotiate or replace the vendor.
 */
export const EXPIRY_WINDOW_DAYS = 90;

/** The facts the flags depend on; dates are 'YYYY-MM-DD'. */
export interface VendorFlagInput {
  nextReviewOn: string;
  contractEnd: string | null;
  certificationExpiries: readonly (string | null)[];
  receivesPersonalData: boolean;
  dpaSigned: boolean;
  /** Some country outside the EEA without adequacy has no valid mechanism. */
  uncoveredTransfer: boolean;
}

/** The days the flags are judged against: the same for every vendor on one day, so the register works them out once. */
export interface FlagDays {
  today: string;
  /** A review due on or before this day is due soon. */
  dueSoonBy: string;
  /** A contract or certification ending on or before this day is expiring. */
  expiringBy: string;
}

export function flagDays(today: string): FlagDays {
  return { today, dueSoonBy: addCalendarDays(today, REVIEW_DUE_SOON_DAYS), expiringBy: addCalendarDays(today, EXPIRY_WINDOW_DAYS) };
}

function expiryBy(endsOn: string | null, today: string, expiringBy: string): 'expired' | 'expiring' | null {
  if (endsOn === null) return null;
  if (endsOn < today) return 'expired';
  return endsOn <= expiringBy ? 'expiring' : null;
}

/** Whether a contract or certification ending on `endsOn` has ended, ends within EXPIRY_WINDOW_DAYS, or neither (null). */
export function expiryState(endsOn: string | null, today: string): 'expired' | 'expiring' | null {
  return expiryBy(endsOn, today, addCalendarDays(today, EXPIRY_WINDOW_DAYS));
}

/** The flags that hold, in the order of VENDOR_FLAGS. Pure. */
export function vendorFlags(input: VendorFlagInput, { today, dueSoonBy, expiringBy }: FlagDays): VendorFlag[] {
  const contract = expiryBy(input.contractEnd, today, expiringBy);
  let certificationExpired = false;
  let certificationExpiring = false;
  for (const expiresOn of input.certificationExpiries) {
    const state = expiryBy(expiresOn, today, expiringBy);
    certificationExpired ||= state === 'expired';
    certificationExpiring ||= state === 'expiring';
  }
  // Pushed in the order of VENDOR_FLAGS (flags.test.ts holds it): the register flags every vendor after each change.
  const flags: VendorFlag[] = [];
  if (input.nextReviewOn < today) flags.push('review_overdue');
  else if (input.nextReviewOn <= dueSoonBy) flags.push('review_due_soon');
  if (contract === 'expired') flags.push('contract_expired');
  else if (contract === 'expiring') flags.push('contract_expiring');
  if (certificationExpired) flags.push('certification_expired');
  if (certificationExpiring) flags.push('certification_expiring');
  if (input.receivesPersonalData && !input.dpaSigned) flags.push('no_signed_dpa');
  if (input.uncoveredTransfer) flags.push('transfer_without_mechanism');
  return flags;
}
