import { z } from 'zod';
import sampleVendorsJson from '../../../resources/sample/sample-vendors.json';
import type { ParsedInput, VendorDetail } from '../../contract';
import {
  answersInput,
  certificationInput,
  findingInput,
  reviewInput,
  subProcessorInput,
  vendorListInput,
  vendorProfileInput,
  vendorTransfersInput,
} from '../../contract/vendors';
import { addCalendarDays, addMonths, type CalendarDate, dateParts, daysBetween, daysInMonth, formatDate } from '../../domain/deadlines/calendar';
import type { VendorService } from './index';

/**
 * The vendor register of the fictional sample company (resources/sample/sample-vendors.json),
 * loaded through the register's own writes after the sample inventory. Its dates are offsets from
 * the day it is loaded, so the cards and flags it is meant to show hold whenever it is loaded.
 */

/** '0d', '-45d', '+2m', '-1y-3m': parts apply left to right; months are calendar months, clamped to a shorter month's end. */
const OFFSET = /^(?:[+-]?\d{1,4}[dmy])(?:[+-]\d{1,4}[dmy])*$/;
const offset = z.string().regex(OFFSET, 'Use an offset from the day of loading, such as 0d, -45d, +2m or -1y-3m.');
const optionalOffset = offset.nullable().default(null);
/** A review the loader dates so that the next review falls due later this month (reviewDueThisMonth). */
export const DUE_THIS_MONTH = 'next-due-this-month';

/** The file's own shape: names instead of ids, offsets instead of dates; every other field is the contract's to check. */
const sampleVendor = z
  .object({
    $comment: z.string().optional(),
    profile: z
      .object({ dpaSignedOn: optionalOffset, contractStart: optionalOffset, contractEnd: optionalOffset, lastReviewedOn: optionalOffset })
      .catchall(z.unknown()),
    /** Absent or empty: nothing recorded on the vendor, the inventory's transfers speak for it. */
    transfers: z.array(z.object({ tiaOn: optionalOffset }).catchall(z.unknown())).default([]),
    subProcessors: z
      .array(
        z
          .object({
            /** The sub-processor's own recipient in the sample, by name. */
            recipient: z.string().min(1).nullable().default(null),
            notifiedOn: optionalOffset,
          })
          .catchall(z.unknown()),
      )
      .default([]),
    certifications: z.array(z.object({ expiresOn: optionalOffset }).catchall(z.unknown())).default([]),
    answers: z.array(z.unknown()).default([]),
    findings: z.array(z.object({ dueOn: optionalOffset }).catchall(z.unknown())).default([]),
    reviews: z.array(z.object({ on: z.union([z.literal(DUE_THIS_MONTH), offset]) }).catchall(z.unknown())).default([]),
  })
  .strict();

export const sampleVendorsFile = z
  .object({
    format: z.literal('privacy-workstation/sample-vendors'),
    version: z.literal(1),
    $comment: z.array(z.string()).optional(),
    /** By the name of a recipient of the sample inventory. */
    vendors: z.record(z.string().min(1), sampleVendor),
  })
  .strict();

export type SampleVendorsFile = z.output<typeof sampleVendorsFile>;

type ReviewPlan = Omit<ParsedInput<'vendors.recordReview'>, 'reviewedOn'> & { reviewedOn: CalendarDate | typeof DUE_THIS_MONTH };

/** One vendor's writes, each input already checked by the contract's schema. */
export interface SampleVendorPlan {
  name: string;
  recipientId: number;
  profile: ParsedInput<'vendors.saveProfile'>;
  /** null: none recorded on the vendor. */
  transfers: ParsedInput<'vendors.saveTransfers'> | null;
  subProcessors: ParsedInput<'vendors.saveSubProcessor'>[];
  certifications: ParsedInput<'vendors.saveCertification'>[];
  answers: ParsedInput<'vendors.saveAnswers'> | null;
  findings: ParsedInput<'vendors.saveFinding'>[];
  /** Oldest first; the one due this month, if any, last. */
  reviews: ReviewPlan[];
}

/** A fault in the shipped sample: a bug to fail loudly on, never something to skip. */
export class SampleVendorsError extends Error {
  override name = 'SampleVendorsError';
}

function check<T extends z.ZodType>(schema: T, value: unknown, where: string): z.output<T> {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const problems = result.error.issues.map((issue) => `${[where, ...issue.path].join('.')}: ${issue.message}`);
  throw new SampleVendorsError(`The sample vendor register is invalid: ${problems.join('; ')}`);
}

/** The calendar date `spec` days, months or years from `today`. */
export function resolveOffset(spec: string, today: CalendarDate): CalendarDate {
  if (!OFFSET.test(spec)) throw new SampleVendorsError(`The sample vendor register is invalid: “${spec}” is not a date offset.`);
  let date = today;
  for (const [, amount, unit] of spec.matchAll(/([+-]?\d+)([dmy])/g)) {
    const n = Number(amount);
    date = unit === 'd' ? addCalendarDays(date, n) : addMonths(date, unit === 'm' ? n : 12 * n);
  }
  return date;
}

/**
 * The review date, not after `today`, that makes the next review (that date plus `months`, clamped
 * like addMonths) fall between today and the end of this month, as near as can be to ten days
 * ahead. Some cadences cannot reach the last days of a month (31 August minus 6 months has no
 * 31 February): then the earliest next review after today, early next month.
 */
export function reviewDueThisMonth(today: CalendarDate, months: number): CalendarDate {
  const { year, month } = dateParts(today);
  const monthEnd = formatDate({ year, month, day: daysInMonth(year, month) });
  const target = addCalendarDays(today, 10) < monthEnd ? addCalendarDays(today, 10) : monthEnd;
  const base = addMonths(today, -months);
  let best: { on: CalendarDate; next: CalendarDate; distance: number } | null = null;
  let fallback: { on: CalendarDate; next: CalendarDate } | null = null;
  for (let k = -40; k <= 40; k++) {
    const on = addCalendarDays(base, k);
    if (on > today) break;
    const next = addMonths(on, months);
    if (next < today) continue;
    if (next <= monthEnd) {
      const distance = Math.abs(daysBetween(next, target));
      if (best === null || distance < best.distance || (distance === best.distance && on > best.on)) best = { on, next, distance };
    } else if (fallback === null || next < fallback.next) {
      fallback = { on, next };
    }
  }
  return best?.on ?? fallback?.on ?? base;
}

/**
 * Turns the file into checked writes as of `today`: names into recipient ids (case-insensitive),
 * offsets into dates, every input through the contract's schema. Pure; throws SampleVendorsError,
 * naming the vendor and the field, on anything wrong.
 */
export function planSampleVendors(raw: unknown, recipientIdByName: ReadonlyMap<string, number>, today: CalendarDate): SampleVendorPlan[] {
  const file = check(sampleVendorsFile, raw, 'sample-vendors.json');
  const idOf = (name: string, where: string) => {
    const id = recipientIdByName.get(name.toLocaleLowerCase());
    if (id === undefined) throw new SampleVendorsError(`The sample vendor register is invalid: ${where}: the sample inventory has no recipient “${name}”.`);
    return id;
  };
  const date = (spec: string | null) => (spec === null ? null : resolveOffset(spec, today));
  return Object.entries(file.vendors).map(([name, vendor]): SampleVendorPlan => {
    const at = `vendors.${name}`;
    const recipientId = idOf(name, at);
    const { profile } = vendor;
    const transfers = vendor.transfers.map((t) => ({ ...t, tiaOn: date(t.tiaOn) }));
    const reviews = vendor.reviews.map((r, i): ReviewPlan => {
      const { on, ...rest } = r;
      const reviewedOn = on === DUE_THIS_MONTH ? today : resolveOffset(on, today);
      if (reviewedOn > today) throw new SampleVendorsError(`The sample vendor register is invalid: ${at}.reviews.${i}.on: “${on}” is after the day of loading.`);
      const checked = check(reviewInput, { recipientId, reviewedOn, ...rest }, `${at}.reviews.${i}`);
      return { ...checked, reviewedOn: on === DUE_THIS_MONTH ? DUE_THIS_MONTH : checked.reviewedOn };
    });
    const dueThisMonth = reviews.filter((r) => r.reviewedOn === DUE_THIS_MONTH);
    if (dueThisMonth.length > 1) throw new SampleVendorsError(`The sample vendor register is invalid: ${at}.reviews: only one review can be “${DUE_THIS_MONTH}”.`);
    const dated = reviews.filter((r) => r.reviewedOn !== DUE_THIS_MONTH).sort((a, b) => (a.reviewedOn < b.reviewedOn ? -1 : a.reviewedOn > b.reviewedOn ? 1 : 0));
    return {
      name,
      recipientId,
      profile: check(
        vendorProfileInput,
        {
          ...profile,
          recipientId,
          dpaSignedOn: date(profile.dpaSignedOn),
          contractStart: date(profile.contractStart),
          contractEnd: date(profile.contractEnd),
          lastReviewedOn: date(profile.lastReviewedOn),
        },
        `${at}.profile`,
      ),
      transfers: transfers.length === 0 ? null : check(vendorTransfersInput, { recipientId, transfers }, at),
      subProcessors: vendor.subProcessors.map(({ recipient, notifiedOn, ...s }, i) =>
        check(
          subProcessorInput,
          { ...s, recipientId, subRecipientId: recipient === null ? null : idOf(recipient, `${at}.subProcessors.${i}.recipient`), notifiedOn: date(notifiedOn) },
          `${at}.subProcessors.${i}`,
        ),
      ),
      certifications: vendor.certifications.map((c, i) => check(certificationInput, { ...c, recipientId, expiresOn: date(c.expiresOn) }, `${at}.certifications.${i}`)),
      answers: vendor.answers.length === 0 ? null : check(answersInput, { recipientId, answers: vendor.answers }, at),
      findings: vendor.findings.map((f, i) => check(findingInput, { ...f, recipientId, dueOn: date(f.dueOn) }, `${at}.findings.${i}`)),
      reviews: [...dated, ...dueThisMonth],
    };
  });
}

/** The shipped file. */
export function sampleVendorsData(): unknown {
  return sampleVendorsJson;
}

/**
 * Writes the sample register through the vendor service, as of `today` (the organisation's calendar
 * day). Reviews go last, so each snapshots the risk the loaded facts give. A recipient that already
 * has a vendor profile keeps it untouched. Answers how many vendors were written.
 */
export function importSampleVendors(
  vendors: VendorService,
  recipients: readonly { id: number; name: string }[],
  today: CalendarDate,
  raw: unknown = sampleVendorsData(),
): number {
  const ids = new Map<string, number>();
  for (const r of recipients) if (!ids.has(r.name.toLocaleLowerCase())) ids.set(r.name.toLocaleLowerCase(), r.id);
  const plans = planSampleVendors(raw, ids, today);
  const existing = new Set(vendors.list(vendorListInput.parse({ limit: 5000 })).rows.map((row) => row.recipientId));
  const { cadence } = vendors.reviewSettings({});
  let written = 0;
  for (const plan of plans) {
    if (existing.has(plan.recipientId)) continue;
    let detail: VendorDetail = vendors.saveProfile(plan.profile);
    if (plan.transfers) detail = vendors.saveTransfers(plan.transfers);
    for (const input of plan.subProcessors) detail = vendors.saveSubProcessor(input);
    for (const input of plan.certifications) detail = vendors.saveCertification(input);
    if (plan.answers) detail = vendors.saveAnswers(plan.answers);
    for (const input of plan.findings) detail = vendors.saveFinding(input);
    for (const { reviewedOn, ...review } of plan.reviews) {
      // The risk does not depend on reviews, so the tier now is the tier the next review is scheduled by.
      const on = reviewedOn === DUE_THIS_MONTH ? reviewDueThisMonth(today, cadence[detail.risk.tier]) : reviewedOn;
      detail = vendors.recordReview({ ...review, reviewedOn: on });
    }
    written++;
  }
  return written;
}
