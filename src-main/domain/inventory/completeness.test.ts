import { describe, expect, it } from 'vitest';
import { findGaps, GAP_CODES, type Gap, type GapCode, isGapCode, replaceGaps, reviewCutoff } from './completeness';
import type { Activity } from './records';

const TODAY = '2026-11-29';

type Category = Activity['categories'][number];
const plain = (id: number, name = `Category ${id}`): Category => ({ id, name, special: false, criminal: false, sensitive: false });
const health: Category = { id: 90, name: 'Health data', special: true, criminal: false, sensitive: true };
const convictions: Category = { id: 91, name: 'Criminal records', special: false, criminal: true, sensitive: true };

/** An activity with everything the record and the notice need: findGaps finds nothing in it. */
function complete(overrides: Partial<Activity> = {}): Activity {
  return {
    id: 1,
    archivedAt: null,
    createdAt: '2026-01-01T00:00:00.000Z',
    updatedAt: '2026-01-01T00:00:00.000Z',
    name: 'Payroll',
    description: 'Paying staff.',
    owner: 'HR',
    status: 'active',
    role: 'controller',
    controllerFor: '',
    purposes: [{ purpose: 'Pay salaries', dataUse: null, legalBasis: 'contract', legitimateInterest: '' }],
    specialCondition: null,
    categories: [plain(10, 'Bank account')],
    subjects: [{ id: 20, name: 'Employees' }],
    sources: ['subject'],
    sourceDetail: '',
    systems: [{ id: 30, name: 'Payroll system' }],
    recipients: [{ id: 40, name: 'Tax office', kind: 'authority' }],
    noRecipients: false,
    transfers: [],
    retention: { period: 10, unit: 'years', trigger: 'end of the tax year', deletion: 'Deleted by the payroll system' },
    securityMeasures: 'Encryption at rest, access limited to HR.',
    sold: false,
    sharedForAds: false,
    dpia: 'not_required',
    dpiaReason: 'Routine processing.',
    lastReviewedOn: '2026-06-01',
    ...overrides,
  };
}

type Transfer = Activity['transfers'][number];
const transfer = (country: string, mechanism: Transfer['mechanism'], documentation = '', recipientId: number | null = null): Transfer => ({
  country,
  recipientId,
  recipientName: recipientId === null ? null : `Recipient ${recipientId}`,
  mechanism,
  documentation,
});

const codesOf = (gaps: Gap[]) => gaps.map((gap) => gap.code);
const gapsOf = (overrides: Partial<Activity>, today = TODAY) => findGaps([complete(overrides)], today);

describe('findGaps on a complete activity', () => {
  it('finds nothing', () => {
    expect(findGaps([complete()], TODAY)).toEqual([]);
  });

  it('accepts a retention stated by its trigger only, and "no recipients" stated deliberately', () => {
    expect(gapsOf({ retention: { period: null, unit: null, trigger: 'end of the contract', deletion: 'Erased' } })).toEqual([]);
    expect(gapsOf({ recipients: [], noRecipients: true })).toEqual([]);
  });

  it('skips archived and retired activities, and checks drafts', () => {
    const broken = { purposes: [], categories: [], subjects: [] };
    expect(findGaps([complete({ ...broken, archivedAt: '2026-01-01T00:00:00.000Z' })], TODAY)).toEqual([]);
    expect(findGaps([complete({ ...broken, status: 'retired' })], TODAY)).toEqual([]);
    expect(codesOf(findGaps([complete({ ...broken, status: 'draft' })], TODAY))).toEqual(['no_categories', 'no_purpose', 'no_subjects']);
  });
});

interface Case {
  code: GapCode;
  field: string;
  /** Makes the rule fire on an otherwise complete activity. */
  fires: Partial<Activity>;
  /** Close to `fires`, but the rule must stay quiet: the boundary of the condition. */
  quiet: Partial<Activity>[];
  /** Words the message must contain: what is missing and the article. */
  says: string[];
}

const lawful = { purpose: 'Pay salaries', dataUse: null, legalBasis: 'contract' as const, legitimateInterest: '' };

const CASES: Case[] = [
  {
    code: 'no_purpose',
    field: 'purposes',
    fires: { purposes: [] },
    quiet: [{}],
    says: ['No purpose', 'Art. 30(1)(b)', 'Art. 13(1)(c)'],
  },
  {
    code: 'purpose_no_legal_basis',
    field: 'purposes.1.legalBasis',
    fires: { purposes: [lawful, { ...lawful, purpose: 'Fraud checks', legalBasis: null }] },
    quiet: [{ purposes: [lawful, { ...lawful, legalBasis: 'legal_obligation' }] }],
    says: ['"Fraud checks"', 'no legal basis', 'Art. 6(1)'],
  },
  {
    code: 'legitimate_interest_undescribed',
    field: 'purposes.0.legitimateInterest',
    fires: { purposes: [{ ...lawful, legalBasis: 'legitimate_interests', legitimateInterest: '  ' }] },
    quiet: [
      { purposes: [{ ...lawful, legalBasis: 'legitimate_interests', legitimateInterest: 'Preventing fraud outweighs a small intrusion.' }] },
      { purposes: [{ ...lawful, legalBasis: 'consent' }] },
    ],
    says: ['legitimate interests', 'Art. 6(1)(f)', 'Art. 13(1)(d)'],
  },
  {
    code: 'no_categories',
    field: 'categories',
    fires: { categories: [] },
    quiet: [{ categories: [plain(1)] }],
    says: ['No data categories', 'Art. 30(1)(c)'],
  },
  {
    code: 'no_subjects',
    field: 'subjects',
    fires: { subjects: [] },
    quiet: [{ subjects: [{ id: 2, name: 'Customers' }] }],
    says: ['No data subjects', 'Art. 30(1)(c)'],
  },
  {
    code: 'special_no_condition',
    field: 'specialCondition',
    fires: { categories: [plain(1), health], dpia: 'done' },
    quiet: [
      { categories: [plain(1), health], specialCondition: 'employment', dpia: 'done' },
      { categories: [plain(1), { ...plain(2), sensitive: true }] },
    ],
    says: ['Health data', 'Art. 9(2)'],
  },
  {
    code: 'criminal_data',
    field: 'categories',
    fires: { categories: [convictions], dpia: 'done' },
    quiet: [{ categories: [plain(1), health], specialCondition: 'employment', dpia: 'done' }],
    says: ['Criminal records', 'Art. 10', 'official authority'],
  },
  {
    code: 'no_recipients',
    field: 'recipients',
    fires: { recipients: [], noRecipients: false },
    quiet: [{ recipients: [], noRecipients: true }],
    says: ['No recipients', 'Art. 30(1)(d)'],
  },
  {
    code: 'transfer_no_mechanism',
    field: 'transfers.1.mechanism',
    fires: { transfers: [transfer('US', 'scc'), transfer('IN', null)] },
    quiet: [{ transfers: [transfer('US', 'scc'), transfer('FR', null)] }, { transfers: [transfer('IN', 'scc', 'Module 2')] }],
    says: ['India (IN)', 'Art. 30(1)(e)', 'no transfer mechanism'],
  },
  {
    code: 'transfer_no_adequacy',
    field: 'transfers.0.mechanism',
    fires: { transfers: [transfer('IN', 'adequacy', 'We think so', 40)] },
    quiet: [{ transfers: [transfer('JP', 'adequacy')] }, { transfers: [transfer('CH', 'adequacy')] }, { transfers: [transfer('DE', 'adequacy')] }],
    says: ['no adequacy decision for IN', 'Recipient 40', 'Art. 45'],
  },
  {
    code: 'transfer_partial_adequacy',
    field: 'transfers.0.documentation',
    fires: { transfers: [transfer('US', 'adequacy')] },
    quiet: [
      { transfers: [transfer('US', 'adequacy', 'Certified under the DPF since 2024, checked 2026-05-01.')] },
      { transfers: [transfer('US', 'scc', '')] },
      { transfers: [transfer('GB', 'adequacy')] },
    ],
    says: ['Data Privacy Framework', 'Art. 45'],
  },
  {
    code: 'transfer_derogation_undocumented',
    field: 'transfers.0.documentation',
    fires: { transfers: [transfer('BR', 'derogation', ' ')] },
    quiet: [{ transfers: [transfer('BR', 'derogation', 'Art. 49(1)(b): booking a hotel for the traveller.')] }, { transfers: [transfer('NO', 'derogation')] }],
    says: ['Art. 49', 'Art. 30(1)(e)', 'Art. 49(6)'],
  },
  {
    code: 'no_retention',
    field: 'retention',
    fires: { retention: { period: null, unit: null, trigger: ' ', deletion: 'Erased' } },
    quiet: [
      { retention: { period: null, unit: null, trigger: 'end of the contract', deletion: 'Erased' } },
      { retention: { period: 6, unit: 'months', trigger: '', deletion: 'Erased' } },
    ],
    says: ['No retention', 'Art. 30(1)(f)', 'Art. 13(2)(a)'],
  },
  {
    code: 'retention_no_deletion',
    field: 'retention.deletion',
    fires: { retention: { period: 6, unit: 'months', trigger: '', deletion: '' } },
    quiet: [
      { retention: { period: 6, unit: 'months', trigger: '', deletion: 'Overwritten' } },
      // With no retention at all the missing gap says it; a second one about deletion would be noise.
      { retention: { period: null, unit: null, trigger: '', deletion: '' } },
    ],
    says: ['deleted or anonymised'],
  },
  {
    code: 'no_security_measures',
    field: 'securityMeasures',
    fires: { securityMeasures: '\n' },
    quiet: [{ securityMeasures: 'Access control' }],
    says: ['security measures', 'Art. 30(1)(g)'],
  },
  {
    code: 'no_source',
    field: 'sources',
    fires: { sources: [] },
    quiet: [{ sources: ['automatic'] }],
    says: ['source', 'Art. 14(2)(f)'],
  },
  {
    code: 'third_party_source_undescribed',
    field: 'sourceDetail',
    fires: { sources: ['subject', 'third_party'], sourceDetail: '' },
    quiet: [{ sources: ['subject', 'third_party'], sourceDetail: 'Credit agency' }, { sources: ['public'], sourceDetail: '' }],
    says: ['third party', 'Art. 14(2)(f)'],
  },
  {
    code: 'processor_no_controller',
    field: 'controllerFor',
    fires: { role: 'processor', controllerFor: '' },
    quiet: [{ role: 'processor', controllerFor: 'Acme GmbH, privacy@acme.example' }, { role: 'joint_controller', controllerFor: '' }],
    says: ['processor', 'Art. 30(2)(a)'],
  },
  {
    code: 'dpia_not_assessed',
    field: 'dpia',
    fires: { dpia: 'not_assessed', sharedForAds: true, recipients: [{ id: 41, name: 'Ad network', kind: 'advertising_partner' }] },
    quiet: [{ dpia: 'not_assessed' }, { dpia: 'not_required', categories: [health], specialCondition: 'employment' }],
    says: ['advertising', 'Art. 35'],
  },
  {
    code: 'dpia_required',
    field: 'dpia',
    fires: { dpia: 'required' },
    quiet: [{ dpia: 'done' }, { dpia: 'not_required' }],
    says: ['DPIA is required but not done', 'Art. 35'],
  },
  {
    code: 'never_reviewed',
    field: 'lastReviewedOn',
    fires: { lastReviewedOn: null },
    quiet: [{ lastReviewedOn: TODAY }],
    says: ['never been reviewed'],
  },
  {
    code: 'review_overdue',
    field: 'lastReviewedOn',
    fires: { lastReviewedOn: '2025-11-28' },
    quiet: [{ lastReviewedOn: '2025-11-29' }, { lastReviewedOn: null }],
    says: ['2025-11-28', 'more than 12 months'],
  },
  {
    code: 'sold_no_recipient',
    field: 'recipients',
    fires: { sold: true, recipients: [], noRecipients: true, dpia: 'done' },
    quiet: [{ sold: true, dpia: 'done' }, { sold: false, recipients: [], noRecipients: true }],
    says: ['sold', 'third parties'],
  },
  {
    code: 'shared_for_ads_no_partner',
    field: 'recipients',
    fires: { sharedForAds: true, dpia: 'done' },
    quiet: [{ sharedForAds: true, dpia: 'done', recipients: [{ id: 41, name: 'Ad network', kind: 'advertising_partner' }] }],
    says: ['advertising partner', 'third parties'],
  },
];

describe('each gap rule', () => {
  it('has a table case for every code, and every code has a label', () => {
    expect(CASES.map((c) => c.code).sort()).toEqual(Object.keys(GAP_CODES).sort());
    for (const [code, { label }] of Object.entries(GAP_CODES)) {
      expect(label.length, code).toBeGreaterThan(3);
      expect(isGapCode(code)).toBe(true);
    }
    expect(isGapCode('toString')).toBe(false);
  });

  describe.each(CASES)('$code', ({ code, field, fires, quiet, says }) => {
    it('fires when its condition holds, with the field, severity and a message naming the law', () => {
      const gaps = gapsOf(fires);
      const gap = gaps.find((g) => g.code === code);
      expect(gap, JSON.stringify(gaps)).toBeDefined();
      expect(gap).toMatchObject({ activityId: 1, activityName: 'Payroll', field, severity: GAP_CODES[code].severity });
      for (const words of says) expect(gap?.message).toContain(words);
      expect(gaps.filter((g) => g.code === code)).toHaveLength(1);
    });

    it.each(quiet.map((overrides, index) => ({ overrides, index })))('stays quiet in near miss $index', ({ overrides }) => {
      expect(codesOf(gapsOf(overrides))).not.toContain(code);
    });
  });
});

describe('finer points of the rules', () => {
  it('flags special-category and criminal data for a DPIA assessment, and the sale of data', () => {
    for (const overrides of [
      { categories: [health], specialCondition: 'employment' as const },
      { categories: [convictions] },
      { sold: true },
    ]) {
      expect(codesOf(gapsOf({ ...overrides, dpia: 'not_assessed' }))).toContain('dpia_not_assessed');
    }
  });

  it('asks for a mechanism for adequate countries too, and says which to choose', () => {
    const [gap] = gapsOf({ transfers: [transfer('JP', null)] });
    expect(gap).toMatchObject({ code: 'transfer_no_mechanism', field: 'transfers.0.mechanism' });
    expect(gap?.message).toContain('adequacy decision (Art. 45)');
    expect(gapsOf({ transfers: [transfer('CN', null)] })[0]?.message).toContain('no adequacy decision for this country');
  });

  it('says what to document for Canada', () => {
    const [gap] = gapsOf({ transfers: [transfer('CA', 'adequacy')] });
    expect(gap).toMatchObject({ code: 'transfer_partial_adequacy', severity: 'review' });
    expect(gap?.message).toContain('PIPEDA');
  });

  it('does not treat transfers inside the EEA as transfers, whatever the mechanism', () => {
    expect(gapsOf({ transfers: [transfer('DE', null), transfer('IS', 'derogation'), transfer('LI', 'adequacy')] })).toEqual([]);
  });

  it('lists one gap per purpose and per transfer', () => {
    const gaps = gapsOf({
      purposes: [
        { ...lawful, legalBasis: null },
        { ...lawful, legalBasis: null },
      ],
      transfers: [transfer('IN', null), transfer('CN', null)],
    });
    expect(gaps.map((g) => g.field)).toEqual(['purposes.0.legalBasis', 'purposes.1.legalBasis', 'transfers.0.mechanism', 'transfers.1.mechanism']);
  });

  it('names at most three categories and counts the rest', () => {
    const categories = [1, 2, 3, 4, 5].map((id) => ({ ...health, id, name: `Special ${id}` }));
    const [gap] = gapsOf({ categories, dpia: 'done' });
    expect(gap?.message).toContain('Special 1, Special 2, Special 3 and 2 more');
  });
});

describe('the 12-month review boundary', () => {
  it.each([
    ['2026-11-29', '2025-11-29'],
    ['2026-01-01', '2025-01-01'],
    ['2024-02-29', '2023-02-28'],
    ['2025-02-28', '2024-02-28'],
    ['2025-03-31', '2024-03-31'],
  ])('on %s a review on %s is still current', (today, cutoff) => {
    expect(reviewCutoff(today)).toBe(cutoff);
    expect(codesOf(gapsOf({ lastReviewedOn: cutoff }, today))).toEqual([]);
  });

  it('is overdue one day earlier', () => {
    expect(codesOf(gapsOf({ lastReviewedOn: '2023-02-27' }, '2024-02-29'))).toEqual(['review_overdue']);
    expect(codesOf(gapsOf({ lastReviewedOn: '2024-12-31' }, '2026-01-01'))).toEqual(['review_overdue']);
  });

  it('does not count a review dated in the future as overdue', () => {
    expect(gapsOf({ lastReviewedOn: '2027-01-01' })).toEqual([]);
  });

  it('refuses a malformed today', () => {
    expect(() => findGaps([], '29/11/2026')).toThrow(RangeError);
  });
});

describe('order', () => {
  it('sorts by activity name, then missing before review, then field', () => {
    const broken = { purposes: [], categories: [], securityMeasures: '', lastReviewedOn: null };
    const gaps = findGaps(
      [
        complete({ ...broken, id: 2, name: 'website analytics' }),
        complete({ ...broken, id: 3, name: 'Accounts' }),
        complete({ ...broken, id: 4, name: 'Zeta' }),
        complete({ ...broken, id: 5, name: 'Website analytics' }),
      ],
      TODAY,
    );
    const perActivity = [
      'missing categories no_categories',
      'missing purposes no_purpose',
      'review lastReviewedOn never_reviewed',
      'review securityMeasures no_security_measures',
    ];
    expect(gaps.map((g) => `${g.activityId} ${g.severity} ${g.field} ${g.code}`)).toEqual(
      [3, 2, 5, 4].flatMap((id) => perActivity.map((line) => `${id} ${line}`)),
    );
  });

  it('orders purposes.10 after purposes.2', () => {
    const purposes = Array.from({ length: 11 }, () => ({ ...lawful, legalBasis: null }));
    const fields = gapsOf({ purposes }).map((g) => g.field);
    expect(fields.slice(0, 3)).toEqual(['purposes.0.legalBasis', 'purposes.1.legalBasis', 'purposes.2.legalBasis']);
    expect(fields.at(-1)).toBe('purposes.10.legalBasis');
  });

  it('is the same whatever order the activities come in', () => {
    const list = [complete({ id: 7, name: 'B', subjects: [] }), complete({ id: 8, name: 'A', sources: [] })];
    expect(findGaps([...list].reverse(), TODAY)).toEqual(findGaps(list, TODAY));
  });
});

describe('replaceGaps', () => {
  it('gives what checking every activity gives, when a few were changed, renamed, added or removed', () => {
    const broken = { purposes: [], securityMeasures: '', lastReviewedOn: null };
    const before = [complete({ ...broken, id: 1, name: 'Billing' }), complete({ id: 2, name: 'Careers', subjects: [] }), complete({ ...broken, id: 3, name: 'Support' })];
    const after = [complete({ id: 1, name: 'Zeta billing', subjects: [] }), before[1]!, complete({ ...broken, id: 4, name: 'Analytics' })];
    const changed = new Set([1, 3, 4]);
    const fresh = findGaps(after.filter((a) => changed.has(a.id)), TODAY);
    expect(replaceGaps(findGaps(before, TODAY), changed, fresh)).toEqual(findGaps(after, TODAY));
  });
});
