/** The fixed vocabularies of subject requests, with the labels people read. */
export const REQUEST_CHANNELS = {
  email: 'Email',
  web_form: 'Web form',
  phone: 'Phone',
  letter: 'Letter',
  in_person: 'In person',
  other: 'Other',
} as const;

export const RELATIONSHIPS = {
  customer: 'Customer',
  former_customer: 'Former customer',
  end_user: 'End user',
  website_visitor: 'Website visitor',
  prospect: 'Prospect',
  employee: 'Employee',
  former_employee: 'Former employee',
  job_applicant: 'Job applicant',
  contractor: 'Contractor',
  other: 'Other',
} as const;

export const REQUEST_STATUSES = {
  received: 'Received',
  verifying: 'Verifying identity',
  in_progress: 'In progress',
  extended: 'Extended',
  paused: 'Paused',
  completed: 'Completed',
  partially_completed: 'Partially completed',
  denied: 'Denied',
  withdrawn: 'Withdrawn',
} as const;

export const VERIFICATION_METHODS = {
  email_confirmation: 'Confirmation from the email address on file',
  account_login: 'Signed in to their account',
  document_check: 'Identity document checked',
  knowledge_questions: 'Questions only the person can answer',
  signed_declaration: 'Signed declaration under penalty of perjury',
  not_required: 'Not required for this request',
} as const;

export const VERIFICATION_OUTCOMES = {
  pending: 'Pending',
  verified: 'Verified',
  failed: 'Could not be verified',
  not_required: 'Not required',
} as const;

export const TASK_ACTIONS = {
  search: 'Search for the person’s data',
  export: 'Export a copy',
  correct: 'Correct the data',
  delete: 'Delete the data',
  restrict: 'Restrict processing',
  stop: 'Stop processing (objection, opt-out)',
  notify_recipients: 'Tell the recipients (Art. 19)',
  other: 'Other',
} as const;

export type RequestChannel = keyof typeof REQUEST_CHANNELS;
export type Relationship = keyof typeof RELATIONSHIPS;
export type RequestStatus = keyof typeof REQUEST_STATUSES;
export type VerificationMethod = keyof typeof VERIFICATION_METHODS;
export type VerificationOutcome = keyof typeof VERIFICATION_OUTCOMES;
export type TaskAction = keyof typeof TASK_ACTIONS;

export const CLOSED_STATUSES: readonly RequestStatus[] = ['completed', 'partially_completed', 'denied', 'withdrawn'];

/**
 * Which status may follow which. A paused request resumes to where it was
 * (the service checks that against the history); closed requests stay closed.
 */
export const TRANSITIONS: Record<RequestStatus, readonly RequestStatus[]> = {
  received: ['verifying', 'in_progress', 'paused', 'denied', 'withdrawn'],
  verifying: ['in_progress', 'paused', 'denied', 'withdrawn'],
  in_progress: ['extended', 'paused', 'completed', 'partially_completed', 'denied', 'withdrawn'],
  extended: ['paused', 'completed', 'partially_completed', 'denied', 'withdrawn'],
  paused: ['received', 'verifying', 'in_progress', 'extended', 'denied', 'withdrawn'],
  completed: [],
  partially_completed: [],
  denied: [],
  withdrawn: [],
};

export function canTransition(from: RequestStatus, to: RequestStatus): boolean {
  return TRANSITIONS[from].includes(to);
}
