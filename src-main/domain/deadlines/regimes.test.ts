import { describe, expect, it } from 'vitest';
import { isCalendarId } from './holidays';
import { applyRuleOverrides, calendarForRegime, findRegime, findRule, proposeRegimes, type Regime, REGIMES } from './regimes';
import { type DeadlineRule, isFixedPeriod, isRequestType, REQUEST_TYPES, validateRule, VERIFICATIONS, weakestVerification } from './rules';

const allRules = (regimes: readonly Regime[] = REGIMES) =>
  regimes.flatMap((regime) => Object.entries(regime.rules).map(([type, rule]) => ({ regime, type, rule: rule as DeadlineRule })));

const rule = (regimeId: string, type: string): DeadlineRule => {
  const found = findRule(regimeId, type);
  if (!found) throw new Error(`no rule ${regimeId} ${type}`);
  return found;
};

describe('the shipped regimes', () => {
  it('cover the twelve laws, each with its jurisdiction', () => {
    expect(REGIMES.map((regime) => `${regime.id} ${regime.jurisdiction}`)).toEqual([
      'eu_gdpr EU',
      'uk_gdpr GB',
      'us_ca_ccpa US-CA',
      'us_va_vcdpa US-VA',
      'us_co_cpa US-CO',
      'us_ct_ctdpa US-CT',
      'us_ut_ucpa US-UT',
      'br_lgpd BR',
      'ca_pipeda CA',
      'in_dpdp IN',
      'sg_pdpa SG',
      'au_privacy_act AU',
    ]);
    expect(new Set(REGIMES.map((regime) => regime.id)).size).toBe(REGIMES.length);
  });

  it('have sound rules, each with a source, a marker and a convention', () => {
    for (const { regime, type, rule } of allRules()) {
      const where = `${regime.id} ${type}`;
      expect(validateRule(rule), where).toEqual([]);
      expect(isRequestType(type), where).toBe(true);
      expect(rule.source.trim(), where).not.toBe('');
      expect(rule.convention.trim(), where).not.toBe('');
      expect(Object.keys(VERIFICATIONS), where).toContain(rule.verification);
      expect(rule.overridden, where).toEqual([]);
    }
    for (const regime of REGIMES) {
      expect(regime.calendar === 'establishment' || isCalendarId(regime.calendar), regime.id).toBe(true);
      expect(Object.keys(regime.rules).length, regime.id).toBeGreaterThan(0);
    }
  });

  it('grant the rights the reference lists', () => {
    const types = (id: string) => Object.keys(findRegime(id)?.rules ?? {}).sort();
    expect(types('eu_gdpr')).toEqual(['access', 'automated_decision', 'erasure', 'objection', 'portability', 'rectification', 'restriction', 'withdraw_consent']);
    expect(types('us_ca_ccpa')).toEqual(['access', 'erasure', 'limit_sensitive', 'opt_out_sale_sharing', 'rectification']);
    expect(types('us_ut_ucpa')).toEqual(['access', 'erasure', 'opt_out_sale_sharing', 'portability']);
    expect(types('us_va_vcdpa')).toContain('appeal');
    expect(types('in_dpdp')).toContain('grievance');
    expect(types('sg_pdpa')).toEqual(['access', 'rectification']);
  });

  it.each([
    ['eu_gdpr', 'access', { unit: 'calendar_months', amount: 1 }, 'receipt_excluded', true, 'P'],
    ['uk_gdpr', 'erasure', { unit: 'calendar_months', amount: 1 }, 'receipt_excluded', true, 'P'],
    ['us_ca_ccpa', 'access', { unit: 'calendar_days', amount: 45 }, 'receipt_is_day_1', false, 'P'],
    ['us_ca_ccpa', 'opt_out_sale_sharing', { unit: 'business_days', amount: 15 }, 'receipt_is_day_1', false, 'S'],
    ['us_ca_ccpa', 'limit_sensitive', { unit: 'business_days', amount: 15 }, 'receipt_is_day_1', false, 'U'],
    ['us_va_vcdpa', 'access', { unit: 'calendar_days', amount: 45 }, 'receipt_is_day_1', false, 'P'],
    ['us_co_cpa', 'access', { unit: 'calendar_days', amount: 45 }, 'receipt_is_day_1', false, 'S'],
    ['br_lgpd', 'access', { unit: 'calendar_days', amount: 15 }, 'receipt_is_day_1', false, 'P'],
    ['ca_pipeda', 'access', { unit: 'calendar_days', amount: 30 }, 'receipt_excluded', false, 'P'],
    ['in_dpdp', 'grievance', { unit: 'calendar_days', amount: 90 }, 'receipt_is_day_1', false, 'S'],
    ['sg_pdpa', 'access', { unit: 'calendar_days', amount: 30 }, 'receipt_excluded', false, 'P'],
    ['au_privacy_act', 'access', { unit: 'calendar_days', amount: 30 }, 'receipt_excluded', false, 'S'],
  ])('%s %s: %j, %s, roll forward %s, marker %s', (regimeId, type, period, counting, roll, marker) => {
    const found = rule(regimeId, type);
    expect(found.period).toEqual(period);
    expect(found.counting).toBe(counting);
    expect(found.rollForward).toBe(roll);
    expect(found.verification).toBe(marker);
  });

  it('record the extensions, acknowledgements and pauses of the reference', () => {
    expect(rule('eu_gdpr', 'access').extension).toMatchObject({ amount: 2, unit: 'calendar_months', from: 'start', noticeWithinOriginal: true });
    expect(rule('us_ca_ccpa', 'access').extension).toMatchObject({ amount: 45, unit: 'calendar_days', from: 'start' });
    expect(rule('us_ca_ccpa', 'access').acknowledgement).toMatchObject({ amount: 10, unit: 'business_days', source: 'CCPA Regs § 7021(a)', verification: 'P' });
    expect(rule('us_ca_ccpa', 'opt_out_sale_sharing').extension).toBeNull();
    expect(rule('ca_pipeda', 'access').extension).toMatchObject({ amount: 30, from: 'original_due' });
    expect(rule('sg_pdpa', 'access').extension?.amount).toBeNull();
    expect(rule('br_lgpd', 'access').extension).toBeNull();
    expect(rule('us_co_cpa', 'appeal').extension).toMatchObject({ amount: 60, verification: 'U' });
    expect(rule('eu_gdpr', 'access').pauses.allowed).toBe(false);
    expect(rule('uk_gdpr', 'access').pauses).toMatchObject({ allowed: true, verification: 'S' });
    expect(rule('sg_pdpa', 'access').pauses).toMatchObject({ allowed: true, verification: 'P' });
    expect(rule('us_ca_ccpa', 'access').pauses.allowed).toBe(false);
  });

  it('say which counting convention they use where the law is open', () => {
    expect(rule('us_ca_ccpa', 'access').convention).toContain('receipt + 44 days');
    expect(rule('us_va_vcdpa', 'access').convention).toContain('day 1');
    expect(rule('eu_gdpr', 'access').convention).toContain('1182/71');
    expect(rule('br_lgpd', 'access').convention).toContain('Art. 132');
  });

  it('give no date for rights the law sets no period for', () => {
    const open = allRules().filter(({ rule }) => !isFixedPeriod(rule.period));
    expect(open.map(({ regime, type }) => `${regime.id} ${type}`)).toEqual(
      expect.arrayContaining(['br_lgpd erasure', 'ca_pipeda rectification', 'sg_pdpa rectification', 'in_dpdp nomination']),
    );
    for (const { rule } of open) expect('text' in rule.period && rule.period.text.length > 0).toBe(true);
  });

  it('label every request type', () => {
    for (const label of Object.values(REQUEST_TYPES)) expect(label.length).toBeGreaterThan(3);
    expect(isRequestType('access')).toBe(true);
    expect(isRequestType('toString')).toBe(false);
  });

  it('find nothing for an unknown regime or request type', () => {
    expect(findRule('eu_gdpr', 'opt_out_sale_sharing')).toBeNull();
    expect(findRule('nowhere', 'access')).toBeNull();
    expect(findRule('eu_gdpr', 'constructor')).toBeNull();
  });
});

describe('verification markers', () => {
  it('take the weakest, and flag S and U for legal review', () => {
    expect(weakestVerification('P', 'P')).toBe('P');
    expect(weakestVerification('P', 'S')).toBe('S');
    expect(weakestVerification('S', 'U', 'P')).toBe('U');
    expect(VERIFICATIONS.P.needsLegalReview).toBe(false);
    expect(VERIFICATIONS.S.needsLegalReview).toBe(true);
    expect(VERIFICATIONS.U.needsLegalReview).toBe(true);
  });
});

describe('proposeRegimes', () => {
  it.each([
    [{ country: 'DE' }, ['eu_gdpr']],
    [{ country: 'no' }, ['eu_gdpr']],
    [{ country: 'GB' }, ['uk_gdpr']],
    [{ country: 'US', region: 'CA' }, ['us_ca_ccpa']],
    [{ country: 'US', region: 'US-VA' }, ['us_va_vcdpa']],
    [{ country: 'US', region: 'co' }, ['us_co_cpa']],
    [{ country: 'US', region: 'CT' }, ['us_ct_ctdpa']],
    [{ country: 'US', region: 'UT' }, ['us_ut_ucpa']],
    [{ country: 'US', region: 'TX' }, []],
    [{ country: 'US' }, []],
    [{ country: 'BR' }, ['br_lgpd']],
    [{ country: 'CA', region: 'QC' }, ['ca_pipeda']],
    [{ country: 'IN' }, ['in_dpdp']],
    [{ country: 'SG' }, ['sg_pdpa']],
    [{ country: 'AU' }, ['au_privacy_act']],
    [{ country: 'JP' }, []],
  ])('%j → %j', (residence, expected) => expect(proposeRegimes(residence).map((regime) => regime.id)).toEqual(expected));

  it('puts the most specific regime first', () => {
    const withFederal: Regime[] = [...REGIMES, { ...(findRegime('us_ca_ccpa') as Regime), id: 'us_ca_ccpa', jurisdiction: 'US', name: 'A federal law' }];
    expect(proposeRegimes({ country: 'US', region: 'CA' }, withFederal).map((regime) => regime.name)).toEqual(['California CCPA/CPRA', 'A federal law']);
  });
});

describe('calendarForRegime', () => {
  it('takes the establishment’s member state for the EU GDPR', () => {
    const eu = findRegime('eu_gdpr') as Regime;
    expect(calendarForRegime(eu, 'de').calendarId).toBe('DE');
    expect(calendarForRegime(eu, 'IT')).toMatchObject({ calendarId: null });
    expect(calendarForRegime(eu, 'IT').note).toContain('only weekends');
    expect(calendarForRegime(eu).calendarId).toBeNull();
    expect(calendarForRegime(findRegime('uk_gdpr') as Regime).calendarId).toBe('GB-ENG');
    expect(calendarForRegime(findRegime('us_ca_ccpa') as Regime).calendarId).toBe('US');
  });
});

describe('applyRuleOverrides', () => {
  it('merges a partial rule over the shipped one and lists the changed fields', () => {
    const { regimes, problems } = applyRuleOverrides({ uk_gdpr: { access: { period: { unit: 'calendar_days', amount: 28 }, rollForward: false } } });
    expect(problems).toEqual([]);
    const changed = findRule('uk_gdpr', 'access', regimes) as DeadlineRule;
    expect(changed.period).toEqual({ unit: 'calendar_days', amount: 28 });
    expect(changed.rollForward).toBe(false);
    expect(changed.extension).toEqual(rule('uk_gdpr', 'access').extension);
    expect(changed.source).toBe(rule('uk_gdpr', 'access').source);
    expect(changed.overridden).toEqual(['period', 'rollForward']);
    // Other rules and the shipped data are untouched.
    expect(findRule('uk_gdpr', 'erasure', regimes)?.overridden).toEqual([]);
    expect(rule('uk_gdpr', 'access').period).toEqual({ unit: 'calendar_months', amount: 1 });
  });

  it('merges into the extension, the acknowledgement and the pauses, and removes them with null', () => {
    const { regimes, problems } = applyRuleOverrides({
      us_ca_ccpa: { access: { extension: { amount: 30 }, acknowledgement: null, pauses: { allowed: true } } },
      eu_gdpr: { erasure: { extension: null }, access: { pauses: { allowed: true, note: 'Identity checks stop the clock (our regulator).' } } },
    });
    expect(problems).toEqual([]);
    const ccpa = findRule('us_ca_ccpa', 'access', regimes) as DeadlineRule;
    expect(ccpa.extension).toMatchObject({ amount: 30, unit: 'calendar_days', from: 'start' });
    expect(ccpa.acknowledgement).toBeNull();
    expect(ccpa.pauses).toMatchObject({ allowed: true, verification: 'P' });
    expect(findRule('eu_gdpr', 'erasure', regimes)?.extension).toBeNull();
    expect(findRule('eu_gdpr', 'access', regimes)?.pauses.note).toContain('our regulator');
  });

  it('adds a request type with a new rule, and drops one with null', () => {
    const { regimes, problems } = applyRuleOverrides({
      sg_pdpa: { withdraw_consent: { period: { unit: 'calendar_days', amount: 10 }, source: 'PDPA s. 16' }, rectification: null },
      br_lgpd: { access: { acknowledgement: { amount: 2, unit: 'business_days' } } },
    });
    expect(problems).toEqual([]);
    const added = findRule('sg_pdpa', 'withdraw_consent', regimes) as DeadlineRule;
    expect(added).toMatchObject({ period: { unit: 'calendar_days', amount: 10 }, counting: 'receipt_excluded', source: 'PDPA s. 16', verification: 'U', extension: null });
    expect(findRule('sg_pdpa', 'rectification', regimes)).toBeNull();
    expect(findRule('br_lgpd', 'access', regimes)?.acknowledgement).toMatchObject({ amount: 2, unit: 'business_days', verification: 'U' });
  });

  it.each([
    ['an unknown regime', { nowhere: { access: {} } }, 'nowhere', null, 'There is no regime'],
    ['an unknown request type', { eu_gdpr: { teleport: {} } }, 'eu_gdpr', null, 'not a request type'],
    ['an unknown field', { eu_gdpr: { access: { perod: 1 } } }, 'eu_gdpr', 'perod', 'Unknown field'],
    ['a zero period', { eu_gdpr: { access: { period: { unit: 'calendar_days', amount: 0 } } } }, 'eu_gdpr', 'period.amount', 'whole number'],
    ['a fractional period', { eu_gdpr: { access: { period: { unit: 'calendar_days', amount: 1.5 } } } }, 'eu_gdpr', 'period.amount', 'whole number'],
    ['an unknown unit', { eu_gdpr: { access: { period: { unit: 'fortnights', amount: 2 } } } }, 'eu_gdpr', 'period.unit', 'unit'],
    ['a wrong counting', { eu_gdpr: { access: { counting: 'sometimes' } } }, 'eu_gdpr', 'counting', 'Counting'],
    ['a wrong marker', { eu_gdpr: { access: { verification: 'X' } } }, 'eu_gdpr', 'verification', "'P', 'S' or 'U'"],
    ['a text extension', { eu_gdpr: { access: { extension: 'two months' } } }, 'eu_gdpr', 'extension', 'object'],
    ['a new rule without a period', { sg_pdpa: { appeal: { source: 'x' } } }, 'sg_pdpa', 'period', 'period'],
    ['a new acknowledgement without its amount', { eu_gdpr: { access: { acknowledgement: { unit: 'business_days' } } } }, 'eu_gdpr', 'acknowledgement.amount', 'whole number'],
    ['a rule that is not an object', { eu_gdpr: { access: 45 } }, 'eu_gdpr', null, 'not an object'],
  ])('leaves out %s and reports it', (_name, overrides, regimeId, field, words) => {
    const { regimes, problems } = applyRuleOverrides(overrides);
    expect(problems.length).toBeGreaterThan(0);
    expect(problems[0]).toMatchObject({ regimeId, field });
    expect(problems[0]?.message).toContain(words);
    expect(regimes).toEqual(REGIMES.map((regime) => ({ ...regime, rules: { ...regime.rules } })));
  });

  it('applies the sound overrides beside an unsound one', () => {
    const { regimes, problems } = applyRuleOverrides({ eu_gdpr: { access: { counting: 'never' }, erasure: { rollForward: false } } });
    expect(problems).toHaveLength(1);
    expect(findRule('eu_gdpr', 'access', regimes)?.counting).toBe('receipt_excluded');
    expect(findRule('eu_gdpr', 'erasure', regimes)?.rollForward).toBe(false);
  });

  it('accepts nothing, and refuses what is not an object', () => {
    expect(applyRuleOverrides(undefined).problems).toEqual([]);
    expect(applyRuleOverrides(null).problems).toEqual([]);
    expect(applyRuleOverrides('eu_gdpr').problems[0]?.message).toContain('not an object');
    expect(applyRuleOverrides({ eu_gdpr: [] }).problems[0]?.message).toContain('not an object');
  });
});
