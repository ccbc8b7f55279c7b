/**
 * The fixed vocabularies of the inventory, with the labels people read. The
 * database stores the codes; reports and screens show the labels.
 */
export const LEGAL_BASES = {
  consent: 'Consent (Art. 6(1)(a))',
  contract: 'Contract (Art. 6(1)(b))',
  legal_obligation: 'Legal obligation (Art. 6(1)(c))',
  vital_interests: 'Vital interests (Art. 6(1)(d))',
  public_task: 'Public task (Art. 6(1)(e))',
  legitimate_interests: 'Legitimate interests (Art. 6(1)(f))',
} as const;

/** Art. 9(2) (a) to (j): the condition that lifts the ban on processing special categories. */
export const SPECIAL_CONDITIONS = {
  explicit_consent: 'Explicit consent (Art. 9(2)(a))',
  employment: 'Employment and social security law (Art. 9(2)(b))',
  vital_interests: 'Vital interests, person incapable of consent (Art. 9(2)(c))',
  not_for_profit: 'Not-for-profit body, members (Art. 9(2)(d))',
  made_public: 'Made manifestly public by the person (Art. 9(2)(e))',
  legal_claims: 'Legal claims or courts (Art. 9(2)(f))',
  substantial_public_interest: 'Substantial public interest (Art. 9(2)(g))',
  health_care: 'Preventive or occupational medicine, health care (Art. 9(2)(h))',
  public_health: 'Public health (Art. 9(2)(i))',
  archiving_research: 'Archiving, research or statistics (Art. 9(2)(j))',
} as const;

export const DATA_SOURCES = {
  subject: 'From the person directly',
  automatic: 'Collected automatically (devices, cookies, logs)',
  third_party: 'From a third party',
  public: 'From public sources',
} as const;

export const RECIPIENT_KINDS = {
  processor: 'Processor (service provider)',
  controller: 'Other controller',
  joint_controller: 'Joint controller',
  authority: 'Public authority',
  advertising_partner: 'Advertising partner',
  merger_buyer: 'Buyer in a merger or acquisition',
  group_company: 'Group company',
  other: 'Other',
} as const;

export const SYSTEM_KINDS = {
  application: 'Application',
  database: 'Database',
  saas: 'SaaS service',
  paper: 'Paper records',
  other: 'Other',
} as const;

export const ACTIVITY_STATUSES = { draft: 'Draft', active: 'Active', retired: 'Retired' } as const;

export const ACTIVITY_ROLES = {
  controller: 'Controller',
  joint_controller: 'Joint controller',
  processor: 'Processor (on behalf of another controller)',
} as const;

export const TRANSFER_MECHANISMS = {
  adequacy: 'Adequacy decision (Art. 45)',
  scc: 'Standard contractual clauses (Art. 46(2)(c))',
  bcr: 'Binding corporate rules (Art. 47)',
  derogation: 'Derogation for a specific situation (Art. 49)',
  other: 'Other appropriate safeguard (Art. 46)',
} as const;

export const RETENTION_UNITS = { days: 'days', months: 'months', years: 'years' } as const;

export const DPIA_STATES = {
  not_assessed: 'Not assessed',
  required: 'Required, not yet done',
  not_required: 'Not required',
  done: 'Done',
} as const;

export const COOKIE_PARTIES = { first: 'First party', third: 'Third party' } as const;

export const COOKIE_CATEGORIES = {
  strictly_necessary: 'Strictly necessary',
  performance: 'Performance and analytics',
  functionality: 'Functionality',
  advertising: 'Advertising and targeting',
} as const;

export const CHANNELS = { email: 'Email', sms: 'SMS', phone: 'Phone', post: 'Post', push: 'Push notification', in_app: 'In-app message' } as const;

export const COMMUNICATION_KINDS = { marketing: 'Marketing (can be turned off)', service: 'Service message (cannot be turned off)' } as const;

export type LegalBasis = keyof typeof LEGAL_BASES;
export type SpecialCondition = keyof typeof SPECIAL_CONDITIONS;
export type DataSource = keyof typeof DATA_SOURCES;
export type RecipientKind = keyof typeof RECIPIENT_KINDS;
export type SystemKind = keyof typeof SYSTEM_KINDS;
export type ActivityStatus = keyof typeof ACTIVITY_STATUSES;
export type ActivityRole = keyof typeof ACTIVITY_ROLES;
export type TransferMechanism = keyof typeof TRANSFER_MECHANISMS;
export type RetentionUnit = keyof typeof RETENTION_UNITS;
export type DpiaState = keyof typeof DPIA_STATES;
export type CookieParty = keyof typeof COOKIE_PARTIES;
export type CookieCategory = keyof typeof COOKIE_CATEGORIES;
export type Channel = keyof typeof CHANNELS;
export type CommunicationKind = keyof typeof COMMUNICATION_KINDS;

/** The codes of a vocabulary as a non-empty tuple, for zod enums. */
export function codes<T extends Record<string, string>>(vocabulary: T): [keyof T & string, ...(keyof T & string)[]] {
  return Object.keys(vocabulary) as [keyof T & string, ...(keyof T & string)[]];
}
