/**
 * Public-holiday calendars per jurisdiction, as data: each holiday is a rule (a fixed date, the
 * nth weekday of a month, a day relative to Easter, a one-off date) with the years it applies
 * and what happens when it falls on a weekend. `workingCalendar` turns a definition into the
 * WorkingCalendar the deadline arithmetic uses; `applyCalendarEdits` records the officer's own
 * additions and removals on top of the rules.
 *
 * Every calendar says where its list comes from and how sure it is ('P' read in the law text,
 * 'S' from secondary sources, 'U' not verified). None covers regional holidays: a German
 * Land's, a Spanish community's, a US state's (except California), a Canadian province's or an
 * Australian state's holidays are added by the officer where the organisation acts.
 */
import {
  addCalendarDays,
  type CalendarDate,
  compareDates,
  dateParts,
  daysInMonth,
  formatDate,
  isCalendarDate,
  type Weekday,
  weekdayOf,
  type WorkingCalendar,
} from './calendar';
import type { Verification } from './rules';

/** How a holiday's date is found in a given year. */
export type DateRule =
  /** The same date every year. */
  | { kind: 'fixed'; month: number; day: number }
  /**
   * The nth (1 to 5) given weekday of the month, or the last one with n = -1; a missing 5th gives
   * none. `offset` days are added (the day after Thanksgiving: the 4th Thursday of November + 1).
   */
  | { kind: 'nth_weekday'; month: number; weekday: Weekday; n: number; offset?: number }
  /**
   * The first given weekday on or after (`direction` 'after') or the last on or before ('before') an
   * anchor date; where the anchor itself falls on one of `keepOn`, the anchor is the holiday
   * (Ireland's St Brigid's Day: the first Monday in February, or 1 February when that is a Friday).
   */
  | { kind: 'weekday_near'; month: number; day: number; weekday: Weekday; direction: 'after' | 'before'; keepOn?: readonly Weekday[] }
  /** Western (Gregorian) Easter Sunday plus `offset` days: Good Friday -2, Easter Monday 1, Ascension 39, Whit Monday 50. */
  | { kind: 'easter'; offset: number }
  /** One date in one year: a jubilee, a state funeral, a lunar holiday as gazetted. */
  | { kind: 'once'; date: CalendarDate };

/**
 * What happens when a holiday falls on a weekend.
 * - nearest_weekday: Saturday → the Friday before, Sunday → the Monday after (US federal, 5 U.S.C. 6103(b) and E.O. 11582).
 * - next_free_weekday: Saturday or Sunday → the next weekday that is not already a holiday (UK substitute days: Christmas on a
 *   Saturday → Monday 27, Boxing Day on the Sunday → Tuesday 28).
 * - sunday_to_next_free_day: Sunday → the next day that is not already a holiday; Saturday stays (Singapore, Canada Day).
 * - sunday_to_saturday: Sunday → the Saturday before, instead of the Sunday (Dutch King's Day).
 * The holiday itself stays on its date as well, except with sunday_to_saturday, which moves it.
 */
export type ObservedPolicy = 'nearest_weekday' | 'next_free_weekday' | 'sunday_to_next_free_day' | 'sunday_to_saturday';

export const OBSERVED_POLICIES: Record<ObservedPolicy, string> = {
  nearest_weekday: 'On a Saturday, observed the Friday before; on a Sunday, the Monday after.',
  next_free_weekday: 'On a Saturday or Sunday, a substitute day on the next weekday that is not already a holiday.',
  sunday_to_next_free_day: 'On a Sunday, the next day that is not already a holiday is a holiday too.',
  sunday_to_saturday: 'On a Sunday, kept on the Saturday before instead.',
};

export interface HolidayRule {
  name: string;
  date: DateRule;
  observed?: ObservedPolicy;
  /** The years the rule applies: from and to inclusive, `except` years skipped (a holiday moved by proclamation). */
  years?: { from?: number; to?: number; except?: number[] };
  /** Where the calendar's own marker is not sure enough for this holiday. */
  verification?: Verification;
  note?: string;
}

export type CalendarId = 'DE' | 'FR' | 'IE' | 'NL' | 'ES' | 'GB-ENG' | 'US' | 'US-CA' | 'BR' | 'CA' | 'IN' | 'SG' | 'AU';

export interface HolidayCalendar {
  id: string;
  name: string;
  /** ISO 3166-1 country, or country and ISO 3166-2 subdivision ('GB-ENG', 'US-CA'). */
  jurisdiction: string;
  weekend: Weekday[];
  rules: HolidayRule[];
  /** The officer's edits (applyCalendarEdits): dates added as holidays, dates that are not. */
  added: { date: CalendarDate; name: string }[];
  removed: CalendarDate[];
  source: string;
  verification: Verification;
  note: string;
}

export interface Holiday {
  date: CalendarDate;
  name: string;
  /** True for a substitute or observed day standing in for a holiday on a weekend. */
  substitute: boolean;
  /** True for a date the officer added. */
  added: boolean;
  verification: Verification;
}

const SAT: Weekday = 6;
const SUN: Weekday = 0;
const MON: Weekday = 1;
const THU: Weekday = 4;
const FRI: Weekday = 5;

/** Easter Sunday of a Gregorian year by the anonymous Gregorian computus (Meeus/Jones/Butcher). */
export function easterSunday(year: number): CalendarDate {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return formatDate({ year, month, day });
}

/** The date a rule gives in `year`, or null when it gives none that year. */
export function ruleDate(rule: DateRule, year: number): CalendarDate | null {
  switch (rule.kind) {
    case 'fixed':
      return rule.day <= daysInMonth(year, rule.month) ? formatDate({ year, month: rule.month, day: rule.day }) : null;
    case 'nth_weekday': {
      const date = nthWeekday(year, rule.month, rule.weekday, rule.n);
      return date === null ? null : addCalendarDays(date, rule.offset ?? 0);
    }
    case 'weekday_near': {
      const anchor = formatDate({ year, month: rule.month, day: rule.day });
      const anchorDay = weekdayOf(anchor);
      if (rule.keepOn?.includes(anchorDay)) return anchor;
      const shift = rule.direction === 'after' ? (rule.weekday - anchorDay + 7) % 7 : -((anchorDay - rule.weekday + 7) % 7);
      return addCalendarDays(anchor, shift);
    }
    case 'easter':
      return addCalendarDays(easterSunday(year), rule.offset);
    case 'once':
      return dateParts(rule.date).year === year ? rule.date : null;
  }
}

function nthWeekday(year: number, month: number, weekday: Weekday, n: number): CalendarDate | null {
  if (n === -1) {
    const last = formatDate({ year, month, day: daysInMonth(year, month) });
    return addCalendarDays(last, -((weekdayOf(last) - weekday + 7) % 7));
  }
  const first = formatDate({ year, month, day: 1 });
  const date = addCalendarDays(first, ((weekday - weekdayOf(first) + 7) % 7) + 7 * (n - 1));
  return dateParts(date).month === month ? date : null;
}

const byDate = (a: { date: CalendarDate }, b: { date: CalendarDate }) => compareDates(a.date, b.date);

function appliesIn(rule: HolidayRule, year: number): boolean {
  const years = rule.years;
  if (!years) return true;
  return (years.from === undefined || year >= years.from) && (years.to === undefined || year <= years.to) && !years.except?.includes(year);
}

/** The rules' holidays of one year before any substitute day, keyed by date. */
function primaryHolidays(calendar: HolidayCalendar, year: number): { date: CalendarDate; rule: HolidayRule }[] {
  const found: { date: CalendarDate; rule: HolidayRule }[] = [];
  for (const rule of calendar.rules) {
    if (!appliesIn(rule, year)) continue;
    const date = ruleDate(rule.date, year);
    if (date !== null) found.push({ date, rule });
  }
  return found.sort(byDate);
}

/**
 * Every rule-made holiday and substitute day whose rule year is `year`. A substitute may fall in
 * the next or the previous calendar year (New Year's Day on a Saturday is observed on 31
 * December before it in the US), which is why `holidaysInYear` looks at the years around.
 */
function holidaysOfRuleYear(calendar: HolidayCalendar, year: number): Holiday[] {
  const primary = primaryHolidays(calendar, year);
  const taken = new Set(primary.map((holiday) => holiday.date));
  const result: Holiday[] = [];
  const verificationOf = (rule: HolidayRule) => rule.verification ?? calendar.verification;
  for (const { date, rule } of primary) {
    const weekday = weekdayOf(date);
    const verification = verificationOf(rule);
    if (rule.observed === 'sunday_to_saturday' && weekday === SUN) {
      result.push({ date: addCalendarDays(date, -1), name: rule.name, substitute: false, added: false, verification });
      continue;
    }
    result.push({ date, name: rule.name, substitute: false, added: false, verification });
    if (rule.observed === 'nearest_weekday' && (weekday === SAT || weekday === SUN)) {
      const observedOn = addCalendarDays(date, weekday === SAT ? -1 : 1);
      result.push({ date: observedOn, name: `${rule.name} (observed)`, substitute: true, added: false, verification });
    } else if ((rule.observed === 'next_free_weekday' && (weekday === SAT || weekday === SUN)) || (rule.observed === 'sunday_to_next_free_day' && weekday === SUN)) {
      const weekdaysOnly = rule.observed === 'next_free_weekday';
      let next = addCalendarDays(date, 1);
      while (taken.has(next) || (weekdaysOnly && calendar.weekend.includes(weekdayOf(next)))) next = addCalendarDays(next, 1);
      taken.add(next);
      result.push({ date: next, name: `${rule.name} (substitute day)`, substitute: true, added: false, verification });
    }
  }
  return result;
}

/**
 * The holidays falling in `year` (substitute days included, officer's removals left out and
 * additions put in), in date order; two holidays on one date are both listed.
 */
export function holidaysInYear(calendar: HolidayCalendar, year: number): Holiday[] {
  const removed = new Set(calendar.removed);
  const fromRules = [year - 1, year, year + 1]
    .flatMap((ruleYear) => holidaysOfRuleYear(calendar, ruleYear))
    .filter((holiday) => dateParts(holiday.date).year === year && !removed.has(holiday.date));
  const added = calendar.added
    .filter((entry) => dateParts(entry.date).year === year)
    // The officer's own entry needs no legal review of ours.
    .map((entry): Holiday => ({ date: entry.date, name: entry.name, substitute: false, added: true, verification: 'P' }));
  return [...fromRules, ...added].sort(byDate);
}

/**
 * The WorkingCalendar for a holiday calendar: its weekend, and its holidays computed per year on
 * first use and kept. Two holidays on one day are named together ("Day A; Day B").
 */
export function workingCalendar(calendar: HolidayCalendar): WorkingCalendar {
  const years = new Map<number, Map<CalendarDate, string>>();
  const namesIn = (year: number) => {
    let names = years.get(year);
    if (!names) {
      names = new Map();
      for (const holiday of holidaysInYear(calendar, year)) {
        const before = names.get(holiday.date);
        names.set(holiday.date, before ? `${before}; ${holiday.name}` : holiday.name);
      }
      years.set(year, names);
    }
    return names;
  };
  return {
    weekend: calendar.weekend,
    holidayOn: (date) => (isCalendarDate(date) ? (namesIn(dateParts(date).year).get(date) ?? null) : null),
  };
}

export interface CalendarEdits {
  /** Dates to treat as holidays: 'YYYY-MM-DD', optionally followed by a name ('2026-12-24 Office closed'). */
  add?: readonly string[];
  /** Dates that are no holiday even where a rule or an earlier addition makes them one. */
  remove?: readonly string[];
  /** Replaces the weekend, as weekday numbers 0 (Sunday) to 6 (Saturday). */
  weekend?: readonly number[];
}

export interface CalendarEditProblem {
  field: 'add' | 'remove' | 'weekend';
  value: string;
  message: string;
}

const ADDED_NAME = 'Holiday added by the privacy officer';

/**
 * A copy of `calendar` with the officer's edits applied over its rules: added dates become
 * holidays (an added date also cancels an earlier removal of it), removed dates stop being ones
 * (a removal also drops an earlier addition). Entries that are not dates are left out and
 * reported; the calendar passed in is not changed.
 */
export function applyCalendarEdits(calendar: HolidayCalendar, edits: CalendarEdits): { calendar: HolidayCalendar; problems: CalendarEditProblem[] } {
  const problems: CalendarEditProblem[] = [];
  const added = new Map(calendar.added.map((entry) => [entry.date, entry.name]));
  const removed = new Set(calendar.removed);
  for (const entry of edits.remove ?? []) {
    const date = String(entry).trim();
    if (!isCalendarDate(date)) {
      problems.push({ field: 'remove', value: String(entry), message: `"${String(entry)}" is not a date like 2026-12-24; nothing was removed for it.` });
      continue;
    }
    added.delete(date);
    removed.add(date);
  }
  for (const entry of edits.add ?? []) {
    const text = String(entry).trim();
    const date = text.slice(0, 10);
    const name = text.slice(10).trim();
    if (!isCalendarDate(date) || (text.length > 10 && !/^\s/.test(text.slice(10)))) {
      problems.push({ field: 'add', value: String(entry), message: `"${String(entry)}" is not a date like 2026-12-24, optionally followed by a name; it was not added.` });
      continue;
    }
    removed.delete(date);
    added.set(date, name || ADDED_NAME);
  }
  let weekend = calendar.weekend;
  if (edits.weekend !== undefined) {
    const valid = edits.weekend.every((day) => Number.isInteger(day) && day >= 0 && day <= 6) && edits.weekend.length < 7;
    if (valid) weekend = [...new Set(edits.weekend)] as Weekday[];
    else problems.push({ field: 'weekend', value: edits.weekend.join(', '), message: 'The weekend must list between none and six weekdays as numbers 0 (Sunday) to 6 (Saturday); the weekend was not changed.' });
  }
  return {
    calendar: {
      ...calendar,
      weekend,
      added: [...added].map(([date, name]) => ({ date, name })).sort(byDate),
      removed: [...removed].sort(),
    },
    problems,
  };
}

// ---------------------------------------------------------------------------------------------
// The calendars. Dates are built from small helpers so the data reads like a list.

const fixed = (name: string, month: number, day: number, extra: Partial<HolidayRule> = {}): HolidayRule => ({ name, date: { kind: 'fixed', month, day }, ...extra });
const nth = (name: string, n: number, weekday: Weekday, month: number, extra: Partial<HolidayRule> = {}): HolidayRule => ({ name, date: { kind: 'nth_weekday', month, weekday, n }, ...extra });
const easter = (name: string, offset: number, extra: Partial<HolidayRule> = {}): HolidayRule => ({ name, date: { kind: 'easter', offset }, ...extra });
const once = (name: string, date: CalendarDate, extra: Partial<HolidayRule> = {}): HolidayRule => ({ name, date: { kind: 'once', date }, ...extra });
const LAST = -1;

const base = { weekend: [SAT, SUN] as Weekday[], added: [], removed: [] };

const US_FEDERAL_RULES: HolidayRule[] = [
  fixed("New Year's Day", 1, 1, { observed: 'nearest_weekday' }),
  nth('Birthday of Martin Luther King, Jr.', 3, MON, 1, { years: { from: 1986 } }),
  nth("Washington's Birthday", 3, MON, 2),
  nth('Memorial Day', LAST, MON, 5),
  fixed('Juneteenth National Independence Day', 6, 19, { observed: 'nearest_weekday', years: { from: 2021 } }),
  fixed('Independence Day', 7, 4, { observed: 'nearest_weekday' }),
  nth('Labor Day', 1, MON, 9),
  nth('Columbus Day', 2, MON, 10),
  fixed('Veterans Day', 11, 11, { observed: 'nearest_weekday' }),
  nth('Thanksgiving Day', 4, THU, 11),
  fixed('Christmas Day', 12, 25, { observed: 'nearest_weekday' }),
];

export const HOLIDAY_CALENDARS: Record<CalendarId, HolidayCalendar> = {
  DE: {
    ...base,
    id: 'DE',
    name: 'Germany (holidays in every Land)',
    jurisdiction: 'DE',
    rules: [
      fixed('Neujahr (New Year’s Day)', 1, 1),
      easter('Karfreitag (Good Friday)', -2),
      easter('Ostermontag (Easter Monday)', 1),
      fixed('Tag der Arbeit (Labour Day)', 5, 1),
      easter('Christi Himmelfahrt (Ascension Day)', 39),
      easter('Pfingstmontag (Whit Monday)', 50),
      fixed('Tag der Deutschen Einheit (German Unity Day)', 10, 3),
      once('Reformationstag (500th anniversary, once nationwide)', '2017-10-31'),
      fixed('1. Weihnachtstag (Christmas Day)', 12, 25),
      fixed('2. Weihnachtstag (Second Day of Christmas)', 12, 26),
    ],
    source: 'The holiday laws of the Länder (nine days common to all 16) and the Unification Treaty Art. 2(2) for 3 October.',
    verification: 'S',
    note: 'Only the holidays every Land keeps. Add the Land’s own (e.g. Epiphany in BY, BW, ST; Corpus Christi; Reformation Day; All Saints; Berlin’s 8 March). No substitute days: a holiday on a Sunday is not moved.',
  },
  FR: {
    ...base,
    id: 'FR',
    name: 'France (jours fériés)',
    jurisdiction: 'FR',
    rules: [
      fixed('Jour de l’an (New Year’s Day)', 1, 1),
      easter('Lundi de Pâques (Easter Monday)', 1),
      fixed('Fête du Travail (Labour Day)', 5, 1),
      fixed('Victoire 1945 (Victory in Europe Day)', 5, 8),
      easter('Ascension (Ascension Day)', 39),
      easter('Lundi de Pentecôte (Whit Monday)', 50, { note: 'Still a public holiday in law, though often worked as the "journée de solidarité".' }),
      fixed('Fête nationale (Bastille Day)', 7, 14),
      fixed('Assomption (Assumption)', 8, 15),
      fixed('Toussaint (All Saints’ Day)', 11, 1),
      fixed('Armistice 1918', 11, 11),
      fixed('Noël (Christmas Day)', 12, 25),
    ],
    source: 'Code du travail Art. L3133-1.',
    verification: 'S',
    note: 'Alsace and Moselle add Good Friday and 26 December; add them for an organisation acting there. No substitute days.',
  },
  IE: {
    ...base,
    id: 'IE',
    name: 'Ireland (public holidays)',
    jurisdiction: 'IE',
    rules: [
      fixed('New Year’s Day', 1, 1),
      { name: 'St Brigid’s Day', date: { kind: 'weekday_near', month: 2, day: 1, weekday: MON, direction: 'after', keepOn: [FRI] }, years: { from: 2023 } },
      fixed('St Patrick’s Day', 3, 17),
      once('Public holiday (COVID-19 remembrance)', '2022-03-18'),
      easter('Easter Monday', 1),
      nth('May public holiday', 1, MON, 5),
      nth('June public holiday', 1, MON, 6),
      nth('August public holiday', 1, MON, 8),
      nth('October public holiday', LAST, MON, 10),
      fixed('Christmas Day', 12, 25),
      fixed('St Stephen’s Day', 12, 26),
    ],
    source: 'Organisation of Working Time Act 1997, Schedule 2 (as amended for St Brigid’s Day from 2023).',
    verification: 'S',
    note: 'No substitute days are computed: when a holiday falls on a weekend the Act gives employees another day off rather than moving the holiday, while banks close on the following weekday. Add such days where the organisation treats them as holidays.',
  },
  NL: {
    ...base,
    id: 'NL',
    name: 'Netherlands (algemeen erkende feestdagen)',
    jurisdiction: 'NL',
    rules: [
      fixed('Nieuwjaarsdag (New Year’s Day)', 1, 1),
      easter('Tweede Paasdag (Easter Monday)', 1),
      { ...fixed('Koningsdag (King’s Day)', 4, 27, { observed: 'sunday_to_saturday' }), years: { from: 2014 } },
      fixed('Bevrijdingsdag (Liberation Day)', 5, 5),
      easter('Hemelvaartsdag (Ascension Day)', 39),
      easter('Tweede Pinksterdag (Whit Monday)', 50),
      fixed('Eerste Kerstdag (Christmas Day)', 12, 25),
      fixed('Tweede Kerstdag (Second Day of Christmas)', 12, 26),
    ],
    source: 'Algemene termijnenwet Art. 3 (the days on which a statutory period does not end).',
    verification: 'S',
    note: 'Good Friday is not one of these days. Easter Sunday and Whit Sunday fall on a Sunday anyway. King’s Day moves to Saturday 26 April when 27 April is a Sunday.',
  },
  ES: {
    ...base,
    id: 'ES',
    name: 'Spain (national holidays)',
    jurisdiction: 'ES',
    rules: [
      fixed('Año Nuevo (New Year’s Day)', 1, 1),
      fixed('Epifanía del Señor (Epiphany)', 1, 6),
      easter('Viernes Santo (Good Friday)', -2),
      fixed('Fiesta del Trabajo (Labour Day)', 5, 1),
      fixed('Asunción de la Virgen (Assumption)', 8, 15),
      fixed('Fiesta Nacional de España', 10, 12),
      fixed('Todos los Santos (All Saints’ Day)', 11, 1),
      fixed('Día de la Constitución (Constitution Day)', 12, 6),
      fixed('Inmaculada Concepción (Immaculate Conception)', 12, 8),
      fixed('Natividad del Señor (Christmas Day)', 12, 25),
    ],
    source: 'Estatuto de los Trabajadores Art. 37(2) and Real Decreto 2001/1983, with the yearly resolution of the Ministry of Labour published in the BOE.',
    verification: 'S',
    note: 'Only the national days. The autonomous communities replace some of them and add their own (Holy Thursday in most, Easter Monday in some), plus two local days; when a national day falls on a Sunday a community may move it to the Monday. Add the community’s list from the BOE each year.',
  },
  'GB-ENG': {
    ...base,
    id: 'GB-ENG',
    name: 'England and Wales (bank holidays)',
    jurisdiction: 'GB-ENG',
    rules: [
      fixed('New Year’s Day', 1, 1, { observed: 'next_free_weekday' }),
      easter('Good Friday', -2),
      easter('Easter Monday', 1),
      nth('Early May bank holiday', 1, MON, 5, { years: { except: [2020] } }),
      once('Early May bank holiday (VE Day)', '2020-05-08'),
      nth('Spring bank holiday', LAST, MON, 5, { years: { except: [2002, 2012, 2022] } }),
      once('Golden Jubilee bank holiday', '2002-06-03'),
      once('Spring bank holiday', '2002-06-04'),
      once('Royal wedding bank holiday', '2011-04-29'),
      once('Spring bank holiday', '2012-06-04'),
      once('Diamond Jubilee bank holiday', '2012-06-05'),
      once('Spring bank holiday', '2022-06-02'),
      once('Platinum Jubilee bank holiday', '2022-06-03'),
      once('Bank holiday for the State Funeral of Queen Elizabeth II', '2022-09-19'),
      once('Bank holiday for the Coronation of King Charles III', '2023-05-08'),
      nth('Summer bank holiday', LAST, MON, 8),
      fixed('Christmas Day', 12, 25, { observed: 'next_free_weekday' }),
      fixed('Boxing Day', 12, 26, { observed: 'next_free_weekday' }),
    ],
    source: 'Banking and Financial Dealings Act 1971, Schedule 1, the yearly royal proclamations, and the list at gov.uk/bank-holidays (Christmas Day and Good Friday are common-law holidays).',
    verification: 'S',
    note: 'Substitute days follow the usual proclamation: a holiday on a weekend moves to the next weekday that is not already a holiday. One-off days since 2002 are included; a future proclamation must be added by hand. Scotland and Northern Ireland have other bank holidays.',
  },
  US: {
    ...base,
    id: 'US',
    name: 'United States (federal holidays)',
    jurisdiction: 'US',
    rules: US_FEDERAL_RULES,
    source: '5 U.S.C. 6103(a); observed days under 5 U.S.C. 6103(b) and Executive Order 11582 (Saturday → Friday, Sunday → Monday), as listed by OPM.',
    verification: 'S',
    note: 'Federal holidays only; the states keep their own lists. Inauguration Day (Washington DC area only) is left out.',
  },
  'US-CA': {
    ...base,
    id: 'US-CA',
    name: 'California (federal holidays and state holidays)',
    jurisdiction: 'US-CA',
    rules: [
      ...US_FEDERAL_RULES,
      fixed('Cesar Chavez Day', 3, 31, { observed: 'sunday_to_next_free_day', verification: 'U' }),
      {
        name: 'Day after Thanksgiving',
        date: { kind: 'nth_weekday', month: 11, weekday: THU, n: 4, offset: 1 },
        verification: 'U',
      },
    ],
    source: 'The US federal list, plus two California state holidays from Government Code 6700 as kept by state offices (CalHR).',
    verification: 'U',
    note: 'Whether California’s own holidays count as non-business days for the CCPA is not settled, and Government Code 6700 lists more days (Lincoln Day, Native American Day) that state offices do not all close for. Review before relying on it.',
  },
  BR: {
    ...base,
    id: 'BR',
    name: 'Brazil (national holidays)',
    jurisdiction: 'BR',
    rules: [
      fixed('Confraternização Universal (New Year’s Day)', 1, 1),
      fixed('Tiradentes', 4, 21),
      fixed('Dia do Trabalho (Labour Day)', 5, 1),
      fixed('Independência do Brasil (Independence Day)', 9, 7),
      fixed('Nossa Senhora Aparecida', 10, 12),
      fixed('Finados (All Souls’ Day)', 11, 2),
      fixed('Proclamação da República', 11, 15),
      fixed('Dia Nacional de Zumbi e da Consciência Negra', 11, 20, { years: { from: 2024 } }),
      fixed('Natal (Christmas Day)', 12, 25),
    ],
    source: 'Lei 662/1949 as amended by Lei 10.607/2002, Lei 6.802/1980 (12 October) and Lei 14.759/2023 (20 November, from 2024).',
    verification: 'S',
    note: 'National holidays only. Carnival and Corpus Christi are optional days ("pontos facultativos") federally; Good Friday and other religious days are set by municipal law (Lei 9.093/1995). Add the state’s and the municipality’s days.',
  },
  CA: {
    ...base,
    id: 'CA',
    name: 'Canada (federal holidays)',
    jurisdiction: 'CA',
    rules: [
      fixed('New Year’s Day', 1, 1),
      easter('Good Friday', -2),
      easter('Easter Monday', 1),
      { name: 'Victoria Day', date: { kind: 'weekday_near', month: 5, day: 24, weekday: MON, direction: 'before' } },
      fixed('Canada Day', 7, 1, { observed: 'sunday_to_next_free_day' }),
      nth('Labour Day', 1, MON, 9),
      fixed('National Day for Truth and Reconciliation', 9, 30, { years: { from: 2021 } }),
      nth('Thanksgiving Day', 2, MON, 10),
      fixed('Remembrance Day', 11, 11),
      fixed('Christmas Day', 12, 25),
      fixed('Boxing Day', 12, 26),
    ],
    source: 'Interpretation Act (R.S.C. 1985, c. I-21) s. 35(1), "holiday"; Holidays Act s. 2 (Canada Day on a Sunday → 2 July).',
    verification: 'S',
    note: 'The federal list that governs federal time limits. Provinces keep their own (Family Day, Civic Holiday, Saint-Jean-Baptiste in Québec); add them where the organisation acts. Under the Interpretation Act a Saturday is not a holiday, so a time limit ending on a Saturday does not move.',
  },
  IN: {
    ...base,
    id: 'IN',
    name: 'India (national holidays)',
    jurisdiction: 'IN',
    rules: [fixed('Republic Day', 1, 26), fixed('Independence Day', 8, 15), fixed('Gandhi Jayanti', 10, 2)],
    source: 'The three national holidays of the central government’s yearly gazetted list (Ministry of Personnel, Public Grievances and Pensions).',
    verification: 'S',
    note: 'Only the three national days. The gazetted list adds many festival days each year (Holi, Diwali, Eid and others follow lunar calendars) and the states add theirs: add the year’s list. Many businesses work on Saturdays; change the weekend if so.',
  },
  SG: {
    ...base,
    id: 'SG',
    name: 'Singapore (public holidays)',
    jurisdiction: 'SG',
    rules: [
      fixed('New Year’s Day', 1, 1, { observed: 'sunday_to_next_free_day' }),
      easter('Good Friday', -2),
      fixed('Labour Day', 5, 1, { observed: 'sunday_to_next_free_day' }),
      fixed('National Day', 8, 9, { observed: 'sunday_to_next_free_day' }),
      fixed('Christmas Day', 12, 25, { observed: 'sunday_to_next_free_day' }),
      ...lunar([
        ['Chinese New Year', '2025-01-29'],
        ['Chinese New Year (second day)', '2025-01-30'],
        ['Hari Raya Puasa', '2025-03-31'],
        ['Polling Day', '2025-05-03'],
        ['Vesak Day', '2025-05-12'],
        ['Hari Raya Haji', '2025-06-07'],
        ['Deepavali', '2025-10-20'],
        ['Chinese New Year', '2026-02-17'],
        ['Chinese New Year (second day)', '2026-02-18'],
        ['Hari Raya Puasa', '2026-03-21'],
        ['Hari Raya Haji', '2026-05-27'],
        ['Vesak Day', '2026-05-31'],
        ['Deepavali', '2026-11-08'],
      ]),
    ],
    source: 'Holidays Act 1998 and its Schedule; the Ministry of Manpower’s list of public holidays for each year.',
    verification: 'S',
    note: 'The festival days follow lunar calendars and are gazetted each year: 2025 and 2026 are entered from memory of the Ministry of Manpower’s lists (marked unverified) and later years must be added. A holiday on a Sunday gives the next day off.',
  },
  AU: {
    ...base,
    id: 'AU',
    name: 'Australia (holidays kept nationally)',
    jurisdiction: 'AU',
    rules: [
      fixed('New Year’s Day', 1, 1, { observed: 'next_free_weekday' }),
      fixed('Australia Day', 1, 26, { observed: 'next_free_weekday' }),
      easter('Good Friday', -2),
      easter('Easter Monday', 1),
      fixed('Anzac Day', 4, 25, { note: 'Most states do not add a day when it falls on a weekend; WA and the ACT do.' }),
      nth('King’s Birthday', 2, MON, 6, { note: 'Not in Western Australia or Queensland, which keep it on other dates.' }),
      fixed('Christmas Day', 12, 25, { observed: 'next_free_weekday' }),
      fixed('Boxing Day', 12, 26, { observed: 'next_free_weekday' }),
    ],
    source: 'The states’ and territories’ public holiday acts (e.g. Public Holidays Act 2010 (NSW)), as summarised on australia.gov.au.',
    verification: 'S',
    note: 'Australia has no national holiday law: these are the days all or most states keep. Labour Day, Melbourne Cup Day and other state days must be added for the state where the organisation acts.',
  },
};

function lunar(entries: [string, CalendarDate][]): HolidayRule[] {
  return entries.map(([name, date]) => once(name, date, { observed: 'sunday_to_next_free_day', verification: 'U' }));
}

export function isCalendarId(id: unknown): id is CalendarId {
  return typeof id === 'string' && Object.hasOwn(HOLIDAY_CALENDARS, id);
}
