import type { z } from 'zod';
import type { CallDef } from './define';
import { auditCalls } from './audit';
import { backupCalls } from './backups';
import type { Result } from './errors';
import { exchangeCalls } from './exchange';
import { inventoryCalls } from './inventory';
import { peopleCalls } from './people';
import { reportCalls } from './reports';
import { requestCalls } from './requests';
import { settingsCalls } from './settings';
import { spreadsheetCalls } from './spreadsheet';
import { vendorCalls } from './vendors';
import { workspaceCalls } from './workspace';

/** Every call of the API, merged from one module per feature area. */
export const contract = {
  ...workspaceCalls,
  ...settingsCalls,
  ...inventoryCalls,
  ...exchangeCalls,
  ...spreadsheetCalls,
  ...requestCalls,
  ...vendorCalls,
  ...reportCalls,
  ...backupCalls,
  ...auditCalls,
  ...peopleCalls,
} as const;

export type Contract = typeof contract;
export type CallName = keyof Contract;
export type CallInput<K extends CallName> = z.input<Contract[K]['input']>;
export type ParsedInput<K extends CallName> = z.output<Contract[K]['input']>;
export type CallOutput<K extends CallName> = Contract[K] extends CallDef<z.ZodType, infer O> ? O : never;

export const callNames = Object.keys(contract) as CallName[];

export function isCallName(name: unknown): name is CallName {
  return typeof name === 'string' && Object.hasOwn(contract, name);
}

export { IPC_PREFIX } from './ipc';

export * from './errors';
export * from './exchange';
export * from './inventory';
export { COUNTRY_CODES, transferStatus, type TransferStatus } from '../domain/countries';
export { GAP_CODES, isGapCode, type Gap, type GapCode } from '../domain/inventory/completeness';
export type * from '../domain/inventory/data-map';
export { dataMapEdges } from '../domain/inventory/data-map';
export type * from '../domain/inventory/records';
export * from '../domain/inventory/vocabulary';
export { FIDESLANG_ATTRIBUTION } from '../domain/attribution';
export { FIDES_DATA_USES, type TaxonomyEntry } from '../domain/taxonomy';
export type { CallDef } from './define';
export {
  CLOSED_STATUSES,
  RELATIONSHIPS,
  REQUEST_CHANNELS,
  REQUEST_STATUSES,
  TASK_ACTIONS,
  TRANSITIONS,
  VERIFICATION_METHODS,
  VERIFICATION_OUTCOMES,
  canTransition,
  type Relationship,
  type RequestChannel,
  type RequestStatus,
  type TaskAction,
  type VerificationMethod,
  type VerificationOutcome,
} from '../domain/requests/vocabulary';
export { nextStatuses } from '../domain/requests/workflow';
export type * from '../domain/requests/records';
export { AGEING_BUCKETS, defaultPeriod, DUE_SOON_DAYS } from '../domain/requests/backlog';
export { reminderSummary } from '../domain/requests/reminders';
export {
  DEADLINE_DISCLAIMER,
  OPEN_PERIODS,
  PERIOD_UNITS,
  REQUEST_TYPES,
  VERIFICATIONS,
  type DeadlineRule,
  type Period,
  type PeriodUnit,
  type RequestType,
  type Verification,
} from '../domain/deadlines/rules';
export type { CalendarDate } from '../domain/deadlines/calendar';
export type { DeadlineWarning, DeadlineWarningCode } from '../domain/deadlines/engine';
export type { CalendarId, Holiday, HolidayCalendar } from '../domain/deadlines/holidays';
export type { Regime, RegimeId, RuleOverride, RuleOverrides } from '../domain/deadlines/regimes';
export * from './requests';
export * from './settings';
export * from './spreadsheet';
export * from './workspace';
export * from './vendors';
export * from './reports';
export * from './backups';
export * from './audit';
export * from './people';
export { FIRST_OFFICER, PERMISSIONS, ROLES, ROLE_IDS, can, type Permission, type Role } from '../domain/people/roles';
export { AUDIT_KINDS, AUDIT_RECORD_KINDS, recordKindLabel, type AuditKind, type AuditRecordKind } from '../domain/audit/vocabulary';
export { changedFields, type FieldChange } from '../domain/audit/diff';
export { DATE_LOCALES, REPORT_NAMES, type DateLocale, type ReportName } from '../domain/notice/options';
export * from '../domain/vendors/vocabulary';
export { expiryState, VENDOR_FLAGS, type VendorFlag } from '../domain/vendors/flags';
export { DEFAULT_QUESTIONS, type Answer as QuestionnaireAnswer, type Question, type QuestionnaireScore } from '../domain/vendors/questionnaire';
export { RISK_REASONS, REVIEW_CADENCE_MONTHS, type RiskReason, type RiskReasonCode, type VendorRisk } from '../domain/vendors/risk';

/** What the preload exposes as `window.privacyApi`, and what the HTTP bridge answers: one function per call. */
export type Bridge = {
  [K in CallName]: (input: CallInput<K>) => Promise<Result<CallOutput<K>>>;
};
