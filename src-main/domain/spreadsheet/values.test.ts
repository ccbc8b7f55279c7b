import { describe, expect, it } from 'vitest';
import { COUNTRY_CODES } from '../countries';
import { LEGAL_BASES, TRANSFER_MECHANISMS, DATA_SOURCES, ACTIVITY_STATUSES } from '../inventory/vocabulary';
import * as values from './values';

const { formatRetention, parseCountry, parseDate, parseLegalBasis, parseRetention, parseSource, parseStatus, parseTransferMechanism, splitAligned, splitList } = values;
type Parsed<T> = values.Parsed<T>;

const value = <T>(parsed: Parsed<T>) => (parsed.ok ? parsed.value : `problem: ${parsed.reason}`);

describe('splitting cells', () => {
  it.each([
    ['a; b ;c', ['a', 'b', 'c']],
    [' ; a;;  ', ['a']],
    ['', []],
    ['only one', ['only one']],
  ])('splitList(%j)', (text, expected) => expect(splitList(text)).toEqual(expected));

  it.each([
    ['Contract; ; Consent', ['Contract', '', 'Consent']],
    ['  ', []],
    ['Consent', ['Consent']],
    ['; ', ['', '']],
  ])('splitAligned(%j)', (text, expected) => expect(splitAligned(text)).toEqual(expected));
});

describe('parseLegalBasis', () => {
  it.each([
    ['Consent', 'consent'],
    ['consent', 'consent'],
    ['CONTRACT', 'contract'],
    ['Performance of a contract', 'contract'],
    ['Legal obligation', 'legal_obligation'],
    ['legal_obligation', 'legal_obligation'],
    ['Legitimate interest', 'legitimate_interests'],
    ['Legitimate interests', 'legitimate_interests'],
    ['legitimate interest(s)', 'legitimate_interests'],
    ['Vital interests', 'vital_interests'],
    ['Public task', 'public_task'],
    ['Public interest', 'public_task'],
    ['Art. 6(1)(a)', 'consent'],
    ['Art. 6(1)(b)', 'contract'],
    ['art 6 (1) (c) GDPR', 'legal_obligation'],
    ['Article 6(1)(d)', 'vital_interests'],
    ['6.1.e', 'public_task'],
    ['Art. 6 Abs. 1 lit. f DSGVO', 'legitimate_interests'],
    ['Art. 6 para. 1 lit. b', 'contract'],
    ['Legitimate interests (Art. 6(1)(f))', 'legitimate_interests'],
    ['Contract (Art. 6(1)(b))', 'contract'],
  ])('%j → %s', (text, expected) => expect(value(parseLegalBasis(text))).toBe(expected));

  it('reads every label of the vocabulary back to its code', () => {
    for (const [code, label] of Object.entries(LEGAL_BASES)) expect(value(parseLegalBasis(label))).toBe(code);
  });

  it.each(['Because we can', 'Art. 6(1)(g)', 'Art. 9(2)(a)', 'legal'])('refuses %j with a reason naming the choices', (text) => {
    const parsed = parseLegalBasis(text);
    expect(parsed.ok).toBe(false);
    expect(value(parsed)).toContain(`Unknown legal basis “${text}”`);
    expect(value(parsed)).toContain('Legitimate interests');
  });
});

describe('parseRetention', () => {
  it.each([
    ['6 years', 6, 'years', ''],
    ['1 year', 1, 'years', ''],
    ['90 days', 90, 'days', ''],
    ['24 months', 24, 'months', ''],
    ['24 Months.', 24, 'months', ''],
    ['6yrs', 6, 'years', ''],
    ['2 weeks', 14, 'days', ''],
    ['ten years', 10, 'years', ''],
    ['10-year', 10, 'years', ''],
    ['6 years after the end of the contract', 6, 'years', 'after the end of the contract'],
    ['3 months, then anonymised', 3, 'months', 'then anonymised'],
    ['Until the account is closed', null, null, 'Until the account is closed'],
    ['10 business days', null, null, '10 business days'],
    ['six Monate', null, null, 'six Monate'],
    ['', null, null, ''],
  ])('%j → %s %s, rest %j', (text, period, unit, rest) => expect(parseRetention(text)).toEqual({ period, unit, rest }));

  it.each([
    [6, 'years', '6 years'],
    [1, 'years', '1 year'],
    [1, 'days', '1 day'],
    [null, null, ''],
  ] as const)('formats %s %s as %j, and reads it back', (period, unit, text) => {
    expect(formatRetention(period, unit)).toBe(text);
    if (text) expect(parseRetention(text)).toMatchObject({ period, unit, rest: '' });
  });
});

describe('parseCountry', () => {
  it.each([
    ['DE', 'DE'],
    ['de', 'DE'],
    [' us ', 'US'],
    ['Germany', 'DE'],
    ['germany', 'DE'],
    ['United States', 'US'],
    ['USA', 'US'],
    ['United Kingdom', 'GB'],
    ['UK', 'GB'],
    ['the Netherlands', 'NL'],
    ['Netherlands', 'NL'],
    ['Czech Republic', 'CZ'],
    ['Czechia', 'CZ'],
    ['Côte d’Ivoire', 'CI'],
    ['Cote d\'Ivoire', 'CI'],
    ['South Korea', 'KR'],
    ['Hong Kong', 'HK'],
    ['India', 'IN'],
    ['Switzerland', 'CH'],
    ['Turkey', 'TR'],
  ])('%j → %s', (text, code) => expect(value(parseCountry(text))).toBe(code));

  it('knows an English name for every code it accepts', () => {
    const names = new Intl.DisplayNames(['en'], { type: 'region' });
    for (const code of COUNTRY_CODES) expect(value(parseCountry(names.of(code)!)), code).toBe(code);
  });

  it.each(['Atlantis', 'XX', 'EU', 'Europe', 'D'])('refuses %j', (text) => {
    expect(value(parseCountry(text))).toMatch(/^problem: Unknown country “.*”: use a two-letter ISO code \(e\.g\. DE, US\) or the English name\.$/);
  });
});

describe('parseTransferMechanism', () => {
  it.each([
    ['SCC', 'scc'],
    ['SCCs', 'scc'],
    ['Standard contractual clauses', 'scc'],
    ['standard contractual clauses (Art. 46(2)(c))', 'scc'],
    ['Adequacy', 'adequacy'],
    ['Adequacy decision', 'adequacy'],
    ['EU-US Data Privacy Framework', 'adequacy'],
    ['BCR', 'bcr'],
    ['Binding corporate rules', 'bcr'],
    ['Derogation', 'derogation'],
    ['Art. 49', 'derogation'],
    ['other', 'other'],
  ])('%j → %s', (text, code) => expect(value(parseTransferMechanism(text))).toBe(code));

  it('reads every label back, and refuses what it does not know', () => {
    for (const [code, label] of Object.entries(TRANSFER_MECHANISMS)) expect(value(parseTransferMechanism(label))).toBe(code);
    expect(value(parseTransferMechanism('a handshake'))).toMatch(/^problem: Unknown transfer mechanism “a handshake”/);
  });
});

describe('parseSource and parseStatus', () => {
  it.each([
    ['from the person', 'subject'],
    ['Subject', 'subject'],
    ['From the person directly', 'subject'],
    ['automatic', 'automatic'],
    ['Collected automatically (devices, cookies, logs)', 'automatic'],
    ['third party', 'third_party'],
    ['Third-party', 'third_party'],
    ['third_party', 'third_party'],
    ['public', 'public'],
    ['Publicly available', 'public'],
  ])('source %j → %s', (text, code) => expect(value(parseSource(text))).toBe(code));

  it.each([
    ['Draft', 'draft'],
    ['active', 'active'],
    ['RETIRED', 'retired'],
    ['in use', 'active'],
    ['Discontinued', 'retired'],
  ])('status %j → %s', (text, code) => expect(value(parseStatus(text))).toBe(code));

  it('reads the labels of both vocabularies, and refuses others with the choices', () => {
    for (const [code, label] of Object.entries(DATA_SOURCES)) expect(value(parseSource(label))).toBe(code);
    for (const [code, label] of Object.entries(ACTIVITY_STATUSES)) expect(value(parseStatus(label))).toBe(code);
    expect(value(parseSource('the internet'))).toMatch(/From the person, Automatic, Third party or Public/);
    expect(value(parseStatus('maybe'))).toMatch(/use Draft, Active or Retired/);
  });
});

describe('parseDate', () => {
  it.each([
    ['2026-11-29', '2026-11-29'],
    ['2026-1-5', '2026-01-05'],
    ['29.11.2026', '2026-11-29'],
    ['5.1.2026', '2026-01-05'],
    ['2026-11-29T00:00:00.000Z', '2026-11-29'],
    ['2026-11-29 13:45:00', '2026-11-29'],
    ['46355', '2026-11-29'],
    ['2024-02-29', '2024-02-29'],
  ])('%j → %s', (text, iso) => expect(value(parseDate(text))).toBe(iso));

  it.each(['2026-02-30', '31.02.2026', '11/29/2026', 'yesterday', '2026-13-01', '29.11.26'])('refuses %j', (text) => {
    expect(value(parseDate(text))).toBe(`problem: “${text}” is not a date: write it as 2026-11-29 or 29.11.2026.`);
  });
});
