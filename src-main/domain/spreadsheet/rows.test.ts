import { describe, expect, it } from 'vitest';
import { activityInput } from '../../contract/inventory';
import { type ColumnMapping, emptyMapping, suggestMapping } from './columns';
import { type ActivityDraft, type Checked, checkSheet, type SheetLookups, type SheetRow } from './rows';

type Saved = ReturnType<typeof activityInput.parse>;

/** The contract's own rules, as the service passes them. */
function validate(draft: ActivityDraft): Checked<Saved> {
  const parsed = activityInput.safeParse(draft);
  return parsed.success ? { ok: true, value: parsed.data } : { ok: false, issues: parsed.error.issues };
}

const LOOKUPS: SheetLookups = {
  categories: [
    { id: 1, key: 'user.contact.email', name: 'Email address', archived: false },
    { id: 2, key: 'user.financial', name: 'Bank details', archived: false },
    { id: 3, key: 'custom.notes', name: 'Notes', archived: false },
    { id: 4, key: 'custom.notes_2', name: 'notes', archived: false },
    { id: 5, key: 'custom.old_ids', name: 'Customer ID', archived: true },
    { id: 6, key: 'custom.ids', name: 'Customer ID', archived: false },
  ],
  subjects: [
    { id: 10, key: 'customer', name: 'Customer', archived: false },
    { id: 11, key: 'employee', name: 'Employee', archived: false },
  ],
  systems: ['CRM', 'Payroll'],
  recipients: ['Tax office'],
};

const HEADER = ['Activity', 'Purposes', 'Legal basis', 'Data categories', 'Data subjects', 'Systems', 'Recipients', 'Countries', 'Mechanism', 'Retention', 'Retention trigger', 'Last reviewed', 'Status', 'Sources'];

/** A sheet from rows of cells; line n is rows[n - 1]. */
const sheet = (...rows: string[][]): SheetRow[] => rows.map((cells, i) => ({ line: i + 1, cells }));
const row = (cells: Partial<Record<(typeof HEADER)[number], string>>) => HEADER.map((h) => cells[h] ?? '');
const check = (rows: SheetRow[], mapping: ColumnMapping = suggestMapping(HEADER)) => checkSheet(rows, mapping, LOOKUPS, validate);

describe('checkSheet: rows that import', () => {
  it('turns a full row into the activity the contract accepts', () => {
    const result = check(
      sheet(
        HEADER,
        row({
          Activity: 'Payroll',
          Purposes: 'Pay salaries; Report to the tax office',
          'Legal basis': 'Contract; Legal obligation',
          'Data categories': 'bank details; USER.CONTACT.EMAIL',
          'Data subjects': 'employee',
          Systems: 'payroll; New HR tool; new hr tool',
          Recipients: 'Tax office; Bank',
          Countries: 'Germany; US; in',
          Mechanism: 'SCC',
          Retention: '10 years after the end of employment',
          'Retention trigger': 'statutory',
          'Last reviewed': '29.11.2026',
          Status: 'Active',
          Sources: 'from the person; Third party; subject',
        }),
      ),
    );
    expect(result.problems).toEqual([]);
    expect(result.rows).toHaveLength(1);
    const [{ line, activity, systems, recipients }] = result.rows as [(typeof result.rows)[number]];
    expect(line).toBe(2);
    expect(activity).toMatchObject({
      name: 'Payroll',
      status: 'active',
      purposes: [
        { purpose: 'Pay salaries', legalBasis: 'contract' },
        { purpose: 'Report to the tax office', legalBasis: 'legal_obligation' },
      ],
      categoryIds: [2, 1],
      subjectIds: [11],
      transfers: [
        { country: 'DE', mechanism: 'scc' },
        { country: 'US', mechanism: 'scc' },
        { country: 'IN', mechanism: 'scc' },
      ],
      retention: { period: 10, unit: 'years', trigger: 'after the end of employment; statutory', deletion: '' },
      lastReviewedOn: '2026-11-29',
      sources: ['subject', 'third_party'],
    });
    expect(systems).toEqual(['payroll', 'New HR tool']);
    expect(recipients).toEqual(['Tax office', 'Bank']);
    expect(result.willCreate).toEqual({ systems: ['New HR tool'], recipients: ['Bank'] });
  });

  it('applies a single legal basis to every purpose, and keeps empty positions of an aligned list', () => {
    const result = check(
      sheet(
        HEADER,
        row({ Activity: 'A', Purposes: 'One; Two', 'Legal basis': 'Art. 6(1)(f)' }),
        row({ Activity: 'B', Purposes: 'One; Two; Three', 'Legal basis': 'Consent; ; Contract' }),
        row({ Activity: 'C', Countries: 'US; CH', Mechanism: 'SCC; Adequacy' }),
      ),
    );
    expect(result.problems).toEqual([]);
    expect(result.rows.map((r) => r.activity.purposes.map((p) => p.legalBasis))).toEqual([['legitimate_interests', 'legitimate_interests'], ['consent', null, 'contract'], []]);
    expect(result.rows[2]!.activity.transfers).toEqual([
      { country: 'US', mechanism: 'scc', recipientId: null, documentation: '' },
      { country: 'CH', mechanism: 'adequacy', recipientId: null, documentation: '' },
    ]);
  });

  it('keeps retention text it cannot read as the trigger, without a problem', () => {
    const result = check(sheet(HEADER, row({ Activity: 'A', Retention: 'Until the account is closed' })));
    expect(result.problems).toEqual([]);
    expect(result.rows[0]!.activity.retention).toEqual({ period: null, unit: null, trigger: 'Until the account is closed', deletion: '' });
  });

  it('prefers a key, then the active one of categories of the same name', () => {
    const result = check(sheet(HEADER, row({ Activity: 'A', 'Data categories': 'customer id; custom.notes_2; custom.old_ids' })));
    expect(result.problems).toEqual([]);
    expect(result.rows[0]!.activity.categoryIds).toEqual([6, 4, 5]);
  });

  it('skips empty rows silently, counts lines as the file shows them, and finds a header below blank lines', () => {
    const result = check(sheet(['', ''], HEADER, row({ Activity: 'A' }), ['  ', ''], row({ Activity: 'B' }), []));
    expect(result.dataRows.map((r) => r.line)).toEqual([3, 5]);
    expect(result.rows.map((r) => [r.line, r.activity.name])).toEqual([
      [3, 'A'],
      [5, 'B'],
    ]);
  });

  it('removes the quote the export puts before formula-like text', () => {
    const result = check(sheet(HEADER, row({ Activity: "'=Payroll", Purposes: "'-minus; +plus; 'normal" })));
    expect(result.rows[0]!.activity.name).toBe('=Payroll');
    expect(result.rows[0]!.activity.purposes.map((p) => p.purpose)).toEqual(['-minus', '+plus', "'normal"]);
  });
});

describe('checkSheet: problems', () => {
  it('lists every bad row with its line, column and an actionable reason, and checks the rest', () => {
    const result = check(
      sheet(
        HEADER,
        row({ Activity: '', Purposes: 'Something' }),
        row({ Activity: 'Good one' }),
        row({ Activity: 'Unknown category', 'Data categories': 'Email address; Shoe size' }),
        row({ Activity: 'Bad basis', Purposes: 'P', 'Legal basis': 'Because' }),
        row({ Activity: 'Bad date', 'Last reviewed': '31.02.2026' }),
        row({ Activity: 'x'.repeat(301) }),
        row({ Activity: 'Mismatch', Purposes: 'A; B; C', 'Legal basis': 'Consent; Contract' }),
        row({ Activity: 'Bad country', Countries: 'DE; Atlantis' }),
        row({ Activity: 'Several', 'Data subjects': 'Martians', Status: 'maybe', Retention: '0 days' }),
        row({ Activity: 'Basis without purpose', 'Legal basis': 'Consent' }),
        row({ Activity: 'Ambiguous', 'Data categories': 'Notes' }),
        row({ Activity: 'Too many', Purposes: Array.from({ length: 51 }, (_, i) => `P${i}`).join(';') }),
      ),
    );
    expect(result.problems).toEqual([
      { line: 2, column: 'Activity', reason: 'The name is empty: every processing activity needs one.' },
      { line: 4, column: 'Data categories', reason: 'Unknown data category “Shoe size”: add it in Data categories first or fix the spelling.' },
      {
        line: 5,
        column: 'Legal basis',
        reason: 'Unknown legal basis “Because”: use Consent, Contract, Legal obligation, Vital interests, Public task or Legitimate interests (or Art. 6(1)(a) to (f)).',
      },
      { line: 6, column: 'Last reviewed', reason: '“31.02.2026” is not a date: write it as 2026-11-29 or 29.11.2026.' },
      { line: 7, column: 'Activity', reason: 'Processing activity: Use at most 300 characters.' },
      {
        line: 8,
        column: 'Legal basis',
        reason: '3 purposes but 2 values in Legal bases: give one per purpose in the same order (separated by “;”), or a single one for all.',
      },
      { line: 9, column: 'Countries', reason: 'Unknown country “Atlantis”: use a two-letter ISO code (e.g. DE, US) or the English name.' },
      { line: 10, column: 'Status', reason: 'Unknown status “maybe”: use Draft, Active or Retired.' },
      { line: 10, column: 'Data subjects', reason: 'Unknown data subject “Martians”: add it in Data subjects first or fix the spelling.' },
      { line: 10, column: 'Retention', reason: 'Retention: give a period of 1 to 1,000 days, months or years, such as “6 years”.' },
      { line: 11, column: 'Legal basis', reason: 'Legal bases given, but no purposes: add the purposes in their column, or clear this cell.' },
      { line: 12, column: 'Data categories', reason: 'More than one data category is called “Notes”: write its key instead (custom.notes or custom.notes_2).' },
      { line: 13, column: 'Purposes', reason: 'Purposes: at most 50 values in one cell.' },
    ]);
    expect(result.invalid).toBe(11);
    expect(result.rows.map((r) => r.line)).toEqual([3]);
  });

  it('asks for one transfer mechanism per country, or one for all, and for countries when a mechanism is given', () => {
    const result = check(sheet(HEADER, row({ Activity: 'A', Mechanism: 'SCC' }), row({ Activity: 'B', Countries: 'US; CH; IN', Mechanism: 'SCC; BCR' })));
    expect(result.problems.map((p) => [p.line, p.column, p.reason])).toEqual([
      [2, 'Mechanism', 'Transfer mechanism given, but no countries: add the countries in their column, or clear this cell.'],
      [3, 'Mechanism', '3 countries but 2 values in Transfer mechanism: give one per country in the same order (separated by “;”), or a single one for all.'],
    ]);
  });

  it('lists a row the file reader found damaged', () => {
    const result = check([...sheet(HEADER), { line: 2, cells: row({ Activity: 'A' }), problem: 'A quote is never closed.' }]);
    expect(result.problems).toEqual([{ line: 2, reason: 'A quote is never closed.' }]);
  });

  it('creates nothing for invalid rows', () => {
    const result = check(sheet(HEADER, row({ Activity: '', Systems: 'Ghost system', Recipients: 'Ghost Ltd' })));
    expect(result.willCreate).toEqual({ systems: [], recipients: [] });
  });

  it('lists only the header’s problems when the mapping cannot be used', () => {
    const result = check(sheet(HEADER, row({ Activity: 'A' }), row({ Purposes: 'P' })), { ...emptyMapping(), purposes: 'Purposes' });
    expect(result.mappingUsable).toBe(false);
    expect(result.problems).toEqual([{ line: 1, reason: 'Choose the column that holds the processing activity’s name: every activity needs one.' }]);
    expect(result.rows).toEqual([]);
    expect(result.dataRows).toHaveLength(2);
  });
});
