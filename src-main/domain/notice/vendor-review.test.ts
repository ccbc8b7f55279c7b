import { describe, expect, it } from 'vitest';
import { documentText, missingTexts } from './document-text';
import { GENERATED_AT, ORGANISATION } from './fixtures';
import type { VendorEntry } from './inputs';
import { buildVendorReview } from './vendor-review';

const vendor: VendorEntry = {
  profile: { recipientId: 40, name: 'PayCo Ñ Inc.', role: 'processor', services: ['payments'], contact: 'ops@payco.test', privacyContact: 'dpo@payco.test', website: '', dpaStatus: 'requested', dpaSignedOn: null, dpaReference: '', contractStart: '2025-01-01', contractEnd: '2027-01-01', noticePeriodDays: 90, lastReviewedOn: '2025-06-30' },
  activities: [{ id: 1, name: 'Order processing' }], systems: [], categories: [{ id: 10, name: 'Card number', special: false, criminal: false, sensitive: true }], subjects: [{ id: 20, name: 'Customers' }],
  transfers: [{ country: 'US', status: 'partially_adequate', mechanism: 'scc', source: 'vendor', sccModule: 2, tiaDone: true, tiaOn: '2025-05-01', documentRef: 'DMS-7', covered: true }, { country: 'IN', status: 'third_country', mechanism: null, source: null, sccModule: null, tiaDone: false, tiaOn: null, documentRef: '', covered: false }],
  subProcessors: [{ name: 'CloudSub Ltd', service: 'Hosting', countries: ['IE'], notifiedOn: '2025-09-01' }],
  certifications: [{ kind: 'iso_27001', detail: 'All services', expiresOn: '2026-12-31', reference: 'CERT-1' }],
  questionnaire: { questions: [{ id: 'mfa', text: 'Is MFA required?', weight: 3 }, { id: 'backups', text: 'Are backups tested?', weight: 1 }], answers: [{ questionId: 'mfa', value: 'yes', evidence: 'Policy v2' }], result: { score: 75, answered: 1, unanswered: ['backups'], weakest: [] } },
  findings: [{ title: 'No breach clause', severity: 'high', owner: 'Legal', dueOn: '2026-01-01', status: 'open', closedOn: null, overdue: true }],
  reviews: [{ reviewedOn: '2025-06-30', decision: 'approved_with_conditions', conditions: 'Sign the DPA by Q3', reviewer: 'Mira', tier: 'medium', points: 40, score: 75 }],
  risk: { tier: 'high', points: 60, reasons: [{ code: 'transfer_no_mechanism', points: 25, message: 'No valid transfer mechanism for IN (Chapter V).' }] },
  nextReviewOn: '2025-12-30',
  flags: ['review_overdue', 'no_signed_dpa'],
};

describe('vendor review report', () => {
  const doc = buildVendorReview({ organisation: ORGANISATION, vendors: [vendor], notFound: [] }, { dateLocale: 'fr-FR' }, GENERATED_AT);
  const text = documentText(doc);

  it('prints the register, then a section per vendor with everything recorded', () => {
    expect(doc.sections.map((s) => s.title)).toEqual(['Register', 'PayCo Ñ Inc.']);
    for (const value of [
      'PayCo Ñ Inc. | Processor (Art. 28) | High | 60 | 30 décembre 2025 | Requested | Review overdue, No signed processing agreement',
      'Card number (sensitive under the CCPA)', 'Module 2: controller to processor', 'Done, 1 mai 2025', 'DMS-7', 'CloudSub Ltd', 'ISO/IEC 27001', 'Is MFA required? | 3 | Yes | Policy v2',
      'Score 75 of 100', 'No breach clause | High | Legal', 'No valid transfer mechanism for IN (Chapter V).', 'Approved with conditions', 'Sign the DPA by Q3',
    ]) expect(text).toContain(value);
    const gaps = missingTexts(doc).join('\n');
    expect(gaps).toContain('without a signed processing agreement');
    expect(gaps).toContain('A valid transfer mechanism for India (IN)');
    expect(gaps).toContain('backups');
  });

  it('says what to record with no vendors, and names ids without a profile', () => {
    const empty = buildVendorReview({ organisation: ORGANISATION, vendors: [], notFound: [99] }, { dateLocale: 'en-GB' }, GENERATED_AT);
    expect(missingTexts(empty)).toEqual(['No vendor is recorded: add a vendor profile to a recipient in Vendors.', 'Recipient #99 has no vendor profile (or no longer exists): save a profile for it in Vendors.']);
  });
});
