import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addCalendarDays, type CalendarDate, daysBetween, fromDayNumber, isWorkingDay, toDayNumber, type WorkingCalendar, WEEKENDS_ONLY } from './calendar';
import { computeDeadline, type DeadlineInput, type DeadlineResult } from './engine';
import { type CalendarId, HOLIDAY_CALENDARS, workingCalendar } from './holidays';
import { applyRuleOverrides, calendarForRegime, findRule, REGIMES } from './regimes';
import { type DeadlineRule, isFixedPeriod } from './rules';

const CALENDARS = Object.fromEntries(Object.entries(HOLIDAY_CALENDARS).map(([id, calendar]) => [id, workingCalendar(calendar)])) as Record<CalendarId, WorkingCalendar>;
const DE = CALENDARS.DE;
const GB = CALENDARS['GB-ENG'];
const US = CALENDARS.US;

const rule = (regimeId: string, type: string): DeadlineRule => {
  const found = findRule(regimeId, type);
  if (!found) throw new Error(`no rule ${regimeId} ${type}`);
  return found;
};

const EU = rule('eu_gdpr', 'access');
const UK = rule('uk_gdpr', 'access');
const CCPA = rule('us_ca_ccpa', 'access');
const CCPA_OPT_OUT = rule('us_ca_ccpa', 'opt_out_sale_sharing');

const compute = (input: Partial<DeadlineInput> & Pick<DeadlineInput, 'rule'>): DeadlineResult => computeDeadline({ holidays: WEEKENDS_ONLY, ...input });
const codes = (result: DeadlineResult) => result.warnings.map((warning) => warning.code);

describe('documented examples', () => {
  it.each([
    ['EU: 31 January → 28 February (clamped)', EU, '2025-01-31', DE, '2025-02-28'],
    ['EU: 31 January in a leap year → 29 February', EU, '2024-01-31', DE, '2024-02-29'],
    ['EU: same date next month', EU, '2025-09-10', DE, '2025-10-10'],
    ['DE: on German Unity Day (Friday 3 October) → Monday', EU, '2025-09-03', DE, '2025-10-06'],
    ['EU: month end on a Saturday → Monday', EU, '2024-10-31', DE, '2024-12-02'],
    ['EU: on a Sunday → Monday', EU, '2025-07-31', DE, '2025-09-01'],
    ['DE: on Easter Monday → Tuesday', EU, '2025-03-21', DE, '2025-04-22'],
    ['DE: on Good Friday → over Easter to Tuesday', EU, '2025-03-18', DE, '2025-04-22'],
    ['UK: Christmas 2026, Boxing Day on Saturday and its substitute Monday → Tuesday 29', UK, '2026-11-25', GB, '2026-12-29'],
    ['UK: 2021 substitutes Monday 27 and Tuesday 28 → Wednesday 29', UK, '2021-11-27', GB, '2021-12-29'],
    ['UK: on the spring bank holiday → Tuesday', UK, '2026-04-25', GB, '2026-05-26'],
    ['CCPA: received X → X + 44', CCPA, '2025-03-07', US, '2025-04-20'],
    ['CCPA: X + 44 over a year end', CCPA, '2025-12-01', US, '2026-01-14'],
    ['CCPA: no roll-forward off a weekend', CCPA, '2025-01-04', US, '2025-02-17'],
    ['CCPA opt-out: 15 business days over a weekend and Independence Day observed', CCPA_OPT_OUT, '2026-06-25', US, '2026-07-16'],
    ['LGPD: 15 days, day of receipt day 1', rule('br_lgpd', 'access'), '2025-03-07', CALENDARS.BR, '2025-03-21'],
    ['PIPEDA: 30 days after receipt', rule('ca_pipeda', 'access'), '2025-01-15', CALENDARS.CA, '2025-02-14'],
    ['Singapore: 30 days after receipt', rule('sg_pdpa', 'access'), '2025-01-15', CALENDARS.SG, '2025-02-14'],
    ['Australia: 30 days after receipt', rule('au_privacy_act', 'access'), '2025-01-15', CALENDARS.AU, '2025-02-14'],
    ['India: 90 days for a grievance', rule('in_dpdp', 'grievance'), '2025-01-01', CALENDARS.IN, '2025-03-31'],
  ])('%s', (_name, theRule, receivedOn, holidays, expected) => {
    const result = computeDeadline({ rule: theRule, receivedOn, holidays });
    expect(result.dueOn).toBe(expected);
    expect(result.warnings).toEqual([]);
  });

  it('explains the EU example step by step', () => {
    const result = computeDeadline({ rule: EU, receivedOn: '2025-01-31', timeZone: 'Europe/Berlin', holidays: DE });
    expect(result.explanation).toEqual([
      'Received Friday 31 January 2025 (Europe/Berlin).',
      'One month later, clamped to the last day of February: Friday 28 February 2025.',
      'That is a Friday and no holiday: due Friday 28 February 2025.',
    ]);
    expect(result).toMatchObject({ dueText: 'Due Friday 28 February 2025', verification: 'P', needsLegalReview: false, pausedDays: 0 });
    expect(result.convention).toContain('day of receipt is not counted');
    expect(result.source).toContain('Art. 12(3)');
  });

  it('names the holiday it rolls over', () => {
    const result = computeDeadline({ rule: EU, receivedOn: '2025-03-21', holidays: DE });
    expect(result.explanation[2]).toBe('That is a holiday, Ostermontag (Easter Monday), so it moves to the next working day: due Tuesday 22 April 2025.');
    expect(result.unrolledDueOn).toBe('2025-04-21');
  });

  it('rolls a US deadline off Independence Day observed when the officer makes the rule roll forward', () => {
    const { regimes } = applyRuleOverrides({ us_va_vcdpa: { access: { rollForward: true } } });
    const result = computeDeadline({ rule: findRule('us_va_vcdpa', 'access', regimes) as DeadlineRule, receivedOn: '2026-05-20', holidays: US });
    expect(result.unrolledDueOn).toBe('2026-07-03');
    expect(result.dueOn).toBe('2026-07-06');
    expect(result.explanation.join(' ')).toContain('Independence Day (observed)');
  });

  it('says which holidays a business-day count skipped', () => {
    const result = computeDeadline({ rule: CCPA_OPT_OUT, receivedOn: '2026-06-25', holidays: US });
    expect(result.explanation[1]).toBe(
      '15 business days counting the day of receipt as day 1 when it is a working day, skipping weekends and Independence Day (observed) on Friday 3 July 2026, Independence Day on Saturday 4 July 2026: Thursday 16 July 2026.',
    );
  });

  it('takes the receipt date in the organisation’s time zone', () => {
    const result = computeDeadline({ rule: CCPA, receivedAt: '2025-03-08T07:30:00Z', timeZone: 'America/Los_Angeles', holidays: US });
    expect(result.receivedOn).toBe('2025-03-07');
    expect(result.dueOn).toBe('2025-04-20');
    expect(result.explanation[0]).toBe('Received at 2025-03-08T07:30:00Z, which is Friday 7 March 2025 in America/Los_Angeles.');
    expect(computeDeadline({ rule: CCPA, receivedAt: '2025-03-08T07:30:00Z', timeZone: 'Europe/Berlin', holidays: US }).receivedOn).toBe('2025-03-08');
  });

  it('gives the CCPA acknowledgement date: 10 business days, skipping Thanksgiving', () => {
    expect(computeDeadline({ rule: CCPA, receivedOn: '2025-11-21', holidays: US }).acknowledgeBy).toBe('2025-12-05');
    expect(computeDeadline({ rule: CCPA, receivedOn: '2025-03-07', holidays: US }).acknowledgeBy).toBe('2025-03-20');
    expect(computeDeadline({ rule: EU, receivedOn: '2025-03-07', holidays: DE }).acknowledgeBy).toBeUndefined();
  });

  it('marks secondary and unverified rules for legal review', () => {
    expect(computeDeadline({ rule: rule('in_dpdp', 'grievance'), receivedOn: '2025-01-01', holidays: CALENDARS.IN })).toMatchObject({ verification: 'S', needsLegalReview: true });
    expect(computeDeadline({ rule: rule('us_ca_ccpa', 'limit_sensitive'), receivedOn: '2025-01-01', holidays: US })).toMatchObject({ verification: 'U', needsLegalReview: true });
  });

  it('gives the words, not a date, for a rule without a period', () => {
    const result = computeDeadline({ rule: rule('br_lgpd', 'erasure'), receivedOn: '2025-03-07', holidays: CALENDARS.BR });
    expect(result.dueOn).toBeNull();
    expect(result.originalDueOn).toBeNull();
    expect(result.dueText).toMatch(/^Immediately/);
    expect(result.explanation[1]).toMatch(/^The rule sets no date: Immediately/);
    expect(result.needsLegalReview).toBe(true);
  });

  it('counts days left until the due date', () => {
    expect(computeDeadline({ rule: EU, receivedOn: '2025-01-31', holidays: DE, today: '2025-02-20' }).daysLeft).toBe(8);
    expect(computeDeadline({ rule: EU, receivedOn: '2025-01-31', holidays: DE, today: '2025-03-03' }).daysLeft).toBe(-3);
  });
});

describe('extensions', () => {
  const granted = { granted: true, reason: 'Several complex requests', notifiedOn: '2025-02-10' };

  it('EU: 3 months from receipt in all, not 2 months after the clamped first month', () => {
    const result = computeDeadline({ rule: EU, receivedOn: '2025-01-31', holidays: DE, extension: granted });
    expect(result).toMatchObject({ originalDueOn: '2025-02-28', extendedDueOn: '2025-04-30', dueOn: '2025-04-30', extensionApplied: true, warnings: [] });
    expect(result.explanation[3]).toBe(
      'Extension of 2 months granted (reason: Several complex requests), counted from receipt: 3 months later, clamped to the last day of April: Wednesday 30 April 2025.',
    );
  });

  it('EU: the extended end rolls forward too', () => {
    const result = computeDeadline({ rule: EU, receivedOn: '2025-03-15', holidays: DE, extension: { ...granted, notifiedOn: '2025-04-01' } });
    expect(result.originalDueOn).toBe('2025-04-15');
    expect(result.dueOn).toBe('2025-06-16');
  });

  it('CCPA: 90 days in all from the day of receipt (receipt + 89)', () => {
    const result = computeDeadline({ rule: CCPA, receivedOn: '2025-03-07', holidays: US, extension: { ...granted, notifiedOn: '2025-04-01' } });
    expect(result.dueOn).toBe(addCalendarDays('2025-03-07', 89));
    expect(result.source).toContain('1798.130');
  });

  it('PIPEDA: 30 more days after the original limit', () => {
    const result = computeDeadline({ rule: rule('ca_pipeda', 'access'), receivedOn: '2025-01-15', holidays: CALENDARS.CA, extension: { ...granted, notifiedOn: '2025-02-01' } });
    expect(result.dueOn).toBe('2025-03-16');
  });

  it('Singapore: as long as the notice says', () => {
    const singapore = rule('sg_pdpa', 'access');
    const result = computeDeadline({ rule: singapore, receivedOn: '2025-01-15', holidays: CALENDARS.SG, extension: { ...granted, notifiedOn: '2025-02-01', until: '2025-03-31' } });
    expect(result).toMatchObject({ dueOn: '2025-03-31', extensionApplied: true, verification: 'U' });
    const missing = computeDeadline({ rule: singapore, receivedOn: '2025-01-15', holidays: CALENDARS.SG, extension: { ...granted, notifiedOn: '2025-02-01' } });
    expect(missing.dueOn).toBe('2025-02-14');
    expect(codes(missing)).toEqual(['extension_date_missing']);
    const short = computeDeadline({ rule: singapore, receivedOn: '2025-01-15', holidays: CALENDARS.SG, extension: { ...granted, notifiedOn: '2025-02-01', until: '2025-02-01' } });
    expect(codes(short)).toEqual(['extension_too_short']);
    expect(short.dueOn).toBe('2025-02-14');
  });

  it('warns when the notice comes after the original period, and keeps the original date', () => {
    const result = computeDeadline({ rule: EU, receivedOn: '2025-01-31', holidays: DE, extension: { ...granted, notifiedOn: '2025-03-03' } });
    expect(codes(result)).toEqual(['extension_notice_late']);
    expect(result).toMatchObject({ dueOn: '2025-02-28', extendedDueOn: '2025-04-30', extensionApplied: false });
    // The original period ends on the rolled date: a notice on that day is in time.
    const onTime = computeDeadline({ rule: EU, receivedOn: '2024-10-31', holidays: DE, extension: { ...granted, notifiedOn: '2024-12-02' } });
    expect(codes(onTime)).toEqual([]);
  });

  it('warns on a missing reason or notice date, and on a notice before receipt', () => {
    const noReason = computeDeadline({ rule: EU, receivedOn: '2025-01-31', holidays: DE, extension: { granted: true, reason: '  ', notifiedOn: null } });
    expect(codes(noReason)).toEqual(['extension_reason_missing', 'extension_notice_missing']);
    expect(noReason.dueOn).toBe('2025-04-30');
    const early = computeDeadline({ rule: EU, receivedOn: '2025-01-31', holidays: DE, extension: { ...granted, notifiedOn: '2025-01-02' } });
    expect(codes(early)).toEqual(['extension_notice_before_receipt']);
  });

  it('warns when the regime allows no extension, and ignores one not granted', () => {
    const lgpd = computeDeadline({ rule: rule('br_lgpd', 'access'), receivedOn: '2025-03-07', holidays: CALENDARS.BR, extension: granted });
    expect(codes(lgpd)).toEqual(['extension_not_allowed']);
    expect(lgpd.dueOn).toBe('2025-03-21');
    expect(lgpd.extendedDueOn).toBeUndefined();
    const notGranted = computeDeadline({ rule: EU, receivedOn: '2025-01-31', holidays: DE, extension: { ...granted, granted: false } });
    expect(notGranted).toMatchObject({ dueOn: '2025-02-28', warnings: [] });
    expect(notGranted.extendedDueOn).toBeUndefined();
  });
});

describe('pauses', () => {
  it('adds the paused days to the end, then rolls forward', () => {
    // 1 March + 1 month = 1 April; 2 paused days → Good Friday 3 April → over Easter to Tuesday 7 April.
    const result = computeDeadline({ rule: UK, receivedOn: '2026-03-01', holidays: GB, pauses: [{ from: '2026-03-05', to: '2026-03-06', reason: 'Waiting for clarification' }] });
    expect(result).toMatchObject({ pausedDays: 2, unrolledDueOn: '2026-04-03', dueOn: '2026-04-07', warnings: [] });
    expect(result.explanation[2]).toBe(
      'Paused 2 days (Thursday 5 March 2026 to Friday 6 March 2026: Waiting for clarification), added to the end of the period: Friday 3 April 2026.',
    );
  });

  it('counts an open pause up to today, and the extended period moves too', () => {
    const result = computeDeadline({
      rule: UK,
      receivedOn: '2026-03-02',
      holidays: GB,
      pauses: [{ from: '2026-03-10', to: null }],
      today: '2026-03-14',
      extension: { granted: true, reason: 'Complex', notifiedOn: '2026-03-20' },
    });
    expect(result.pausedDays).toBe(5);
    expect(result.originalDueOn).toBe('2026-04-07');
    expect(result.unrolledDueOn).toBe('2026-06-07');
    expect(result.dueOn).toBe('2026-06-08');
  });

  it('counts overlapping pauses once and warns', () => {
    const result = computeDeadline({ rule: UK, receivedOn: '2026-03-02', holidays: GB, pauses: [{ from: '2026-03-05', to: '2026-03-10' }, { from: '2026-03-08', to: '2026-03-12' }] });
    expect(result.pausedDays).toBe(8);
    expect(codes(result)).toEqual(['pauses_overlap']);
  });

  it('does not move the date where the regime allows no pause, and says so', () => {
    const result = computeDeadline({ rule: CCPA, receivedOn: '2025-03-07', holidays: US, pauses: [{ from: '2025-03-10', to: '2025-03-12' }] });
    expect(result).toMatchObject({ pausedDays: 0, dueOn: '2025-04-20' });
    expect(codes(result)).toEqual(['pause_not_allowed']);
    expect(result.warnings[0]?.message).toContain('3 paused days were recorded');
  });

  it.each([
    ['a pause ending before it starts', [{ from: '2026-03-10', to: '2026-03-05' }], undefined, 'pause_ends_before_start', 0],
    ['an open pause without today', [{ from: '2026-03-10', to: null }], undefined, 'pause_open_without_today', 0],
    ['an open pause starting after today', [{ from: '2026-03-20', to: null }], '2026-03-10', 'pause_in_future', 0],
    ['a pause with a wrong date', [{ from: '2026-02-30', to: '2026-03-05' }], undefined, 'pause_invalid', 0],
    ['a pause starting before receipt', [{ from: '2026-02-25', to: '2026-03-03' }], undefined, 'pause_before_receipt', 2],
  ])('warns on %s', (_name, pauses, today, code, days) => {
    const result = computeDeadline({ rule: UK, receivedOn: '2026-03-02', holidays: GB, pauses, ...(today ? { today } : {}) });
    expect(codes(result)).toEqual([code]);
    expect(result.pausedDays).toBe(days);
    expect(result.dueOn).not.toBeNull();
  });
});

describe('invalid input', () => {
  it('never throws: a missing or wrong receipt gives a warning and no date', () => {
    for (const input of [{}, { receivedOn: '2025-02-30' }, { receivedOn: 'soon' }, { receivedAt: '2025-03-08T07:30:00', timeZone: 'UTC' }, { receivedAt: '2025-03-08T07:30:00Z', timeZone: 'Atlantis/Capital' }]) {
      const result = compute({ rule: EU, ...input });
      expect(result.dueOn).toBeNull();
      expect(codes(result)).toEqual(['invalid_receipt']);
      expect(result.dueText).toMatch(/^No deadline/);
    }
  });

  it('does not throw at the edges of the date range', () => {
    expect(compute({ rule: CCPA_OPT_OUT, receivedOn: '1000-01-01' }).dueOn).toBe('1000-01-21');
    expect(codes(compute({ rule: EU, receivedOn: '9000-01-01' }))).toEqual(['invalid_receipt']);
    const long = compute({ rule: UK, receivedOn: '8999-12-01', pauses: [{ from: '8999-12-05', to: null }], today: '9999-12-31' });
    expect(long.pausedDays).toBe(daysBetween('8999-12-05', '9999-12-31') + 1);
    expect(long.dueOn?.startsWith('10000-')).toBe(true);
  });

  it('warns when the date and the instant of receipt disagree, and uses the date', () => {
    const result = compute({ rule: CCPA, receivedOn: '2025-03-08', receivedAt: '2025-03-08T07:30:00Z', timeZone: 'America/Los_Angeles' });
    expect(result.receivedOn).toBe('2025-03-08');
    expect(codes(result)).toEqual(['receipt_mismatch']);
  });

  it('warns on a receipt after today and on a wrong today', () => {
    expect(codes(compute({ rule: EU, receivedOn: '2025-03-08', today: '2025-03-01' }))).toEqual(['receipt_after_today']);
    expect(codes(compute({ rule: EU, receivedOn: '2025-03-08', today: 'now' }))).toEqual(['invalid_today']);
  });

  it('refuses an unsound rule with a warning', () => {
    const broken = { ...EU, period: { unit: 'calendar_days', amount: -3 } } as DeadlineRule;
    const result = compute({ rule: broken, receivedOn: '2025-03-08' });
    expect(result.dueOn).toBeNull();
    expect(codes(result)).toEqual(['invalid_rule']);
    expect(() => compute({ rule: null as unknown as DeadlineRule, receivedOn: '2025-03-08' })).not.toThrow();
  });

  it('counts only weekends, with a warning, when no calendar is given', () => {
    const result = computeDeadline({ rule: EU, receivedOn: '2024-10-31', holidays: undefined as unknown as WorkingCalendar });
    expect(result.dueOn).toBe('2024-12-02');
    expect(codes(result)).toEqual(['no_calendar']);
  });

  it('never throws on a value whose toString is broken (a counterexample fast-check found)', () => {
    const input = { receivedOn: { toString: 0 }, receivedAt: '', timeZone: 'UTC', today: { toString: 0 } } as unknown as DeadlineInput;
    const result = computeDeadline({ ...input, rule: EU, holidays: GB });
    expect(result.dueOn).toBeNull();
    expect(Array.isArray(result.explanation)).toBe(true);
  });

  it('never throws on arbitrary input', () => {
    const maybeDate = fc.oneof(fc.constantFrom('2025-01-20', '2025-02-10', '2025-03-31', null), fc.anything());
    fc.assert(
      fc.property(
        fc.record({
          receivedOn: fc.oneof(fc.string(), fc.constant('2025-01-31'), fc.anything()),
          receivedAt: fc.oneof(fc.string(), fc.constant(undefined)),
          timeZone: fc.oneof(fc.string(), fc.constant('UTC')),
          extension: fc.oneof(fc.constant(undefined), fc.anything(), fc.record({ granted: fc.boolean(), reason: fc.anything(), notifiedOn: maybeDate, until: maybeDate })),
          pauses: fc.oneof(fc.constant(undefined), fc.anything(), fc.array(fc.oneof(fc.anything(), fc.record({ from: maybeDate, to: maybeDate, reason: fc.anything() })), { maxLength: 3 })),
          today: maybeDate,
        }),
        fc.constantFrom(EU, UK, CCPA, CCPA_OPT_OUT, rule('sg_pdpa', 'access'), rule('br_lgpd', 'erasure')),
        (input, theRule) => {
          const result = computeDeadline({ ...(input as unknown as DeadlineInput), rule: theRule, holidays: GB });
          expect(Array.isArray(result.explanation)).toBe(true);
        },
      ),
      { numRuns: 300 },
    );
  });
});

// -----------------------------------------------------------------------------------------------
// Invariants over every shipped rule that sets a date.

interface Case {
  name: string;
  rule: DeadlineRule;
  holidays: WorkingCalendar;
}

const CASES: Case[] = REGIMES.flatMap((regime) =>
  Object.entries(regime.rules)
    .filter(([, rule]) => rule !== undefined && isFixedPeriod(rule.period))
    .map(([type, rule]) => {
      const calendarId = calendarForRegime(regime, 'DE').calendarId;
      return { name: `${regime.id} ${type}`, rule: rule as DeadlineRule, holidays: calendarId ? CALENDARS[calendarId] : WEEKENDS_ONLY };
    }),
);

const cases = fc.constantFrom(...CASES);
const receipts = fc.integer({ min: toDayNumber('2000-01-01'), max: toDayNumber('2060-12-31') }).map(fromDayNumber);
const due = (c: Case, receivedOn: CalendarDate, extra: Partial<DeadlineInput> = {}) => computeDeadline({ rule: c.rule, holidays: c.holidays, receivedOn, ...extra });

describe('invariants', () => {
  it('covers every regime', () => {
    expect(new Set(CASES.map((c) => c.name.split(' ')[0])).size).toBe(REGIMES.length);
  });

  it('the due date is never before the receipt', () => {
    fc.assert(
      fc.property(cases, receipts, (c, receivedOn) => {
        const result = due(c, receivedOn);
        expect(result.dueOn! >= receivedOn).toBe(true);
        if (result.acknowledgeBy) expect(result.acknowledgeBy >= receivedOn).toBe(true);
      }),
    );
  });

  it('a rule that rolls forward, or counts business days, never ends on a weekend or holiday', () => {
    fc.assert(
      fc.property(cases, receipts, fc.boolean(), fc.integer({ min: 0, max: 10 }), (c, receivedOn, extended, paused) => {
        const extension = extended ? { granted: true, reason: 'Complex', notifiedOn: receivedOn } : undefined;
        const pausable = { ...c, rule: { ...c.rule, pauses: { ...c.rule.pauses, allowed: true } } };
        const pauses = paused > 0 ? [{ from: receivedOn, to: addCalendarDays(receivedOn, paused - 1) }] : [];
        const result = due(pausable, receivedOn, { pauses, ...(extension ? { extension } : {}) });
        if (c.rule.rollForward || (isFixedPeriod(c.rule.period) && c.rule.period.unit === 'business_days')) {
          expect(isWorkingDay(result.dueOn!, c.holidays), `${c.name} ${receivedOn} → ${result.dueOn}`).toBe(true);
        }
      }),
    );
  });

  it('is monotonic: a later receipt never gives an earlier due date', () => {
    fc.assert(
      fc.property(cases, receipts, fc.integer({ min: 0, max: 400 }), (c, receivedOn, later) => {
        const first = due(c, receivedOn).dueOn!;
        const second = due(c, addCalendarDays(receivedOn, later)).dueOn!;
        expect(second >= first, `${c.name}: ${receivedOn} → ${first}, +${later} → ${second}`).toBe(true);
      }),
    );
  });

  it('an extension never shortens the deadline', () => {
    const extensible = CASES.filter((c) => c.rule.extension && c.rule.extension.amount !== null);
    fc.assert(
      fc.property(fc.constantFrom(...extensible), receipts, (c, receivedOn) => {
        const plain = due(c, receivedOn);
        const extended = due(c, receivedOn, { extension: { granted: true, reason: 'Complex', notifiedOn: receivedOn } });
        expect(extended.extensionApplied).toBe(true);
        expect(extended.dueOn! >= plain.dueOn!).toBe(true);
        expect(extended.originalDueOn).toBe(plain.dueOn);
      }),
    );
  });

  it('pausing N days moves the unrolled due date by exactly N days', () => {
    fc.assert(
      fc.property(cases, receipts, fc.integer({ min: 0, max: 40 }), fc.integer({ min: 1, max: 60 }), (c, receivedOn, offset, length) => {
        const pausable = { ...c, rule: { ...c.rule, pauses: { ...c.rule.pauses, allowed: true } } };
        const from = addCalendarDays(receivedOn, offset);
        const paused = due(pausable, receivedOn, { pauses: [{ from, to: addCalendarDays(from, length - 1) }] });
        const plain = due(pausable, receivedOn);
        expect(paused.pausedDays).toBe(length);
        expect(daysBetween(plain.unrolledDueOn!, paused.unrolledDueOn!)).toBe(length);
        expect(paused.dueOn! >= plain.dueOn!).toBe(true);
      }),
    );
  });

  it('counts the union of several pauses, each day once', () => {
    const uk = { name: 'uk', rule: UK, holidays: GB };
    fc.assert(
      fc.property(receipts, fc.array(fc.tuple(fc.integer({ min: 0, max: 30 }), fc.integer({ min: 1, max: 10 })), { maxLength: 4 }), (receivedOn, spans) => {
        const days = new Set<number>();
        for (const [offset, length] of spans) for (let day = offset; day < offset + length; day += 1) days.add(day);
        const pauses = spans.map(([offset, length]) => ({ from: addCalendarDays(receivedOn, offset), to: addCalendarDays(receivedOn, offset + length - 1) }));
        const result = due(uk, receivedOn, { pauses });
        expect(result.pausedDays).toBe(days.size);
        expect(daysBetween(due(uk, receivedOn).unrolledDueOn!, result.unrolledDueOn!)).toBe(days.size);
      }),
    );
  });
});
