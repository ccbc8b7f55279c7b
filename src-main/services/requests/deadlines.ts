/**
 * The deadline of a request as the workspace sees it: the regimes with the officer's overrides,
 * the holiday calendars with the officer's edits, the GDPR establishment, the organisation's time
 * zone and today's date there, read once per call and handed to the pure engine.
 */
import type { PauseRow } from '../../db/requests/children';
import type { RequestRecord } from '../../db/requests/rows';
import { readSetting } from '../../db/workspace-settings';
import { getOrganisation } from '../../db/inventory/organisation';
import type { Db } from '../../db/sqlite';
import { type CalendarDate, calendarDateIn, WEEKENDS_ONLY, type WorkingCalendar } from '../../domain/deadlines/calendar';
import { computeDeadline, type DeadlineResult, type DeadlineWarning } from '../../domain/deadlines/engine';
import { applyCalendarEdits, type CalendarId, HOLIDAY_CALENDARS, type HolidayCalendar, isCalendarId, workingCalendar } from '../../domain/deadlines/holidays';
import { applyRuleOverrides, calendarForRegime, type Regime } from '../../domain/deadlines/regimes';
import type { RequestType } from '../../domain/deadlines/rules';
import { defaultEstablishment } from '../../domain/requests/backlog';
import type { RequestDeadline } from '../../domain/requests/records';

export const DEFAULT_ANONYMISE_AFTER_DAYS = 730;

export interface RequestSettingsValues {
  anonymiseAfterDays: number;
  establishment: string;
}

/** The officer's request settings, with the defaults for what was never set (or is unreadable). */
export function readRequestSettings(db: Db): RequestSettingsValues {
  const days = readSetting(db, 'anonymise_after_days');
  const establishment = readSetting(db, 'establishment');
  return {
    anonymiseAfterDays: typeof days === 'number' && Number.isInteger(days) && days >= 0 ? days : DEFAULT_ANONYMISE_AFTER_DAYS,
    establishment: typeof establishment === 'string' ? establishment : defaultEstablishment(getOrganisation(db).jurisdictions),
  };
}

/** The officer's edits of one calendar, as stored: the dates added (with names) and removed. */
export type StoredCalendarEdits = Partial<Record<CalendarId, { added: { date: string; name: string }[]; removed: string[] }>>;

/** The stored edits, read as untrusted: entries of unknown calendars or of the wrong shape are left out. */
export function readCalendarEdits(db: Db): StoredCalendarEdits {
  const stored = readSetting(db, 'calendar_edits');
  const edits: StoredCalendarEdits = {};
  if (typeof stored !== 'object' || stored === null) return edits;
  for (const [id, value] of Object.entries(stored)) {
    if (!isCalendarId(id) || typeof value !== 'object' || value === null) continue;
    const { added, removed } = value as { added?: unknown; removed?: unknown };
    edits[id] = {
      added: Array.isArray(added) ? added.filter((a): a is { date: string; name: string } => typeof a?.date === 'string' && typeof a?.name === 'string') : [],
      removed: Array.isArray(removed) ? removed.filter((r): r is string => typeof r === 'string') : [],
    };
  }
  return edits;
}

/** A shipped calendar with the officer's stored edits applied (entries that are not dates dropped). */
export function editedCalendar(id: CalendarId, edits: StoredCalendarEdits): HolidayCalendar {
  const own = edits[id];
  if (!own) return HOLIDAY_CALENDARS[id];
  return applyCalendarEdits(HOLIDAY_CALENDARS[id], { remove: own.removed, add: own.added.map((a) => `${a.date} ${a.name}`) }).calendar;
}

/** Working calendars keep the holidays of each year they computed: kept across calls while the edits stay the same. */
const workingCalendars = new Map<string, WorkingCalendar>();
const MAX_CACHED_CALENDARS = 64;

function cachedWorkingCalendar(id: CalendarId, edits: StoredCalendarEdits): WorkingCalendar {
  const key = `${id}:${JSON.stringify(edits[id] ?? null)}`;
  let calendar = workingCalendars.get(key);
  if (!calendar) {
    if (workingCalendars.size >= MAX_CACHED_CALENDARS) workingCalendars.clear();
    calendar = workingCalendar(editedCalendar(id, edits));
    workingCalendars.set(key, calendar);
  }
  return calendar;
}

/** Everything the deadline of any request in this workspace depends on, read once. */
export interface DeadlineRules {
  regimes: Regime[];
  settings: RequestSettingsValues;
  timeZone: string;
  /** Today in the organisation's time zone. */
  today: CalendarDate;
  calendarFor(regime: Regime): { calendar: WorkingCalendar; note: string };
}

/** The calendar date of an instant in the organisation's time zone (UTC when the zone is unknown). */
export function dateIn(instant: Date, timeZone: string): CalendarDate {
  const iso = instant.toISOString();
  return calendarDateIn(iso, timeZone) ?? iso.slice(0, 10);
}

export function loadDeadlineRules(db: Db, now: Date): DeadlineRules {
  const { timeZone } = getOrganisation(db);
  const settings = readRequestSettings(db);
  const edits = readCalendarEdits(db);
  // Stored overrides were checked when saved; any that no longer apply are left out here.
  const { regimes } = applyRuleOverrides(readSetting(db, 'deadline_overrides'));
  return {
    regimes,
    settings,
    timeZone,
    today: dateIn(now, timeZone),
    calendarFor(regime) {
      const { calendarId, note } = calendarForRegime(regime, settings.establishment);
      return { calendar: calendarId === null ? WEEKENDS_ONLY : cachedWorkingCalendar(calendarId, edits), note };
    },
  };
}

function withoutDeadline(dueText: string): RequestDeadline {
  return {
    dueOn: null,
    dueText,
    acknowledgeBy: null,
    originalDueOn: null,
    extendedDueOn: null,
    pausedDays: 0,
    daysLeft: null,
    warnings: [],
    explanation: [dueText],
    convention: '',
    source: '',
    verification: 'U',
    needsLegalReview: true,
    governingType: null,
  };
}

const earliest = (dates: (CalendarDate | null | undefined)[]) =>
  dates.filter((date): date is CalendarDate => typeof date === 'string').sort()[0] ?? null;

/**
 * The request's deadline: the engine's answer for each requested type the regime has a rule for,
 * the earliest due date governing. A closed request is counted up to the day it closed and has no
 * days left.
 */
export function requestDeadline(rules: DeadlineRules, record: RequestRecord, pauses: readonly PauseRow[]): RequestDeadline {
  const regime = record.regimeId === null ? undefined : rules.regimes.find((r) => r.id === record.regimeId);
  if (!regime) return withoutDeadline('No regime chosen: no statutory deadline is computed. Choose the law that applies to this person.');
  const { calendar } = rules.calendarFor(regime);
  const today = record.closedOn ?? rules.today;
  const extension = record.extensionReason === null ? undefined : { granted: true, reason: record.extensionReason, notifiedOn: record.extensionNotifiedOn };
  const results: { type: RequestType; result: DeadlineResult }[] = [];
  for (const type of record.types) {
    const rule = regime.rules[type];
    if (!rule) continue;
    const result = computeDeadline({ rule, receivedOn: record.receivedOn, holidays: calendar, pauses, today, ...(extension ? { extension } : {}) });
    results.push({ type, result });
  }
  const dated = results.filter((r) => r.result.dueOn !== null).sort((a, b) => (a.result.dueOn! < b.result.dueOn! ? -1 : a.result.dueOn! > b.result.dueOn! ? 1 : 0));
  const governing = dated[0] ?? results[0];
  if (!governing) return withoutDeadline(`${regime.name} has no rule for the requested types: no deadline is computed.`);
  const seen = new Set<string>();
  const warnings: DeadlineWarning[] = [];
  for (const warning of results.flatMap((r) => r.result.warnings)) {
    if (seen.has(warning.message)) continue;
    seen.add(warning.message);
    warnings.push(warning);
  }
  const { result } = governing;
  return {
    dueOn: result.dueOn,
    dueText: result.dueText,
    acknowledgeBy: earliest(results.map((r) => r.result.acknowledgeBy)),
    originalDueOn: result.originalDueOn,
    extendedDueOn: result.extendedDueOn ?? null,
    pausedDays: result.pausedDays,
    daysLeft: record.closedOn === null ? (result.daysLeft ?? null) : null,
    warnings,
    explanation: result.explanation,
    convention: result.convention,
    source: result.source,
    verification: result.verification,
    needsLegalReview: result.needsLegalReview,
    governingType: governing.type,
  };
}
