import { z } from 'zod';
import type { RiskTier } from '../domain/vendors/vocabulary';
import type { VendorRisk } from '../domain/vendors/risk';
import { DPA_STATUSES, SERVICE_KINDS, VENDOR_ROLES, VOLUME_BANDS, type DpaStatus, type ServiceKind, type VendorRole, type VolumeBand } from '../domain/vendors/vocabulary';
import { call } from './define';
import type { Page } from './inventory';

const text = (max: number) => z.string().trim().max(max, `Use at most ${max.toLocaleString('en')} characters.`);
const id = z.number().int().positive();
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'Use a date like 2026-11-29.');
const optionalDate = isoDate.nullable().default(null);
const codes = <T extends Record<string, string>>(labels: T) => Object.keys(labels) as [keyof T & string, ...(keyof T & string)[]];

export const VENDOR_SORTS = ['name', 'tier', 'nextReview'] as const;
export type VendorSort = (typeof VENDOR_SORTS)[number];

export const vendorListInput = z
  .object({
    search: text(200).default(''),
    sort: z
      .object({ by: z.enum(VENDOR_SORTS), dir: z.enum(['asc', 'desc']) })
      .strict()
      .default({ by: 'name', dir: 'asc' }),
    offset: z.number().int().min(0).max(10_000_000).default(0),
    limit: z.number().int().min(1).max(5000).default(100),
  })
  .strict();

export const vendorProfileInput = z
  .object({
    recipientId: id,
    role: z.enum(codes(VENDOR_ROLES)).default('processor'),
    services: z.array(z.enum(codes(SERVICE_KINDS))).max(20).default([]),
    contact: text(1000).default(''),
    privacyContact: text(1000).default(''),
    website: text(500).default(''),
    dpaStatus: z.enum(codes(DPA_STATUSES)).default('none'),
    dpaSignedOn: optionalDate,
    dpaReference: text(1000).default(''),
    contractStart: optionalDate,
    contractEnd: optionalDate,
    noticePeriodDays: z.number().int().min(0).max(3650).nullable().default(null),
    volumeBand: z.enum(codes(VOLUME_BANDS)).default('under_1k'),
    incidents24m: z.number().int().min(0).max(1000).default(0),
    lastReviewedOn: optionalDate,
  })
  .strict()
  .refine((p) => p.contractStart === null || p.contractEnd === null || p.contractStart <= p.contractEnd, {
    message: 'The contract cannot end before it starts.',
    path: ['contractEnd'],
  });

export type VendorProfileInput = z.input<typeof vendorProfileInput>;

/** The officer's record of a vendor, kept beside its recipient. */
export interface VendorProfile {
  recipientId: number;
  /** The recipient's name and countries, as the inventory holds them. */
  name: string;
  countries: string[];
  role: VendorRole;
  services: ServiceKind[];
  contact: string;
  privacyContact: string;
  website: string;
  dpaStatus: DpaStatus;
  dpaSignedOn: string | null;
  dpaReference: string;
  contractStart: string | null;
  contractEnd: string | null;
  noticePeriodDays: number | null;
  volumeBand: VolumeBand;
  incidents24m: number;
  lastReviewedOn: string | null;
  createdAt: string;
  updatedAt: string;
}

export interface VendorLink {
  id: number;
  name: string;
}

export interface VendorCategory extends VendorLink {
  key: string;
  special: boolean;
  criminal: boolean;
  sensitive: boolean;
}

/** A profile with what the inventory says the vendor receives (derived, never stored) and its risk. */
export interface VendorDetail {
  profile: VendorProfile;
  /** Active activities that list the recipient, name it in a transfer, or use a system it processes. */
  activities: VendorLink[];
  /** Active systems whose processor is the recipient. */
  systems: VendorLink[];
  categories: VendorCategory[];
  subjects: VendorLink[];
  /** Special-category (Art. 9), criminal (Art. 10) or CCPA-sensitive data among the categories. */
  receivesSpecial: boolean;
  risk: VendorRisk;
  nextReviewOn: string;
}

export interface VendorRow {
  recipientId: number;
  name: string;
  role: VendorRole;
  dpaStatus: DpaStatus;
  tier: RiskTier;
  points: number;
  nextReviewOn: string;
  receivesSpecial: boolean;
  categoryCount: number;
}

export const vendorCalls = {
  'vendors.list': call(vendorListInput).returns<Page<VendorRow>>(),
  'vendors.get': call(z.object({ recipientId: id }).strict()).returns<VendorDetail>(),
  /** Creates the recipient's profile, or updates it. */
  'vendors.saveProfile': call(vendorProfileInput).returns<VendorDetail>(),
} as const;
