import { describe, expect, it } from 'vitest';
import { documentText, missingTexts } from './document-text';
import { activity, EMPTY_ORGANISATION, GENERATED_AT, NOTICE_INPUT } from './fixtures';
import { buildPrivacyNotice } from './privacy-notice';

const options = { dateLocale: 'en-GB' } as const;
const doc = buildPrivacyNotice(NOTICE_INPUT, options, GENERATED_AT);
const text = documentText(doc);

describe('privacy notice (Arts. 13, 14; CCPA notice at collection)', () => {
  it('follows the order people expect', () => {
    expect(doc.sections.map((s) => s.title)).toEqual([
      'Who we are', 'What we collect and where it comes from', 'Why we use it and on which legal basis', 'Where we store it and international transfers',
      'Who we share it with', 'How long we keep it', 'Cookies and similar technologies', 'Messages we send and how to stop them',
      'Your rights and how to use them', 'How we protect it', 'Children', 'Changes to this notice', 'Contact',
    ]);
  });

  it('contains every category, source, purpose, basis, recipient kind, transfer, retention rule, cookie and opt-out', () => {
    for (const value of [
      'Email address', 'Health data', 'Salary', 'From the person directly', 'Checkout form', 'Deliver orders', 'Run payroll for Client AG', 'Legitimate interests (Art. 6(1)(f))',
      'Stopping card fraud', 'Processor (service provider)', 'PayCo Inc.', 'United States (US)', 'SCC Module 2', '10 years', '6 months', 'session_id', 'Unsubscribe link',
      'Germany (DE)', 'We share personal information for cross-context behavioural advertising in: Order processing',
    ]) expect(text).toContain(value);
  });

  it('lists the rights of the regimes of the jurisdictions, with complaint and non-discrimination', () => {
    for (const right of ['Erasure / deletion', 'Objection to processing', 'Withdraw consent', 'Complaint to a supervisory authority (Art. 77)', 'Complaint to the Information Commissioner (Art. 77)', 'Opt out of sale, sharing or targeted advertising', 'Limit use of sensitive personal information', 'Non-discrimination (Civ. Code § 1798.125)']) {
      expect(text).toContain(right);
    }
    const euOnly = documentText(buildPrivacyNotice({ ...NOTICE_INPUT, organisation: { ...NOTICE_INPUT.organisation, jurisdictions: ['FR'] } }, options, GENERATED_AT));
    expect(euOnly).toContain('EU GDPR');
    expect(euOnly).not.toContain('Non-discrimination');
    expect(euOnly).not.toContain('California');
  });

  it('claims no transfer, sale or sharing the inventory does not record', () => {
    const local = activity({ id: 5, name: 'Local', noRecipients: true, purposes: [{ purpose: 'Keep books', dataUse: null, legalBasis: 'legal_obligation', legitimateInterest: '' }] });
    const plain = documentText(buildPrivacyNotice({ ...NOTICE_INPUT, activities: [local] }, options, GENERATED_AT));
    expect(plain).toContain('list no transfer of personal data to a third country');
    expect(plain).not.toContain('We sell');
    expect(plain).not.toContain('We share personal information');
    expect(plain).toContain('We do not sell personal information');
  });

  it('says what to record on an empty workspace, children included', () => {
    const gaps = missingTexts(buildPrivacyNotice({ ...NOTICE_INPUT, organisation: EMPTY_ORGANISATION, activities: [], cookies: [], communications: [] }, options, GENERATED_AT)).join('\n');
    for (const what of ["controller's name", 'No processing activity is active', 'No cookie', 'No communication', 'jurisdictions', 'children', 'security measures']) expect(gaps).toContain(what);
  });

  it('keeps Unicode names', () => {
    expect(text).toContain('Zoë Ñúñez GmbH');
    expect(text).toContain('अनुराग Holdings Ltd');
  });
});
