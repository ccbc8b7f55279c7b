import { z } from 'zod';
import type { TransferStatus } from '../domain/countries';
import type { Answer, Question, QuestionnaireScore } from '../domain/vendors/questionnaire';
import type { VendorRisk } from '../domain/vendors/risk';
import {
  ANSWER_VALUES,
  CERTIFICATIONS,
  DPA_STATUSES,
  FINDING_SEVERITIES,
  REVIEW_DECISIONS,
  RISK_TIERS,
  SERVICE_KINDS,
  VENDOR_ROLES,
  VENDOR_TRANSFER_MECHANISMS,
  VOLUME_BANDS,
  type Certification,
  type DpaStatus,
  type FindingSeverity,
  type ReviewDecision,
  type RiskTier,
  type ServiceKind,
  type VendorRole,
  type VendorTransferMechanism,
  type VolumeBand,
} from '../domain/vendors/vocabulary';
import { VENDOR_FLAG_CODES, type VendorFlag } from '../domain/vendors/flags';
import { call } from './define';
import { country, type Page } from './inventory';

const text = (max: number) => z.string().trim().max(max, `Use at most ${max.toLocaleString('en')} characters.`);
const id = z.number().int().positive();
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'Use a date like 2026-11-29.');
const optionalDate = isoDate.nullable().default(null);
const codes = <T extends Record<string, string>>(labels: T) => Object.keys(labels) as [keyof T & string, ...(keyof T & string)[]];
const vendorRef = z.object({ recipientId: id }).strict();

export const VENDOR_SORTS = ['name', 'tier', 'nextReview'] as const;
export type VendorSort = (typeof VENDOR_SORTS)[number];

export const vendorListInput = z
  .object({
    search: text(200).default(''),
    /** Only vendors of this tier. */
    tier: z.enum(codes(RISK_TIERS)).nullable().default(null),
    /** Only vendors showing this flag. */
    flag: z.enum(VENDOR_FLAG_CODES).nullable().default(null),
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

const transferInput = z
  .object({
    country,
    mechanism: z.enum(codes(VENDOR_TRANSFER_MECHANISMS)),
    /** Which module of the 2021 clauses; only with 'scc'. */
    sccModule: z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4)]).nullable().default(null),
    /** A transfer impact assessment was carried out (Schrems II, EDPB Recommendations 01/2020). */
    tiaDone: z.boolean().default(false),
    tiaOn: optionalDate,
    documentRef: text(1000).default(''),
  })
  .strict()
  .refine((t) => t.mechanism === 'scc' || t.sccModule === null, { message: 'A module applies only to standard contractual clauses.', path: ['sccModule'] })
  .refine((t) => t.tiaDone || t.tiaOn === null, { message: 'Tick the assessment as done to give its date.', path: ['tiaOn'] });

export const vendorTransfersInput = z
  .object({ recipientId: id, transfers: z.array(transferInput).max(300) })
  .strict()
  .refine((v) => new Set(v.transfers.map((t) => t.country)).size === v.transfers.length, {
    message: 'Record each country once.',
    path: ['transfers'],
  });

/** One country where the vendor processes our data, with how the transfer there is covered. */
export interface VendorCountry {
  country: string;
  status: TransferStatus;
  /** The mechanism in force: the one recorded on the vendor, else the first one the inventory's transfers name; null when none. */
  mechanism: VendorTransferMechanism | null;
  /** Where the mechanism comes from. */
  source: 'vendor' | 'inventory' | null;
  sccModule: 1 | 2 | 3 | 4 | null;
  tiaDone: boolean;
  tiaOn: string | null;
  documentRef: string;
  /** EEA, fully adequate, or a valid mechanism (domain/vendors/risk.transferCovered). */
  covered: boolean;
}

export const subProcessorInput = z
  .object({
    recipientId: id,
    /** Absent to add one. */
    id: id.optional(),
    name: text(300).min(1, 'Give the sub-processor a name.'),
    /** The sub-processor's own recipient record, when it has one. */
    subRecipientId: id.nullable().default(null),
    service: text(1000).default(''),
    countries: z.array(country).max(300).default([]),
    /** When the vendor told us of the change (Art. 28(2)). */
    notifiedOn: optionalDate,
  })
  .strict()
  .refine((s) => s.subRecipientId !== s.recipientId, { message: 'A vendor cannot be its own sub-processor.', path: ['subRecipientId'] });

export interface SubProcessor {
  id: number;
  name: string;
  subRecipientId: number | null;
  service: string;
  countries: string[];
  notifiedOn: string | null;
}

export const certificationInput = z
  .object({
    recipientId: id,
    id: id.optional(),
    kind: z.enum(codes(CERTIFICATIONS)),
    /** Scope or the name of an 'other' certification. */
    detail: text(500).default(''),
    expiresOn: optionalDate,
    reference: text(1000).default(''),
  })
  .strict()
  .refine((c) => c.kind !== 'other' || c.detail !== '', { message: 'Name the certification.', path: ['detail'] });

export interface VendorCertification {
  id: number;
  kind: Certification;
  detail: string;
  expiresOn: string | null;
  reference: string;
}

const itemRef = z.object({ recipientId: id, id }).strict();

export const answersInput = z
  .object({
    recipientId: id,
    answers: z
      .array(z.object({ questionId: z.string().min(1).max(80), value: z.enum(codes(ANSWER_VALUES)), evidence: text(5000).default('') }).strict())
      .max(200),
  })
  .strict();

export const findingInput = z
  .object({
    recipientId: id,
    id: id.optional(),
    title: text(500).min(1, 'Say what was found.'),
    severity: z.enum(codes(FINDING_SEVERITIES)),
    owner: text(300).default(''),
    dueOn: optionalDate,
    status: z.enum(['open', 'closed']).default('open'),
    notes: text(5000).default(''),
  })
  .strict();

export interface Finding {
  id: number;
  title: string;
  severity: FindingSeverity;
  owner: string;
  dueOn: string | null;
  status: 'open' | 'closed';
  closedOn: string | null;
  notes: string;
  /** Open and past its due date. */
  overdue: boolean;
}

export const reviewInput = z
  .object({
    recipientId: id,
    reviewedOn: isoDate,
    decision: z.enum(codes(REVIEW_DECISIONS)),
    /** The conditions of an approval with conditions, or the reasons for a rejection. */
    conditions: text(5000).default(''),
    reviewer: text(300).default(''),
  })
  .strict()
  .refine((r) => r.decision === 'approved' || r.conditions !== '', {
    message: 'Give the conditions of the approval or the reasons for the rejection.',
    path: ['conditions'],
  });

/** A review as decided, with the risk as it stood then. */
export interface VendorReview {
  id: number;
  reviewedOn: string;
  decision: ReviewDecision;
  conditions: string;
  reviewer: string;
  tier: RiskTier;
  points: number;
  /** The questionnaire score at the time; null when it had no answers. */
  score: number | null;
  reasons: VendorRisk['reasons'];
  recordedAt: string;
}

const questionId = z
  .string()
  .trim()
  .regex(/^[a-z][a-z0-9_]{0,79}$/, 'Use lower-case letters, digits and underscores for the question code.');

export const reviewSettingsInput = z
  .object({
    questions: z
      .array(z.object({ id: questionId, text: text(1000).min(1, 'Write the question.'), weight: z.number().int().min(0).max(10) }).strict())
      .min(1, 'Keep at least one question.')
      .max(100),
    /** Months between reviews by tier. */
    cadence: z.object({ high: z.number().int().min(1).max(60), medium: z.number().int().min(1).max(60), low: z.number().int().min(1).max(120) }).strict(),
  })
  .strict()
  .refine((s) => new Set(s.questions.map((q) => q.id)).size === s.questions.length, { message: 'Each question needs its own code.', path: ['questions'] });

export interface ReviewSettings {
  questions: Question[];
  cadence: Record<RiskTier, number>;
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
  /** The recipient's countries, those of the inventory's transfers naming it and those with a mechanism recorded on the vendor, by country code. */
  transfers: VendorCountry[];
  subProcessors: SubProcessor[];
  certifications: VendorCertification[];
  questionnaire: { questions: Question[]; answers: Answer[]; result: QuestionnaireScore | null };
  findings: Finding[];
  /** Newest first. */
  reviews: VendorReview[];
  risk: VendorRisk;
  nextReviewOn: string;
  flags: VendorFlag[];
}

export interface VendorRow {
  recipientId: number;
  name: string;
  role: VendorRole;
  services: ServiceKind[];
  dpaStatus: DpaStatus;
  tier: RiskTier;
  points: number;
  nextReviewOn: string;
  receivesSpecial: boolean;
  categoryCount: number;
  /** The derived categories' names, first few (VENDOR_ROW_CATEGORIES). */
  categories: string[];
  questionnaireScore: number | null;
  openFindings: number;
  flags: VendorFlag[];
}

/** How many category names a list row carries. */
export const VENDOR_ROW_CATEGORIES = 5;

export interface VendorDue {
  recipientId: number;
  name: string;
  tier: RiskTier;
  nextReviewOn: string;
}

export interface VendorDashboard {
  /** Next review falls in the current calendar month, not yet past. */
  dueThisMonth: VendorDue[];
  overdue: VendorDue[];
  /** Receive personal data without a signed processing agreement. */
  unsignedReceivingData: { recipientId: number; name: string; dpaStatus: DpaStatus }[];
  /** Countries outside the EEA without adequacy and without a valid mechanism. */
  transfersWithoutMechanism: { recipientId: number; name: string; country: string }[];
}

export const vendorCalls = {
  'vendors.list': call(vendorListInput, { needs: 'read' }).returns<Page<VendorRow>>(),
  'vendors.get': call(vendorRef, { needs: 'read' }).returns<VendorDetail>(),
  /** Creates the recipient's profile, or updates it. */
  'vendors.saveProfile': call(vendorProfileInput, { needs: 'edit_record' }).returns<VendorDetail>(),
  /** Replaces the mechanisms recorded for the vendor's countries. */
  'vendors.saveTransfers': call(vendorTransfersInput, { needs: 'edit_record' }).returns<VendorDetail>(),
  'vendors.saveSubProcessor': call(subProcessorInput, { needs: 'edit_record' }).returns<VendorDetail>(),
  'vendors.deleteSubProcessor': call(itemRef, { needs: 'edit_record' }).returns<VendorDetail>(),
  'vendors.saveCertification': call(certificationInput, { needs: 'edit_record' }).returns<VendorDetail>(),
  'vendors.deleteCertification': call(itemRef, { needs: 'edit_record' }).returns<VendorDetail>(),
  /** Records answers to the current questions; an answer replaces the earlier one to the same question. */
  'vendors.saveAnswers': call(answersInput, { needs: 'edit_record' }).returns<VendorDetail>(),
  'vendors.saveFinding': call(findingInput, { needs: 'edit_record' }).returns<VendorDetail>(),
  /** Records the decision of a review with the risk as it stands, and moves the next review date. */
  'vendors.recordReview': call(reviewInput, { needs: 'edit_record' }).returns<VendorDetail>(),
  /** Deletes the vendor and its recipient; refused, naming them, while activities, systems or other vendors refer to it. */
  'vendors.delete': call(vendorRef, { needs: 'edit_record' }).returns<{ deleted: true }>(),
  'vendors.reviewSettings.get': call(z.object({}).strict(), { needs: 'read' }).returns<ReviewSettings>(),
  'vendors.reviewSettings.save': call(reviewSettingsInput, { needs: 'admin' }).returns<ReviewSettings>(),
  'vendors.dashboard': call(z.object({}).strict(), { needs: 'read' }).returns<VendorDashboard>(),
} as const;
