import { describe, expect, it } from 'vitest';
import { documentText, missingTexts } from './document-text';
import { activity, EMPTY_ORGANISATION, GENERATED_AT, NOTICE_INPUT, ORDERS, ORGANISATION } from './fixtures';
import { buildRecordsOfProcessing } from './records-of-processing';

const options = { dateLocale: 'en-GB' } as const;
const doc = buildRecordsOfProcessing(NOTICE_INPUT, options, GENERATED_AT);
const text = documentText(doc);

describe('records of processing (Art. 30)', () => {
  it('prints every field (a) to (g) of Art. 30(1) for each controller activity', () => {
    const section = doc.sections.find((s) => s.title === ORDERS.name)!;
    const headings = section.blocks.filter((b) => b.kind === 'subheading').map((b) => (b as { text: string }).text);
    expect(headings.map((h) => h.slice(0, 3))).toEqual(['(b)', '(c)', '(d)', '(e)', '(f)', '(g)']);
    expect(doc.sections[0]!.title).toBe('Controller (Art. 30(1)(a))');
    for (const value of [ORGANISATION.name, ORGANISATION.address, ORGANISATION.jointControllers, ORGANISATION.representative, ORGANISATION.dpoName, ORGANISATION.dpoContact]) {
      expect(text).toContain(value);
    }
  });

  it('contains every purpose, basis, subject, category, recipient, transfer, retention and measure', () => {
    for (const value of [
      'Deliver orders', 'Prevent fraud', 'Contract (Art. 6(1)(b))', 'Stopping card fraud', 'Customers', 'Email address', 'Health data (special category, Art. 9; sensitive under the CCPA)',
      'Explicit consent (Art. 9(2)(a))', 'PayCo Inc. (United States (US))', 'Standard contractual clauses (Art. 46(2)(c))', 'SCC Module 2',
      '10 years, counted from: end of the year of the order. At the end: deleted in the yearly clean-up', 'Invoices read-only once issued', 'Web shop: TLS 1.3 and MFA',
    ]) expect(text).toContain(value);
  });

  it('keeps processor activities out of the controller record and writes the Art. 30(2) record for them', () => {
    expect(doc.sections.find((s) => s.title === 'Payroll for clients')).toBeUndefined();
    const processor = doc.sections.findIndex((s) => s.title === 'Processor record (Art. 30(2))');
    expect(processor).toBeGreaterThan(0);
    expect(doc.sections[processor + 1]!.title).toBe('On behalf of Client AG');
    expect(documentText({ ...doc, sections: doc.sections.slice(processor) })).toContain('Run payroll for Client AG');
  });

  it('has no processor record when no activity is carried out as processor', () => {
    const only = buildRecordsOfProcessing({ ...NOTICE_INPUT, activities: [ORDERS] }, options, GENERATED_AT);
    expect(only.sections.map((s) => s.title)).not.toContain('Processor record (Art. 30(2))');
  });

  it('turns each missing field into a missing block naming it', () => {
    const bare = activity({ id: 9, name: 'Bare activity', purposes: [{ purpose: 'Something', dataUse: null, legalBasis: null, legitimateInterest: '' }] });
    const gaps = missingTexts(buildRecordsOfProcessing({ ...NOTICE_INPUT, activities: [bare] }, options, GENERATED_AT)).join('\n');
    for (const what of ['legal basis (Art. 6(1))', 'categories of data subjects', 'categories of personal data', 'recipients', 'how long the data is kept', 'security measures']) {
      expect(gaps).toContain(what);
    }
  });

  it('flags a derogation without documentation and a third country without a transfer record', () => {
    const derogation = activity({
      id: 8, name: 'Derogated', recipients: [{ id: 40, name: 'PayCo Inc.', kind: 'processor' }],
      transfers: [{ country: 'IN', recipientId: null, recipientName: null, mechanism: 'derogation', documentation: '' }],
    });
    const gaps = missingTexts(buildRecordsOfProcessing({ ...NOTICE_INPUT, activities: [derogation] }, options, GENERATED_AT)).join('\n');
    expect(gaps).toContain('which derogation of Art. 49 applies to the transfer to India (IN)');
    expect(gaps).toContain('PayCo Inc. is in United States (US), outside the EEA, but no transfer there is recorded');
  });

  it('names the recipients in third countries under (d), or says that all of them are', () => {
    const input = { ...NOTICE_INPUT, recipients: [...NOTICE_INPUT.recipients, { id: 41, name: 'Lager GmbH', kind: 'processor' as const, countries: ['DE'] }] };
    const recipientsField = (recipients: { id: number; name: string; kind: 'processor' }[]) => {
      const record = buildRecordsOfProcessing({ ...input, activities: [activity({ id: 5, name: 'Shipping', recipients })] }, options, GENERATED_AT);
      const blocks = record.sections.find((s) => s.title === 'Shipping')!.blocks;
      return blocks.flatMap((b) => (b.kind === 'fields' ? b.rows : [])).filter((row) => row.label === 'Recipients' || row.label === 'In third countries');
    };
    expect(recipientsField([{ id: 40, name: 'PayCo Inc.', kind: 'processor' }, { id: 41, name: 'Lager GmbH', kind: 'processor' }])).toEqual([
      { label: 'Recipients', value: 'PayCo Inc. (United States (US)); Lager GmbH (Germany (DE))' },
      { label: 'In third countries', value: 'PayCo Inc. (United States (US))' },
    ]);
    expect(recipientsField([{ id: 40, name: 'PayCo Inc.', kind: 'processor' }])).toEqual([
      { label: 'Recipients', value: 'PayCo Inc. (United States (US))' },
      { label: 'In third countries', value: 'All of the recipients above' },
    ]);
    expect(recipientsField([{ id: 41, name: 'Lager GmbH', kind: 'processor' }])).toEqual([{ label: 'Recipients', value: 'Lager GmbH (Germany (DE))' }]);
  });

  it('claims no transfer when none is recorded', () => {
    const local = activity({ id: 7, name: 'Local', noRecipients: true });
    const localText = documentText(buildRecordsOfProcessing({ ...NOTICE_INPUT, activities: [local] }, options, GENERATED_AT));
    expect(localText).toContain('No transfer to a third country or an international organisation is recorded.');
    expect(localText).not.toContain('Standard contractual clauses');
    expect(localText).toContain('disclosed to no one');
  });

  it('says what to record on an empty workspace', () => {
    const empty = buildRecordsOfProcessing({ organisation: EMPTY_ORGANISATION, activities: [], recipients: [], systems: [] }, options, GENERATED_AT);
    const gaps = missingTexts(empty).join('\n');
    expect(gaps).toContain("The controller's name");
    expect(gaps).toContain("The controller's contact details");
    expect(gaps).toContain('No processing activity as controller');
    expect(empty.organisation).toBe('Organisation (name not recorded)');
  });

  it('formats dates in the chosen language and the organisation zone', () => {
    expect(text).toContain('1 February 2026');
    expect(doc.generatedAt).toBe('5 March 2026 at 10:30 CET');
    const german = buildRecordsOfProcessing(NOTICE_INPUT, { dateLocale: 'de-DE' }, GENERATED_AT);
    expect(documentText(german)).toContain('1. Februar 2026');
    const hindi = buildRecordsOfProcessing(NOTICE_INPUT, { dateLocale: 'hi-IN' }, GENERATED_AT);
    expect(documentText(hindi)).toContain('फ़रवरी');
    expect(doc.organisation).toBe('Zoë Ñúñez GmbH');
  });
});
