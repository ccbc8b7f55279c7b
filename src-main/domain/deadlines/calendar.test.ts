import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addBusinessDays,
  addCalendarDays,
  addMonths,
  calendarDateIn,
  countBusinessDays,
  dateParts,
  daysBetween,
  daysInMonth,
  formatLongDate,
  fromDayNumber,
  isCalendarDate,
  isTimeZone,
  isWorkingDay,
  rollForward,
  toDayNumber,
  weekdayOf,
  WEEKENDS_ONLY,
  type WorkingCalendar,
} from './calendar';

/** A calendar with a few named holidays, to test the arithmetic without holidays.ts. */
const withHolidays = (holidays: Record<string, string>): WorkingCalendar => ({ weekend: [6, 0], holidayOn: (date) => holidays[date] ?? null });
const CHRISTMAS_2025 = withHolidays({ '2025-12-25': 'Christmas Day', '2025-12-26': 'Boxing Day' });

/** Dates from 1950 to 2150 as day numbers. */
const dayNumbers = fc.integer({ min: toDayNumber('1950-01-01'), max: toDayNumber('2150-12-31') });
const dates = dayNumbers.map(fromDayNumber);

describe('calendar dates', () => {
  it.each([
    ['2024-02-29', true],
    ['2025-02-29', false],
    ['1900-02-29', false],
    ['2000-02-29', true],
    ['2025-04-31', false],
    ['2025-1-05', false],
    ['2025-01-05T00:00', false],
    ['0999-12-31', false],
    ['', false],
  ])('isCalendarDate(%j) is %s', (text, valid) => expect(isCalendarDate(text)).toBe(valid));

  it('refuses what is not a string', () => {
    for (const value of [null, undefined, 20250101, new Date(0), {}]) expect(isCalendarDate(value)).toBe(false);
  });

  it('numbers days from 1970-01-01 and back', () => {
    expect(toDayNumber('1970-01-01')).toBe(0);
    expect(toDayNumber('2000-03-01')).toBe(11017);
    expect(fromDayNumber(-1)).toBe('1969-12-31');
    fc.assert(fc.property(dayNumbers, (n) => toDayNumber(fromDayNumber(n)) === n));
  });

  it('agrees with Date on the day number and the weekday', () => {
    fc.assert(
      fc.property(dates, (date) => {
        const { year, month, day } = dateParts(date);
        const utc = Date.UTC(year, month - 1, day);
        expect(toDayNumber(date)).toBe(utc / 86_400_000);
        expect(weekdayOf(date)).toBe(new Date(utc).getUTCDay());
      }),
    );
  });

  it('says the date in words, in English whatever the locale', () => {
    expect(formatLongDate('2025-01-31')).toBe('Friday 31 January 2025');
    expect(formatLongDate('2026-07-03')).toBe('Friday 3 July 2026');
  });

  it('counts days between dates', () => {
    expect(daysBetween('2025-01-31', '2025-02-28')).toBe(28);
    expect(daysBetween('2024-02-28', '2024-03-01')).toBe(2);
    expect(daysBetween('2025-03-01', '2025-02-28')).toBe(-1);
    expect(addCalendarDays('2025-03-07', 44)).toBe('2025-04-20');
    expect(addCalendarDays('2024-12-31', 1)).toBe('2025-01-01');
  });
});

describe('addMonths', () => {
  it.each([
    ['2025-01-31', 1, '2025-02-28'],
    ['2024-01-31', 1, '2024-02-29'],
    ['2025-01-30', 1, '2025-02-28'],
    ['2025-01-28', 1, '2025-02-28'],
    ['2025-03-31', 1, '2025-04-30'],
    ['2025-01-31', 3, '2025-04-30'],
    ['2025-09-03', 1, '2025-10-03'],
    ['2025-11-30', 3, '2026-02-28'],
    ['2025-12-15', 1, '2026-01-15'],
    ['2024-02-29', 12, '2025-02-28'],
    ['2025-03-31', -1, '2025-02-28'],
    ['2025-01-15', -1, '2024-12-15'],
  ])('%s + %i months = %s', (date, months, expected) => expect(addMonths(date, months)).toBe(expected));

  it('keeps the day where the month has it, else takes the month’s last day', () => {
    fc.assert(
      fc.property(dates, fc.integer({ min: -36, max: 36 }), (date, months) => {
        const from = dateParts(date);
        const to = dateParts(addMonths(date, months));
        expect(to.year * 12 + to.month - (from.year * 12 + from.month)).toBe(months);
        expect(to.day).toBeLessThanOrEqual(from.day);
        expect(to.day === from.day || to.day === daysInMonth(to.year, to.month)).toBe(true);
        expect(to.day).toBe(Math.min(from.day, daysInMonth(to.year, to.month)));
      }),
    );
  });
});

describe('working days', () => {
  it('rolls a weekend or holiday forward to the next working day, and leaves a working day alone', () => {
    expect(rollForward('2025-03-01', WEEKENDS_ONLY)).toBe('2025-03-03');
    expect(rollForward('2025-03-02', WEEKENDS_ONLY)).toBe('2025-03-03');
    expect(rollForward('2025-03-03', WEEKENDS_ONLY)).toBe('2025-03-03');
    expect(rollForward('2025-12-25', CHRISTMAS_2025)).toBe('2025-12-29');
  });

  it.each([
    ['a weekday to a weekday', '2025-03-03', 3, WEEKENDS_ONLY, '2025-03-06'],
    ['over a weekend', '2025-03-06', 3, WEEKENDS_ONLY, '2025-03-11'],
    ['from a Saturday', '2025-03-08', 1, WEEKENDS_ONLY, '2025-03-10'],
    ['over a weekend and two holidays', '2025-12-19', 5, CHRISTMAS_2025, '2025-12-30'],
    ['ten business days', '2025-03-07', 10, WEEKENDS_ONLY, '2025-03-21'],
    ['none', '2025-03-08', 0, WEEKENDS_ONLY, '2025-03-08'],
    ['backwards', '2025-03-10', -1, WEEKENDS_ONLY, '2025-03-07'],
  ])('addBusinessDays %s', (_name, date, days, calendar, expected) => expect(addBusinessDays(date, days, calendar)).toBe(expected));

  it('lands on a working day and counts exactly n working days', () => {
    const calendar = withHolidays({ '2025-12-25': 'Christmas Day', '2026-01-01': 'New Year', '2026-04-03': 'Good Friday', '2026-04-06': 'Easter Monday' });
    fc.assert(
      fc.property(fc.integer({ min: toDayNumber('2025-11-01'), max: toDayNumber('2026-05-31') }).map(fromDayNumber), fc.integer({ min: 1, max: 60 }), (date, n) => {
        const end = addBusinessDays(date, n, calendar);
        expect(isWorkingDay(end, calendar)).toBe(true);
        expect(countBusinessDays(date, end, calendar)).toBe(n);
        expect(countBusinessDays(date, addCalendarDays(end, -1), calendar)).toBe(n - 1);
      }),
    );
  });

  it('does not loop forever on a calendar without working days', () => {
    const never: WorkingCalendar = { weekend: [0, 1, 2, 3, 4, 5, 6], holidayOn: () => null };
    expect(rollForward('2025-01-01', never)).toBe('2025-01-01');
    expect(() => addBusinessDays('2025-01-01', 5, never)).not.toThrow();
  });
});

describe('calendarDateIn', () => {
  it('gives the date in the organisation’s zone, not in UTC', () => {
    // Friday 23:30 in Los Angeles is already Saturday 07:30 in UTC.
    expect(calendarDateIn('2025-03-08T07:30:00Z', 'America/Los_Angeles')).toBe('2025-03-07');
    expect(calendarDateIn('2025-03-07T23:30:00-08:00', 'America/Los_Angeles')).toBe('2025-03-07');
    expect(calendarDateIn('2025-03-08T07:30:00Z', 'Europe/Berlin')).toBe('2025-03-08');
    expect(calendarDateIn('2025-03-08T07:30:00Z', 'UTC')).toBe('2025-03-08');
    expect(calendarDateIn('2025-01-31T23:30:00Z', 'Europe/Berlin')).toBe('2025-02-01');
  });

  it('handles the daylight-saving change', () => {
    // Los Angeles moved to UTC-7 at 02:00 on 9 March 2025.
    expect(calendarDateIn('2025-03-10T06:59:00Z', 'America/Los_Angeles')).toBe('2025-03-09');
    expect(calendarDateIn('2025-03-10T07:00:00Z', 'America/Los_Angeles')).toBe('2025-03-10');
  });

  it.each([
    ['an instant without offset', '2025-03-08T07:30:00', 'UTC'],
    ['a date only', '2025-03-08', 'UTC'],
    ['an impossible instant', '2025-02-30T07:30:00Z', 'UTC'],
    ['an unknown zone', '2025-03-08T07:30:00Z', 'Mars/Olympus_Mons'],
    ['text', 'yesterday', 'UTC'],
  ])('gives null for %s', (_name, instant, zone) => expect(calendarDateIn(instant, zone)).toBeNull());

  it('knows IANA zones', () => {
    expect(isTimeZone('Europe/Berlin')).toBe(true);
    expect(isTimeZone('Nowhere/Else')).toBe(false);
    expect(isTimeZone('')).toBe(false);
  });

  it('agrees with the UTC date for UTC', () => {
    fc.assert(
      fc.property(fc.integer({ min: Date.UTC(1990, 0, 1), max: Date.UTC(2100, 0, 1) }), (time) => {
        const instant = new Date(time).toISOString();
        expect(calendarDateIn(instant, 'UTC')).toBe(instant.slice(0, 10));
      }),
    );
  });
});
