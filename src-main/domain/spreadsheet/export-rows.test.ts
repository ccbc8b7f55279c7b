import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { activityInput } from '../../contract/inventory';
import { COUNTRY_CODES } from '../countries';
import type { Activity } from '../inventory/records';
import { codes, DATA_SOURCES, LEGAL_BASES, TRANSFER_MECHANISMS, ACTIVITY_STATUSES, RETENTION_UNITS } from '../inventory/vocabulary';
import { ACTIVITY_COLUMNS, suggestMapping } from './columns';
import { activityCells, guardFormula, taxonomyLabels } from './export-rows';
import { type ActivityDraft, type Checked, checkSheet, type SheetLookups } from './rows';

type Saved = ReturnType<typeof activityInput.parse>;
const validate = (draft: ActivityDraft): Checked<Saved> => {
  const parsed = activityInput.safeParse(draft);
  return parsed.success ? { ok: true, value: parsed.data } : { ok: false, issues: parsed.error.issues };
};

const CATEGORIES = [
  { id: 1, key: 'user.contact.email', name: 'Email address', archived: false },
  { id: 2, key: 'custom.notes', name: 'Notes', archived: false },
  { id: 3, key: 'custom.notes_2', name: 'NOTES', archived: false },
  { id: 4, key: 'user.financial', name: 'Bank details', archived: true },
];
const SUBJECTS = [
  { id: 10, key: 'customer', name: 'Customer', archived: false },
  { id: 11, key: 'employee', name: 'Employee', archived: false },
];
const LOOKUPS: SheetLookups = { categories: CATEGORIES, subjects: SUBJECTS, systems: [], recipients: [] };
const LABELS = { categories: taxonomyLabels(CATEGORIES), subjects: taxonomyLabels(SUBJECTS) };

const BASE: Activity = {
  id: 1,
  archivedAt: null,
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-01T00:00:00.000Z',
  name: 'Payroll',
  description: 'Paying staff.\nMonthly.',
  owner: 'HR',
  status: 'active',
  role: 'controller',
  controllerFor: '',
  purposes: [
    { purpose: 'Pay salaries', dataUse: null, legalBasis: 'contract', legitimateInterest: '' },
    { purpose: 'Statistics', dataUse: null, legalBasis: null, legitimateInterest: '' },
    { purpose: 'Tax', dataUse: null, legalBasis: 'legal_obligation', legitimateInterest: '' },
  ],
  specialCondition: null,
  categories: [
    { id: 1, name: 'Email address', special: false, criminal: false, sensitive: false },
    { id: 3, name: 'NOTES', special: false, criminal: false, sensitive: false },
  ],
  subjects: [{ id: 11, name: 'Employee' }],
  sources: ['subject', 'third_party'],
  sourceDetail: '',
  systems: [{ id: 30, name: 'Payroll system' }],
  recipients: [
    { id: 40, name: 'Tax office', kind: 'authority' },
    { id: 41, name: 'Bank', kind: 'processor' },
  ],
  noRecipients: false,
  transfers: [
    { country: 'US', recipientId: 41, recipientName: 'Bank', mechanism: 'scc', documentation: '' },
    { country: 'IN', recipientId: null, recipientName: null, mechanism: 'scc', documentation: '' },
  ],
  retention: { period: 1, unit: 'years', trigger: 'end of the tax year', deletion: 'Shredded' },
  securityMeasures: 'Encryption',
  sold: false,
  sharedForAds: false,
  dpia: 'not_required',
  dpiaReason: '',
  lastReviewedOn: '2026-11-01',
};

describe('activityCells', () => {
  it('writes an activity in the words the importer reads', () => {
    expect(activityCells(BASE, LABELS)).toEqual({
      name: 'Payroll',
      description: 'Paying staff.\nMonthly.',
      owner: 'HR',
      status: 'Active',
      purposes: 'Pay salaries; Statistics; Tax',
      legalBases: 'Contract (Art. 6(1)(b)); ; Legal obligation (Art. 6(1)(c))',
      categories: 'Email address; custom.notes_2',
      subjects: 'Employee',
      systems: 'Payroll system',
      recipients: 'Tax office; Bank',
      transferCountries: 'US; IN',
      transferMechanism: 'Standard contractual clauses (Art. 46(2)(c))',
      retention: '1 year',
      retentionTrigger: 'end of the tax year',
      deletionMethod: 'Shredded',
      securityMeasures: 'Encryption',
      sources: 'From the person directly; From a third party',
      lastReviewedOn: '2026-11-01',
    });
  });

  it('names a taxonomy entry by its key only where another has the same name', () => {
    expect([...taxonomyLabels(CATEGORIES)]).toEqual([
      [1, 'Email address'],
      [2, 'custom.notes'],
      [3, 'custom.notes_2'],
      [4, 'Bank details'],
    ]);
  });

  it.each([
    ['=HYPERLINK("x")', `'=HYPERLINK("x")`],
    ['+49 30 1234', `'+49 30 1234`],
    ['-', `'-`],
    ['@SUM(A1)', `'@SUM(A1)`],
    ['Plain', 'Plain'],
    ['a=b', 'a=b'],
  ])('guardFormula(%j) = %j', (text, guarded) => expect(guardFormula(text)).toBe(guarded));
});

describe('export → import round trip (pure)', () => {
  const item = fc
    .string({ unit: 'grapheme', minLength: 1, maxLength: 20 })
    .map((s) => s.trim())
    .filter((s) => s !== '' && !s.includes(';') && !/^'[=+\-@\t\r]/.test(s));
  const text = fc.oneof(fc.constant(''), item);
  const activity: fc.Arbitrary<Activity> = fc
    .record({
      name: item,
      description: text,
      owner: text,
      status: fc.constantFrom(...codes(ACTIVITY_STATUSES)),
      purposes: fc.array(fc.record({ purpose: item, legalBasis: fc.option(fc.constantFrom(...codes(LEGAL_BASES)), { nil: null }) }), { maxLength: 4 }),
      categories: fc.subarray(CATEGORIES),
      subjects: fc.subarray(SUBJECTS),
      sources: fc.subarray(codes(DATA_SOURCES)),
      systems: fc.uniqueArray(item, { maxLength: 3, selector: (s) => s.toLowerCase() }),
      recipients: fc.uniqueArray(item, { maxLength: 3, selector: (s) => s.toLowerCase() }),
      transfers: fc.array(fc.record({ country: fc.constantFrom(...COUNTRY_CODES), mechanism: fc.option(fc.constantFrom(...codes(TRANSFER_MECHANISMS)), { nil: null }) }), {
        maxLength: 3,
      }),
      retention: fc.oneof(
        fc.record({ period: fc.integer({ min: 1, max: 1000 }), unit: fc.constantFrom(...codes(RETENTION_UNITS)), trigger: text, deletion: text }),
        fc.record({ period: fc.constant(null), unit: fc.constant(null), trigger: text, deletion: text }),
      ),
      securityMeasures: text,
      lastReviewedOn: fc.option(
        fc.date({ min: new Date('2000-01-01'), max: new Date('2099-12-31'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10)),
        { nil: null },
      ),
    })
    .map((r) => ({
      ...BASE,
      ...r,
      purposes: r.purposes.map((p) => ({ ...p, dataUse: null, legitimateInterest: '' })),
      categories: r.categories.map(({ id, name }) => ({ id, name, special: false, criminal: false, sensitive: false })),
      subjects: r.subjects.map(({ id, name }) => ({ id, name })),
      systems: r.systems.map((name, i) => ({ id: 100 + i, name })),
      recipients: r.recipients.map((name, i) => ({ id: 200 + i, name, kind: 'processor' as const })),
      transfers: r.transfers.map((t) => ({ ...t, recipientId: null, recipientName: null, documentation: '' })),
    }));

  it('reads back every field that has a column', () => {
    fc.assert(
      fc.property(activity, (a) => {
        const cells = activityCells(a, LABELS);
        const header = ACTIVITY_COLUMNS.map((c) => c.label);
        const rows = [
          { line: 1, cells: header },
          { line: 2, cells: ACTIVITY_COLUMNS.map((c) => cells[c.field]) },
        ];
        const checked = checkSheet(rows, suggestMapping(header), LOOKUPS, validate);
        expect(checked.problems).toEqual([]);
        const [back] = checked.rows;
        expect(back?.activity).toMatchObject({
          name: a.name,
          description: a.description,
          owner: a.owner,
          status: a.status,
          purposes: a.purposes.map((p) => ({ purpose: p.purpose, legalBasis: a.purposes.length > 0 ? p.legalBasis : null })),
          categoryIds: a.categories.map((c) => c.id),
          subjectIds: a.subjects.map((s) => s.id),
          sources: a.sources,
          transfers: a.transfers.map((t) => ({ country: t.country, mechanism: t.mechanism })),
          retention: a.retention,
          securityMeasures: a.securityMeasures,
          lastReviewedOn: a.lastReviewedOn,
        });
        expect(back?.systems).toEqual(a.systems.map((s) => s.name));
        expect(back?.recipients).toEqual(a.recipients.map((r) => r.name));
      }),
      { numRuns: 300 },
    );
  });
});
