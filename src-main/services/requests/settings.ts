import { createHash } from 'node:crypto';
import { AppError } from '../../contract/errors';
import { anonymiseClosedBy } from '../../db/requests/anonymise';
import { openRequestRecords } from '../../db/requests/rows';
import { readSetting, writeSetting } from '../../db/workspace-settings';
import type { Db } from '../../db/sqlite';
import { addCalendarDays } from '../../domain/deadlines/calendar';
import { applyCalendarEdits, HOLIDAY_CALENDARS, holidaysInYear, isCalendarId, type CalendarId } from '../../domain/deadlines/holidays';
import { applyRuleOverrides, calendarForRegime, type Regime, REGIMES } from '../../domain/deadlines/regimes';
import { type Answer, type RequestContext, storeDeadlines } from './context';
import { type DeadlineRules, editedCalendar, readCalendarEdits, readRequestSettings } from './deadlines';

function regimeViews(rules: DeadlineRules): (Regime & { calendarNote: string })[] {
  return rules.regimes.map((regime) => ({ ...regime, calendarNote: calendarForRegime(regime, rules.settings.establishment).note }));
}

/** Every open request's deadline again, with the rules as they are now: after the officer changed rules, calendars or settings. */
function recomputeOpen(ctx: RequestContext, db: Db): DeadlineRules {
  const rules = ctx.rules(db);
  storeDeadlines(db, rules, openRequestRecords(db, 'all'));
  return rules;
}

/**
 * Anonymises the requests closed more than `anonymiseAfterDays` ago (0: never), inside the caller's
 * transaction; returns how many.
 */
function anonymiseIn(db: Db, rules: DeadlineRules, now: string): number {
  const days = rules.settings.anonymiseAfterDays;
  if (days === 0) return 0;
  const detail = `Requester and agent details removed and attachments deleted, ${days} days after closing (the retention period in the settings).`;
  return anonymiseClosedBy(db, addCalendarDays(rules.today, -days - 1), detail, now);
}

/**
 * A fingerprint of the shipped rules and calendars: when an update of the app changes them, the
 * stored due dates of open requests are recomputed once.
 */
const SHIPPED_BASIS = createHash('sha256').update(JSON.stringify([REGIMES, HOLIDAY_CALENDARS])).digest('hex').slice(0, 32);

/**
 * The daily upkeep of the request records, run by the backlog reads (list, dashboard, metrics,
 * reminders, export) the first time they run on a day for an open workspace: closed requests past
 * their retention period are anonymised, and stored due dates are brought up to date: those with
 * a pause still running, whose deadline moves each day, and every open request when the shipped
 * rules changed since the last run (an update of the app).
 */
export function housekeeper(ctx: RequestContext) {
  const lastRun = new WeakMap<Db, string>();
  return {
    run(): void {
      const db = ctx.store.read((open) => open);
      const today = ctx.rules(db).today;
      if (lastRun.get(db) === today) return;
      ctx.store.write((_, now) => {
        const rules = ctx.rules(db);
        anonymiseIn(db, rules, now);
        const rulesChanged = readSetting(db, 'deadline_basis') !== SHIPPED_BASIS;
        storeDeadlines(db, rules, openRequestRecords(db, rulesChanged ? 'all' : 'paused'));
        if (rulesChanged) writeSetting(db, 'deadline_basis', SHIPPED_BASIS);
      });
      lastRun.set(db, today);
    },
  };
}

export function settingsService(ctx: RequestContext) {
  const { store } = ctx;

  const getSettings: Answer<'requests.settings.get'> = () => store.read((db) => readRequestSettings(db));

  const saveSettings: Answer<'requests.settings.save'> = ({ anonymiseAfterDays, establishment }) =>
    store.write((db) => {
      writeSetting(db, 'anonymise_after_days', anonymiseAfterDays);
      writeSetting(db, 'establishment', establishment);
      recomputeOpen(ctx, db);
      return readRequestSettings(db);
    });

  const regimes: Answer<'deadlines.regimes'> = () => store.read((db) => regimeViews(ctx.rules(db)));

  const saveOverrides: Answer<'deadlines.saveOverrides'> = ({ overrides }) =>
    store.write((db) => {
      const { problems } = applyRuleOverrides(overrides);
      if (problems.length > 0) {
        const fields: Record<string, string> = {};
        for (const p of problems) fields[[p.regimeId, p.requestType, p.field].filter((part) => part !== null && part !== '').join('.') || 'overrides'] ??= p.message;
        const first = problems[0]!.message;
        throw new AppError('VALIDATION', `The rules were not saved. ${first}${problems.length > 1 ? ` (and ${problems.length - 1} more problem${problems.length > 2 ? 's' : ''})` : ''}`, fields);
      }
      writeSetting(db, 'deadline_overrides', overrides);
      return regimeViews(recomputeOpen(ctx, db));
    });

  const calendars: Answer<'deadlines.calendars'> = ({ year }) =>
    store.read((db) => {
      const edits = readCalendarEdits(db);
      return (Object.keys(HOLIDAY_CALENDARS) as CalendarId[]).map((id) => {
        const calendar = editedCalendar(id, edits);
        return { calendar, holidays: holidaysInYear(calendar, year) };
      });
    });

  const saveCalendarEdits: Answer<'deadlines.saveCalendarEdits'> = ({ calendarId, add, remove }) =>
    store.write((db) => {
      if (!isCalendarId(calendarId)) {
        throw new AppError('VALIDATION', `There is no holiday calendar “${calendarId}”.`, { calendarId: 'Choose one of the calendars listed.' });
      }
      const edits = readCalendarEdits(db);
      const { calendar, problems } = applyCalendarEdits(editedCalendar(calendarId, edits), { add, remove });
      if (problems.length > 0) {
        const fields: Record<string, string> = {};
        for (const p of problems) fields[p.field] ??= p.message;
        throw new AppError('VALIDATION', `The calendar was not changed. ${problems[0]!.message}`, fields);
      }
      writeSetting(db, 'calendar_edits', { ...edits, [calendarId]: { added: calendar.added, removed: calendar.removed } });
      const rules = recomputeOpen(ctx, db);
      return { calendar, holidays: holidaysInYear(calendar, Number(rules.today.slice(0, 4))) };
    });

  /** The anonymisation on its own, for the shell or a test: one transaction. */
  const anonymiseDue = (): { anonymised: number } => store.write((db, now) => ({ anonymised: anonymiseIn(db, ctx.rules(db), now) }));

  return {
    settings: { get: getSettings, save: saveSettings },
    deadlines: { regimes, saveOverrides, calendars, saveCalendarEdits },
    anonymiseDue,
  };
}
