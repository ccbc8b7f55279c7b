/** Hand-built inputs for the builders' tests: every field filled, with Unicode names. */
import type { Activity, Organisation } from '../inventory/records';
import type { NoticeInput } from './inputs';

export const GENERATED_AT = new Date('2026-03-05T09:30:00Z');

export const ORGANISATION: Organisation = {
  name: 'Zoë Ñúñez GmbH',
  address: 'Straße 1, 10999 Berlin',
  email: 'privacy@zoe.example',
  phone: '+49 30 1',
  website: 'https://zoe.example',
  jointControllers: 'अनुराग Holdings Ltd',
  representative: 'Rep Ltd, London',
  dpoName: 'Dr. Mira Albers',
  dpoContact: 'dpo@zoe.example',
  timeZone: 'Europe/Berlin',
  jurisdictions: ['DE', 'GB', 'US-CA'],
};

const stamps = { archivedAt: null, createdAt: '2026-01-01T00:00:00Z', updatedAt: '2026-01-01T00:00:00Z' };

export function activity(overrides: Partial<Activity> & Pick<Activity, 'id' | 'name'>): Activity {
  return {
    ...stamps,
    description: '',
    owner: 'Owner',
    status: 'active',
    role: 'controller',
    controllerFor: '',
    purposes: [],
    specialCondition: null,
    categories: [],
    subjects: [],
    sources: [],
    sourceDetail: '',
    systems: [],
    recipients: [],
    noRecipients: false,
    transfers: [],
    retention: { period: null, unit: null, trigger: '', deletion: '' },
    securityMeasures: '',
    sold: false,
    sharedForAds: false,
    dpia: 'not_assessed',
    dpiaReason: '',
    lastReviewedOn: null,
    ...overrides,
  };
}

export const ORDERS = activity({
  id: 1,
  name: 'Order processing',
  purposes: [
    { purpose: 'Deliver orders', dataUse: null, legalBasis: 'contract', legitimateInterest: '' },
    { purpose: 'Prevent fraud', dataUse: null, legalBasis: 'legitimate_interests', legitimateInterest: 'Stopping card fraud' },
  ],
  categories: [
    { id: 10, name: 'Email address', special: false, criminal: false, sensitive: false },
    { id: 11, name: 'Health data', special: true, criminal: false, sensitive: true },
  ],
  specialCondition: 'explicit_consent',
  subjects: [{ id: 20, name: 'Customers' }],
  sources: ['subject'],
  sourceDetail: 'Checkout form',
  systems: [{ id: 30, name: 'Web shop' }],
  recipients: [{ id: 40, name: 'PayCo Inc.', kind: 'processor' }],
  transfers: [{ country: 'US', recipientId: 40, recipientName: 'PayCo Inc.', mechanism: 'scc', documentation: 'SCC Module 2' }],
  retention: { period: 10, unit: 'years', trigger: 'end of the year of the order', deletion: 'deleted in the yearly clean-up' },
  securityMeasures: 'Invoices read-only once issued',
  sold: false,
  sharedForAds: true,
  lastReviewedOn: '2026-02-01',
});

export const PAYROLL_FOR_CLIENT = activity({
  id: 2,
  name: 'Payroll for clients',
  role: 'processor',
  controllerFor: 'Client AG',
  purposes: [{ purpose: 'Run payroll for Client AG', dataUse: null, legalBasis: 'contract', legitimateInterest: '' }],
  categories: [{ id: 12, name: 'Salary', special: false, criminal: false, sensitive: false }],
  subjects: [{ id: 21, name: 'Employees' }],
  noRecipients: true,
  retention: { period: 6, unit: 'months', trigger: 'end of the mandate', deletion: 'returned to the client' },
  securityMeasures: 'Encrypted at rest',
});

export const NOTICE_INPUT: NoticeInput = {
  organisation: ORGANISATION,
  activities: [ORDERS, PAYROLL_FOR_CLIENT],
  recipients: [{ id: 40, name: 'PayCo Inc.', kind: 'processor', countries: ['US'] }],
  systems: [{ id: 30, name: 'Web shop', hostingCountries: ['DE'], securityMeasures: 'TLS 1.3 and MFA' }],
  cookies: [{ name: 'session_id', provider: 'Zoë', party: 'first', category: 'strictly_necessary', duration: 'Session', purpose: 'Keeps you signed in' }],
  communications: [{ name: 'Newsletter', channel: 'email', kind: 'marketing', description: 'Offers', optOut: 'Unsubscribe link' }],
};

export const EMPTY_ORGANISATION: Organisation = {
  name: '', address: '', email: '', phone: '', website: '', jointControllers: '', representative: '', dpoName: '', dpoContact: '', timeZone: 'UTC', jurisdictions: [],
};
