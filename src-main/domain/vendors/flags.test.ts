import { describe, expect, it } from 'vitest';
import { addCalendarDays } from '../deadlines/calendar';
import { EXPIRY_WINDOW_DAYS, expiryState, flagDays, REVIEW_DUE_SOON_DAYS, VENDOR_FLAG_CODES, type VendorFlag, type VendorFlagInput, vendorFlags } from './flags';

const TODAY = '2026-11-29';
const day = (offset: number) => addCalendarDays(TODAY, offset);

/** A vendor with nothing to flag. */
function quiet(overrides: Partial<VendorFlagInput> = {}): VendorFlagInput {
  return {
    nextReviewOn: day(REVIEW_DUE_SOON_DAYS + 1),
    contractEnd: null,
    certificationExpiries: [],
    receivesPersonalData: true,
    dpaSigned: true,
    uncoveredTransfer: false,
    ...overrides,
  };
}

const DAYS = flagDays(TODAY);
const flagsOf = (overrides: Partial<VendorFlagInput>) => vendorFlags(quiet(overrides), DAYS);

describe('vendorFlags', () => {
  it('flags nothing on a quiet vendor', () => {
    expect(flagsOf({})).toEqual([]);
  });

  it.each<[string, Partial<VendorFlagInput>, VendorFlag[]]>([
    ['review yesterday: overdue', { nextReviewOn: day(-1) }, ['review_overdue']],
    ['review today: due soon, not overdue', { nextReviewOn: TODAY }, ['review_due_soon']],
    [`review in ${REVIEW_DUE_SOON_DAYS} days: due soon`, { nextReviewOn: day(REVIEW_DUE_SOON_DAYS) }, ['review_due_soon']],
    [`review in ${REVIEW_DUE_SOON_DAYS + 1} days: nothing`, { nextReviewOn: day(REVIEW_DUE_SOON_DAYS + 1) }, []],
    ['contract ended yesterday', { contractEnd: day(-1) }, ['contract_expired']],
    ['contract ends today: expiring', { contractEnd: TODAY }, ['contract_expiring']],
    [`contract ends in ${EXPIRY_WINDOW_DAYS} days: expiring`, { contractEnd: day(EXPIRY_WINDOW_DAYS) }, ['contract_expiring']],
    [`contract ends in ${EXPIRY_WINDOW_DAYS + 1} days: nothing`, { contractEnd: day(EXPIRY_WINDOW_DAYS + 1) }, []],
    ['certificate expired yesterday', { certificationExpiries: [day(-1)] }, ['certification_expired']],
    ['certificate expires today: expiring', { certificationExpiries: [TODAY] }, ['certification_expiring']],
    [`certificate expires in ${EXPIRY_WINDOW_DAYS} days`, { certificationExpiries: [day(EXPIRY_WINDOW_DAYS)] }, ['certification_expiring']],
    [`certificate expires in ${EXPIRY_WINDOW_DAYS + 1} days: nothing`, { certificationExpiries: [day(EXPIRY_WINDOW_DAYS + 1)] }, []],
    ['certificate without expiry: nothing', { certificationExpiries: [null] }, []],
    ['one expired and one expiring certificate', { certificationExpiries: [null, day(-400), day(10)] }, ['certification_expired', 'certification_expiring']],
    ['unsigned agreement while receiving data', { dpaSigned: false }, ['no_signed_dpa']],
    ['unsigned agreement, receiving nothing: nothing', { dpaSigned: false, receivesPersonalData: false }, []],
    ['uncovered transfer', { uncoveredTransfer: true }, ['transfer_without_mechanism']],
  ])('%s', (_name, overrides, flags) => {
    expect(flagsOf(overrides)).toEqual(flags);
  });

  it('lists every flag that holds, in the order of VENDOR_FLAGS', () => {
    const all = flagsOf({ nextReviewOn: day(-1), contractEnd: day(-1), certificationExpiries: [day(-1), day(1)], dpaSigned: false, uncoveredTransfer: true });
    expect(all).toEqual(VENDOR_FLAG_CODES.filter((f) => !['review_due_soon', 'contract_expiring'].includes(f)));
    const soon = flagsOf({ nextReviewOn: TODAY, contractEnd: day(1), certificationExpiries: [day(-1), day(1)], dpaSigned: false, uncoveredTransfer: true });
    expect(soon).toEqual(VENDOR_FLAG_CODES.filter((f) => !['review_overdue', 'contract_expired'].includes(f)));
  });

  it('never flags a review both overdue and due soon, nor a contract both ended and ending', () => {
    for (let offset = -3; offset <= EXPIRY_WINDOW_DAYS + 3; offset++) {
      const flags = flagsOf({ nextReviewOn: day(offset), contractEnd: day(offset) });
      expect(flags.includes('review_overdue') && flags.includes('review_due_soon')).toBe(false);
      expect(flags.includes('contract_expired') && flags.includes('contract_expiring')).toBe(false);
      expect(flags.includes('review_overdue')).toBe(offset < 0);
      expect(flags.includes('review_due_soon')).toBe(offset >= 0 && offset <= REVIEW_DUE_SOON_DAYS);
      expect(flags.includes('contract_expiring')).toBe(offset >= 0 && offset <= EXPIRY_WINDOW_DAYS);
    }
  });

  it('judges a contract by the same window as expiryState, which the certificates tab shows', () => {
    for (let offset = -2; offset <= EXPIRY_WINDOW_DAYS + 2; offset++) {
      const state = expiryState(day(offset), TODAY);
      const flags = flagsOf({ contractEnd: day(offset), certificationExpiries: [day(offset)] });
      expect(flags.includes('contract_expired') && flags.includes('certification_expired')).toBe(state === 'expired');
      expect(flags.includes('contract_expiring') && flags.includes('certification_expiring')).toBe(state === 'expiring');
    }
  });
});
