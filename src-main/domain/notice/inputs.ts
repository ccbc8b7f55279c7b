/**
 * What each report is built from: plain data the services read from the workspace. The shapes are
 * domain records and the request figures (requests/backlog), and for vendors a structural subset of
 * the contract's VendorDetail, so a service passes what it already has.
 */
import type { TransferStatus } from '../countries';
import type { CalendarDate } from '../deadlines/calendar';
import type { Activity, Communication, Cookie, Organisation, Recipient, System } from '../inventory/records';
import type { RequestDashboard, RequestMetrics } from '../requests/backlog';
import type { SubjectRequest } from '../requests/records';
import type { VendorFlag } from '../vendors/flags';
import type { Answer, Question, QuestionnaireScore } from '../vendors/questionnaire';
import type { VendorRisk } from '../vendors/risk';
import type { Certification, DpaStatus, FindingSeverity, ReviewDecision, RiskTier, ServiceKind, VendorRole, VendorTransferMechanism } from '../vendors/vocabulary';

export type ReportRecipient = Pick<Recipient, 'id' | 'name' | 'kind' | 'countries'>;
export type ReportSystem = Pick<System, 'id' | 'name' | 'hostingCountries' | 'securityMeasures'>;

/** Art. 30: the organisation and its activities in force (status active, not archived). */
export interface RecordsInput {
  organisation: Organisation;
  activities: Activity[];
  recipients: ReportRecipient[];
  systems: ReportSystem[];
}

/** Arts. 13 and 14, CCPA notice at collection: the record of processing plus cookies and communications. */
export interface NoticeInput extends RecordsInput {
  cookies: Pick<Cookie, 'name' | 'provider' | 'party' | 'category' | 'duration' | 'purpose'>[];
  communications: Pick<Communication, 'name' | 'channel' | 'kind' | 'description' | 'optOut'>[];
}

/** One request, and the activities about people of the requester's kind (the same ones its tasks come from). */
export interface ResponseInput {
  organisation: Organisation;
  /** Null when no request was chosen or it no longer exists. */
  request: SubjectRequest | null;
  activities: Activity[];
  recipients: ReportRecipient[];
}

export interface BacklogInput {
  organisation: Pick<Organisation, 'name' | 'timeZone'>;
  /** The day the figures were taken, in the organisation's zone. */
  today: CalendarDate;
  dashboard: RequestDashboard;
  metrics: RequestMetrics;
}

/** The parts of a vendor's detail (contract VendorDetail) the review prints. */
export interface VendorEntry {
  profile: {
    recipientId: number;
    name: string;
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
    lastReviewedOn: string | null;
  };
  activities: { id: number; name: string }[];
  systems: { id: number; name: string }[];
  categories: { id: number; name: string; special: boolean; criminal: boolean; sensitive: boolean }[];
  subjects: { id: number; name: string }[];
  transfers: {
    country: string;
    status: TransferStatus;
    mechanism: VendorTransferMechanism | null;
    source: 'vendor' | 'inventory' | null;
    sccModule: 1 | 2 | 3 | 4 | null;
    tiaDone: boolean;
    tiaOn: string | null;
    documentRef: string;
    covered: boolean;
  }[];
  subProcessors: { name: string; service: string; countries: string[]; notifiedOn: string | null }[];
  certifications: { kind: Certification; detail: string; expiresOn: string | null; reference: string }[];
  questionnaire: { questions: Question[]; answers: Answer[]; result: QuestionnaireScore | null };
  findings: { title: string; severity: FindingSeverity; owner: string; dueOn: string | null; status: 'open' | 'closed'; closedOn: string | null; overdue: boolean }[];
  /** Newest first. */
  reviews: { reviewedOn: string; decision: ReviewDecision; conditions: string; reviewer: string; tier: RiskTier; points: number; score: number | null }[];
  risk: VendorRisk;
  nextReviewOn: string;
  flags: VendorFlag[];
}

export interface VendorInput {
  organisation: Pick<Organisation, 'name' | 'timeZone'>;
  vendors: VendorEntry[];
  /** Recipient ids asked for that have no vendor profile. */
  notFound: number[];
}

export interface ReportInputs {
  records_of_processing: RecordsInput;
  privacy_notice: NoticeInput;
  request_response: ResponseInput;
  request_backlog: BacklogInput;
  vendor_review: VendorInput;
}
