/**
 * The fixed vocabularies of the vendor register, with the labels people read. The database
 * stores the codes; reports and screens show the labels.
 */
export const VENDOR_ROLES = {
  processor: 'Processor (Art. 28)',
  sub_processor: 'Sub-processor (Art. 28(2), (4))',
  independent_controller: 'Independent controller',
  joint_controller: 'Joint controller (Art. 26)',
} as const;

export const SERVICE_KINDS = {
  hosting: 'Hosting',
  cdn: 'Content delivery network',
  fraud_prevention: 'Fraud prevention',
  analytics: 'Analytics',
  session_recording: 'Session recording',
  advertising: 'Advertising',
  payments: 'Payments',
  email: 'Email delivery',
  support: 'Customer support',
  other: 'Other',
} as const;

/** The data processing agreement, from none to signed. */
export const DPA_STATUSES = {
  none: 'No agreement',
  requested: 'Requested',
  under_negotiation: 'Under negotiation',
  signed: 'Signed',
} as const;

/** How a transfer of the vendor to a country outside the EEA is covered. */
export const VENDOR_TRANSFER_MECHANISMS = {
  scc: 'Standard contractual clauses (Art. 46(2)(c))',
  bcr: 'Binding corporate rules (Art. 47)',
  adequacy: 'Adequacy decision (Art. 45)',
  derogation: 'Derogation for a specific situation (Art. 49)',
  none: 'None',
} as const;

/** The module of the 2021 standard contractual clauses (Decision (EU) 2021/914). */
export const SCC_MODULES = {
  1: 'Module 1: controller to controller',
  2: 'Module 2: controller to processor',
  3: 'Module 3: processor to processor',
  4: 'Module 4: processor to controller',
} as const;

export const CERTIFICATIONS = {
  iso_27001: 'ISO/IEC 27001',
  soc2_type2: 'SOC 2 Type II',
  iso_27701: 'ISO/IEC 27701',
  pci_dss: 'PCI DSS',
  other: 'Other',
} as const;

export const REVIEW_DECISIONS = {
  approved: 'Approved',
  approved_with_conditions: 'Approved with conditions',
  rejected: 'Rejected',
} as const;

export const RISK_TIERS = { high: 'High', medium: 'Medium', low: 'Low' } as const;

export const FINDING_SEVERITIES = { critical: 'Critical', high: 'High', medium: 'Medium', low: 'Low' } as const;

/** The answers to a question of the security questionnaire. */
export const ANSWER_VALUES = {
  yes: 'Yes',
  partly: 'Partly',
  no: 'No',
  not_applicable: 'Not applicable',
} as const;

/** Approximate number of people whose data the vendor receives. */
export const VOLUME_BANDS = {
  under_1k: 'Fewer than 1,000 people',
  from_1k: '1,000 to 99,999 people',
  from_100k: '100,000 to 999,999 people',
  from_1m: '1 million people or more',
} as const;

export type VendorRole = keyof typeof VENDOR_ROLES;
export type ServiceKind = keyof typeof SERVICE_KINDS;
export type DpaStatus = keyof typeof DPA_STATUSES;
export type VendorTransferMechanism = keyof typeof VENDOR_TRANSFER_MECHANISMS;
export type SccModule = keyof typeof SCC_MODULES;
export type Certification = keyof typeof CERTIFICATIONS;
export type ReviewDecision = keyof typeof REVIEW_DECISIONS;
export type RiskTier = keyof typeof RISK_TIERS;
export type FindingSeverity = keyof typeof FINDING_SEVERITIES;
export type AnswerValue = keyof typeof ANSWER_VALUES;
export type VolumeBand = keyof typeof VOLUME_BANDS;
