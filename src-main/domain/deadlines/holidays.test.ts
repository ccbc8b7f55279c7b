import { describe, expect, it } from 'vitest';
import { isCalendarDate, weekdayOf } from './calendar';
import {
  applyCalendarEdits,
  type CalendarId,
  easterSunday,
  HOLIDAY_CALENDARS,
  holidaysInYear,
  isCalendarId,
  ruleDate,
  workingCalendar,
} from './holidays';

const datesOf = (id: CalendarId, year: number) => holidaysInYear(HOLIDAY_CALENDARS[id], year).map((holiday) => holiday.date);
const listOf = (id: CalendarId, year: number) => holidaysInYear(HOLIDAY_CALENDARS[id], year).map((holiday) => `${holiday.date} ${holiday.name}`);

describe('easterSunday', () => {
  it.each([
    [2024, '2024-03-31'],
    [2025, '2025-04-20'],
    [2026, '2026-04-05'],
    [2027, '2027-03-28'],
    [2000, '2000-04-23'],
    [2019, '2019-04-21'],
    [2038, '2038-04-25'],
    [2285, '2285-03-22'],
    [1818, '1818-03-22'],
  ])('%i: %s', (year, date) => expect(easterSunday(year)).toBe(date));

  it('is always a Sunday between 22 March and 25 April', () => {
    for (let year = 1600; year <= 2400; year += 1) {
      const date = easterSunday(year);
      expect(weekdayOf(date)).toBe(0);
      expect(date.slice(5) >= '03-22' && date.slice(5) <= '04-25').toBe(true);
    }
  });
});

describe('date rules', () => {
  it('finds the nth and the last weekday, and none for a missing fifth', () => {
    expect(ruleDate({ kind: 'nth_weekday', month: 11, weekday: 4, n: 4 }, 2026)).toBe('2026-11-26');
    expect(ruleDate({ kind: 'nth_weekday', month: 5, weekday: 1, n: -1 }, 2026)).toBe('2026-05-25');
    expect(ruleDate({ kind: 'nth_weekday', month: 2, weekday: 1, n: 5 }, 2026)).toBeNull();
    expect(ruleDate({ kind: 'nth_weekday', month: 11, weekday: 4, n: 4, offset: 1 }, 2029)).toBe('2029-11-23');
  });

  it('finds a weekday near a date, keeping the date on the given weekdays', () => {
    const brigid = { kind: 'weekday_near', month: 2, day: 1, weekday: 1, direction: 'after', keepOn: [5] } as const;
    expect(ruleDate(brigid, 2025)).toBe('2025-02-03');
    expect(ruleDate(brigid, 2027)).toBe('2027-02-01'); // a Monday
    expect(ruleDate(brigid, 2030)).toBe('2030-02-01'); // a Friday: kept
    const victoria = { kind: 'weekday_near', month: 5, day: 24, weekday: 1, direction: 'before' } as const;
    expect(ruleDate(victoria, 2025)).toBe('2025-05-19');
    expect(ruleDate(victoria, 2027)).toBe('2027-05-24'); // 24 May 2027 is a Monday
  });

  it('gives a one-off date only in its year, and no 29 February in a common year', () => {
    expect(ruleDate({ kind: 'once', date: '2022-06-03' }, 2022)).toBe('2022-06-03');
    expect(ruleDate({ kind: 'once', date: '2022-06-03' }, 2023)).toBeNull();
    expect(ruleDate({ kind: 'fixed', month: 2, day: 29 }, 2025)).toBeNull();
  });
});

describe('England and Wales', () => {
  it('2026, with Boxing Day on a Saturday substituted on Monday 28 December', () => {
    expect(listOf('GB-ENG', 2026)).toEqual([
      '2026-01-01 New Year’s Day',
      '2026-04-03 Good Friday',
      '2026-04-06 Easter Monday',
      '2026-05-04 Early May bank holiday',
      '2026-05-25 Spring bank holiday',
      '2026-08-31 Summer bank holiday',
      '2026-12-25 Christmas Day',
      '2026-12-26 Boxing Day',
      '2026-12-28 Boxing Day (substitute day)',
    ]);
  });

  it('2021: Christmas on Saturday and Boxing Day on Sunday give Monday 27 and Tuesday 28', () => {
    expect(datesOf('GB-ENG', 2021).filter((date) => date >= '2021-12-01')).toEqual(['2021-12-25', '2021-12-26', '2021-12-27', '2021-12-28']);
  });

  it('2022: Christmas on Sunday gives Tuesday 27 after Boxing Day on Monday 26; the jubilee and the funeral days', () => {
    const dates = datesOf('GB-ENG', 2022);
    expect(dates).toEqual(expect.arrayContaining(['2022-06-02', '2022-06-03', '2022-09-19', '2022-12-26', '2022-12-27']));
    expect(dates).not.toContain('2022-05-30');
  });

  it('2020: the early May bank holiday moved to VE Day, Friday 8 May', () => {
    expect(datesOf('GB-ENG', 2020)).toContain('2020-05-08');
    expect(datesOf('GB-ENG', 2020)).not.toContain('2020-05-04');
  });

  it('2027: New Year’s Day is a Friday, 2028 a Saturday substituted on Monday 3 January', () => {
    expect(datesOf('GB-ENG', 2027)[0]).toBe('2027-01-01');
    expect(datesOf('GB-ENG', 2028).slice(0, 2)).toEqual(['2028-01-01', '2028-01-03']);
  });
});

describe('United States', () => {
  it('federal holidays 2026, with Independence Day observed on Friday 3 July', () => {
    expect(listOf('US', 2026)).toEqual([
      "2026-01-01 New Year's Day",
      '2026-01-19 Birthday of Martin Luther King, Jr.',
      "2026-02-16 Washington's Birthday",
      '2026-05-25 Memorial Day',
      '2026-06-19 Juneteenth National Independence Day',
      '2026-07-03 Independence Day (observed)',
      '2026-07-04 Independence Day',
      '2026-09-07 Labor Day',
      '2026-10-12 Columbus Day',
      '2026-11-11 Veterans Day',
      '2026-11-26 Thanksgiving Day',
      '2026-12-25 Christmas Day',
    ]);
  });

  it('New Year’s Day 2022 on a Saturday is observed on Friday 31 December 2021', () => {
    expect(datesOf('US', 2021)).toContain('2021-12-31');
    expect(datesOf('US', 2022)).not.toContain('2021-12-31');
    expect(workingCalendar(HOLIDAY_CALENDARS.US).holidayOn('2021-12-31')).toBe("New Year's Day (observed)");
  });

  it('a Sunday holiday is observed on the Monday; Juneteenth only from 2021', () => {
    expect(datesOf('US', 2023)).toContain('2023-01-02');
    expect(datesOf('US', 2020).some((date) => date.endsWith('-06-19'))).toBe(false);
    expect(datesOf('US', 2022)).toContain('2022-06-20');
  });

  it('California adds Cesar Chavez Day and the day after Thanksgiving', () => {
    const extra = datesOf('US-CA', 2026).filter((date) => !datesOf('US', 2026).includes(date));
    expect(extra).toEqual(['2026-03-31', '2026-11-27']);
    expect(datesOf('US-CA', 2024)).toContain('2024-04-01'); // 31 March 2024 was a Sunday
  });
});

describe('other calendars', () => {
  it('Germany 2025: Good Friday, Easter Monday, Ascension, Whit Monday', () => {
    expect(datesOf('DE', 2025)).toEqual([
      '2025-01-01', '2025-04-18', '2025-04-21', '2025-05-01', '2025-05-29', '2025-06-09', '2025-10-03', '2025-12-25', '2025-12-26',
    ]);
    expect(datesOf('DE', 2017)).toContain('2017-10-31');
    expect(datesOf('DE', 2018)).not.toContain('2018-10-31');
  });

  it('France 2026 has eleven days', () => {
    expect(datesOf('FR', 2026)).toEqual([
      '2026-01-01', '2026-04-06', '2026-05-01', '2026-05-08', '2026-05-14', '2026-05-25', '2026-07-14', '2026-08-15', '2026-11-01', '2026-11-11', '2026-12-25',
    ]);
  });

  it('Ireland: St Brigid’s Day from 2023', () => {
    expect(datesOf('IE', 2025)).toContain('2025-02-03');
    expect(datesOf('IE', 2022).some((date) => date.startsWith('2022-02'))).toBe(false);
    expect(datesOf('IE', 2026)).toContain('2026-10-26');
  });

  it('Netherlands: King’s Day moves to Saturday 26 April when 27 April is a Sunday', () => {
    expect(datesOf('NL', 2025)).toContain('2025-04-26');
    expect(datesOf('NL', 2025)).not.toContain('2025-04-27');
    expect(datesOf('NL', 2026)).toContain('2026-04-27');
  });

  it('Spain, Brazil, India: national fixed days', () => {
    expect(datesOf('ES', 2026)).toEqual(['2026-01-01', '2026-01-06', '2026-04-03', '2026-05-01', '2026-08-15', '2026-10-12', '2026-11-01', '2026-12-06', '2026-12-08', '2026-12-25']);
    expect(datesOf('BR', 2026)).toContain('2026-11-20');
    expect(datesOf('BR', 2023)).not.toContain('2023-11-20');
    expect(datesOf('IN', 2026)).toEqual(['2026-01-26', '2026-08-15', '2026-10-02']);
    expect(HOLIDAY_CALENDARS.IN.verification).toBe('S');
  });

  it('Canada: Victoria Day, Canada Day on a Sunday moves to 2 July', () => {
    expect(datesOf('CA', 2025)).toContain('2025-05-19');
    expect(datesOf('CA', 2029)).toEqual(expect.arrayContaining(['2029-07-01', '2029-07-02']));
  });

  it('Singapore 2026: Sunday holidays give the Monday', () => {
    expect(datesOf('SG', 2026)).toEqual(expect.arrayContaining(['2026-05-31', '2026-06-01', '2026-08-09', '2026-08-10', '2026-11-08', '2026-11-09']));
    const vesak = holidaysInYear(HOLIDAY_CALENDARS.SG, 2026).find((holiday) => holiday.date === '2026-05-31');
    expect(vesak?.verification).toBe('U');
  });

  it('Australia 2026: Boxing Day on a Saturday substituted on Monday 28 December; Anzac Day not moved', () => {
    expect(datesOf('AU', 2026)).toEqual(['2026-01-01', '2026-01-26', '2026-04-03', '2026-04-06', '2026-04-25', '2026-06-08', '2026-12-25', '2026-12-26', '2026-12-28']);
  });

  it('every calendar is complete and its dates are real', () => {
    for (const [id, calendar] of Object.entries(HOLIDAY_CALENDARS)) {
      expect(calendar.id).toBe(id);
      expect(isCalendarId(id)).toBe(true);
      expect(calendar.source.length).toBeGreaterThan(10);
      expect(calendar.note.length).toBeGreaterThan(10);
      expect(['P', 'S', 'U']).toContain(calendar.verification);
      for (let year = 2000; year <= 2040; year += 1) {
        for (const holiday of holidaysInYear(calendar, year)) {
          expect(isCalendarDate(holiday.date)).toBe(true);
          expect(holiday.date.startsWith(String(year))).toBe(true);
        }
      }
    }
    expect(isCalendarId('XX')).toBe(false);
  });
});

describe('the officer’s edits', () => {
  it('adds dates with or without a name, and removes rule-made ones', () => {
    const { calendar, problems } = applyCalendarEdits(HOLIDAY_CALENDARS.DE, {
      add: ['2026-01-06 Heilige Drei Könige (Bavaria)', '2026-12-24'],
      remove: ['2026-05-01'],
    });
    expect(problems).toEqual([]);
    const working = workingCalendar(calendar);
    expect(working.holidayOn('2026-01-06')).toBe('Heilige Drei Könige (Bavaria)');
    expect(working.holidayOn('2026-12-24')).toBe('Holiday added by the privacy officer');
    expect(working.holidayOn('2026-05-01')).toBeNull();
    expect(working.holidayOn('2025-05-01')).toBe('Tag der Arbeit (Labour Day)');
    expect(holidaysInYear(calendar, 2026).find((holiday) => holiday.date === '2026-12-24')?.added).toBe(true);
    // The shipped calendar is unchanged.
    expect(workingCalendar(HOLIDAY_CALENDARS.DE).holidayOn('2026-05-01')).not.toBeNull();
  });

  it('lets a later edit undo an earlier one', () => {
    const first = applyCalendarEdits(HOLIDAY_CALENDARS['GB-ENG'], { add: ['2026-12-24 Closed'], remove: ['2026-05-04'] }).calendar;
    const second = applyCalendarEdits(first, { add: ['2026-05-04'], remove: ['2026-12-24'] }).calendar;
    expect(second.added.map((entry) => entry.date)).toEqual(['2026-05-04']);
    expect(second.removed).toEqual(['2026-12-24']);
    const working = workingCalendar(second);
    expect(working.holidayOn('2026-05-04')).not.toBeNull();
    expect(working.holidayOn('2026-12-24')).toBeNull();
  });

  it('reports entries that are not dates and changes nothing for them', () => {
    const { calendar, problems } = applyCalendarEdits(HOLIDAY_CALENDARS.FR, { add: ['24/12/2026', '2026-02-30', '2026-12-24x'], remove: ['tomorrow'], weekend: [7] });
    expect(problems.map((problem) => `${problem.field} ${problem.value}`)).toEqual(['remove tomorrow', 'add 24/12/2026', 'add 2026-02-30', 'add 2026-12-24x', 'weekend 7']);
    expect(calendar.added).toEqual([]);
    expect(calendar.removed).toEqual([]);
    expect(calendar.weekend).toEqual([6, 0]);
  });

  it('changes the weekend', () => {
    const { calendar } = applyCalendarEdits(HOLIDAY_CALENDARS.IN, { weekend: [0] });
    expect(workingCalendar(calendar).weekend).toEqual([0]);
  });
});
