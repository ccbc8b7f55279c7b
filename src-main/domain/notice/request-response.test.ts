import { describe, expect, it } from 'vitest';
import type { SubjectRequest } from '../requests/records';
import { documentText, missingTexts } from './document-text';
import { GENERATED_AT, NOTICE_INPUT, ORDERS, ORGANISATION } from './fixtures';
import { buildRequestResponse } from './request-response';

const request: SubjectRequest = {
  id: 1, reference: 'REQ-2026-00001', types: ['access'], channel: 'email', receivedAt: '2026-02-02T09:00:00Z', receivedOn: '2026-02-02',
  requester: { name: 'अनुराग Ñúñez', email: 'a@example.test', phone: '', address: '', relationship: 'customer', residenceCountry: 'DE', residenceRegion: '' },
  agent: null, proposedRegimeIds: ['eu_gdpr'], regimeId: 'eu_gdpr', status: 'completed', outcomeReason: '', assignee: 'Kim',
  verification: { method: 'email_confirmation', outcome: 'verified', note: '', at: '2026-02-03T09:00:00Z' }, extension: null, pauses: [],
  deadline: { dueOn: '2026-03-02', dueText: '', originalDueOn: '2026-03-02', pausedDays: 0, warnings: [], explanation: [], convention: '', source: 'GDPR Art. 12(3)', verification: 'P', needsLegalReview: false, acknowledgeBy: null, extendedDueOn: null, daysLeft: null, governingType: 'access' },
  tasks: [{ id: 1, systemId: 30, systemName: 'Web shop', action: 'export', description: 'Export a copy of the person’s data from Web shop', doneAt: '2026-02-10T10:00:00Z', doneBy: 'Kim' }],
  notes: [], attachments: [],
  history: [{ id: 1, at: '2026-02-02T09:00:00Z', kind: 'created', fromStatus: null, toStatus: 'received', detail: '' }, { id: 2, at: '2026-02-20T09:00:00Z', kind: 'status', fromStatus: 'in_progress', toStatus: 'completed', detail: '' }],
  closedOn: '2026-02-20', anonymisedAt: null, createdAt: '2026-02-02T09:00:00Z', updatedAt: '2026-02-20T09:00:00Z',
} as SubjectRequest;

const input = { organisation: ORGANISATION, request, activities: [ORDERS], recipients: NOTICE_INPUT.recipients };
const options = { dateLocale: 'en-GB' } as const;

describe('response packet', () => {
  it('addresses the requester by name with reference, dates and regime', () => {
    const text = documentText(buildRequestResponse(input, options, GENERATED_AT));
    for (const value of ['Dear अनुराग Ñúñez,', 'REQ-2026-00001', '2 February 2026', '2 March 2026', 'EU GDPR', 'We have completed your request on 20 February 2026.', 'Export a copy of the person’s data from Web shop']) {
      expect(text).toContain(value);
    }
  });

  it('gives the Art. 15 information for access, and the timeline', () => {
    const doc = buildRequestResponse(input, options, GENERATED_AT);
    const text = documentText(doc);
    for (const value of ['Deliver orders', 'Email address', 'PayCo Inc.', 'SCC Module 2', '10 years', 'Checkout form', 'Complaint to a supervisory authority (Art. 77)', 'In progress → Completed']) expect(text).toContain(value);
    expect(doc.sections.map((s) => s.title)).toEqual(['Letter', 'Information about the processing of your personal data', 'Timeline']);
    expect(missingTexts(doc).join('\n')).toContain('automated decision-making');
  });

  it('gives the refusal reasons for a denied erasure, and no Art. 15 section', () => {
    const denied = { ...request, types: ['erasure'], status: 'denied', outcomeReason: 'Invoices must be kept for 10 years (HGB § 257).' } as SubjectRequest;
    const doc = buildRequestResponse({ ...input, request: denied }, options, GENERATED_AT);
    expect(documentText(doc)).toContain('Invoices must be kept for 10 years (HGB § 257).');
    expect(documentText(doc)).toContain('lodge a complaint with a supervisory authority');
    expect(doc.sections.map((s) => s.title)).toEqual(['Letter', 'Timeline']);
    const noReason = buildRequestResponse({ ...input, request: { ...denied, outcomeReason: '' } }, options, GENERATED_AT);
    expect(missingTexts(noReason).join('\n')).toContain('The reasons for refusing the request');
  });

  it('says what is missing when no request is chosen', () => {
    const doc = buildRequestResponse({ ...input, request: null }, options, GENERATED_AT);
    expect(missingTexts(doc)).toEqual(['Choose the request to answer: it was not given or no longer exists.']);
  });
});
