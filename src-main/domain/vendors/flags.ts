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
  today: string;
  nextReviewOn: string;
  contractEnd: string | null;
  certificationExpiries: readonly (string | null)[];
  receivesPersonalData: boolean;
  dpaSigned: boolean;
  /** Some country outside the EEA without adequacy has no valid mechanism. */
  uncoveredTransfer: boolean;
}

/** Whether a contract or certification ending on `endsOn` has ended, ends within EXPIRY_WINDOW_DAYS, or neither (null). */
export function expiryState(endsOn: string | null, today: string): 'expired' | 'expiring' | null {
  if (endsOn === null) return null;
  if (endsOn < today) return 'expired';
  return endsOn <= addCalendarDays(today, EXPIRY_WINDOW_DAYS) ? 'expiring' : null;
}

/** The flags that hold, in the order of VENDOR_FLAGS. Pure. */
export function vendorFlags(input: VendorFlagInput): VendorFlag[] {
  const { today } = input;
  const soon = addCalendarDays(today, REVIEW_DUE_SOON_DAYS);
  const contract = expiryState(input.contractEnd, today);
  const certifications = input.certificationExpiries.map((d) => expiryState(d, today));
  const holds: Record<VendorFlag, boolean> = {
    review_overdue: input.nextReviewOn < today,
    review_due_soon: input.nextReviewOn >= today && input.nextReviewOn <= soon,
    contract_expired: contract === 'expired',
    contract_expiring: contract === 'expiring',
    certification_expired: certifications.includes('expired'),
    certification_expiring: certifications.includes('expiring'),
    no_signed_dpa: input.receivesPersonalData && !input.dpaSigned,
    transfer_without_mechanism: input.uncoveredTransfer,
  };
  return VENDOR_FLAG_CODES.filter((flag) => holds[flag]);
}
