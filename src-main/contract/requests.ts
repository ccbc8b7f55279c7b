import { z } from 'zod';
import { isCountryCode } from '../domain/countries';
import type { HolidayCalendar, Holiday } from '../domain/deadlines/holidays';
import { REGIMES, type Regime, type RegimeId } from '../domain/deadlines/regimes';
import { REQUEST_TYPES } from '../domain/deadlines/rules';
import type { RequestDashboard, RequestMetrics } from '../domain/requests/backlog';
import type { AttachmentInfo, RequestRow, SubjectRequest } from '../domain/requests/records';
import {
  RELATIONSHIPS,
  REQUEST_CHANNELS,
  REQUEST_STATUSES,
  TASK_ACTIONS,
  VERIFICATION_METHODS,
  VERIFICATION_OUTCOMES,
} from '../domain/requests/vocabulary';
import { codes } from '../domain/inventory/vocabulary';
import { call } from './define';
import type { Page } from './inventory';

export type { RequestDashboard, RequestMetrics };

const text = (max: number) => z.string().trim().max(max, `Use at most ${max.toLocaleString('en')} characters.`);
const id = z.number().int().positive();
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'Use a date like 2026-11-29.');
const instant = z.iso.datetime({ offset: true, message: 'Give the date and time of receipt.' });
const requestType = z.enum(codes(REQUEST_TYPES));
const regimeId = z.enum(REGIMES.map((r) => r.id) as [RegimeId, ...RegimeId[]]);
const status = z.enum(codes(REQUEST_STATUSES));
const country = z
  .string()
  .trim()
  .toUpperCase()
  .refine((c) => c === '' || isCountryCode(c), 'Choose a country by its two-letter ISO code.');

export const requesterInput = z
  .object({
    name: text(300).min(1, 'Who is asking? Give a name.'),
    email: text(300).default(''),
    phone: text(100).default(''),
    address: text(1000).default(''),
    relationship: z.enum(codes(RELATIONSHIPS)).default('customer'),
    residenceCountry: country.default(''),
    residenceRegion: text(10).toUpperCase().default(''),
  })
  .strict();

const agentInput = z.object({ name: text(300).min(1, 'Name the agent.'), contact: text(1000).default(''), authority: text(2000).default('') }).strict();

/** What the officer records at intake; the same shape edits an open request. */
export const requestIntake = z
  .object({
    types: z.array(requestType).min(1, 'Choose at least one request type.').max(16),
    channel: z.enum(codes(REQUEST_CHANNELS)),
    receivedAt: instant,
    requester: requesterInput,
    agent: agentInput.nullable().default(null),
    regimeId: regimeId.nullable().default(null),
    assignee: text(200).default(''),
  })
  .strict();

export type RequestIntake = z.input<typeof requestIntake>;

export const requestListQuery = z
  .object({
    search: text(200).default(''),
    state: z.enum(['open', 'closed', 'all']).default('open'),
    statuses: z.array(status).max(9).default([]),
    types: z.array(requestType).max(16).default([]),
    regimeId: regimeId.nullable().default(null),
    due: z.enum(['any', 'overdue', 'this_week', 'next_30_days']).default('any'),
    assignee: text(200).nullable().default(null),
    receivedFrom: isoDate.nullable().default(null),
    receivedTo: isoDate.nullable().default(null),
    sort: z
      .object({ by: z.enum(['dueOn', 'receivedOn', 'reference', 'status']), dir: z.enum(['asc', 'desc']) })
      .strict()
      .default({ by: 'dueOn', dir: 'asc' }),
    offset: z.number().int().min(0).max(10_000_000).default(0),
    limit: z.number().int().min(1).max(1000).default(100),
  })
  .strict();

export type RequestListQuery = z.input<typeof requestListQuery>;

const transitionInput = z
  .object({
    id,
    to: status,
    /** Required for a denial (the reason or exemption) and a partial answer; optional otherwise. */
    reason: text(5000).default(''),
    /** Required when moving to 'extended': the reason and the date the person was told. */
    extension: z.object({ reason: text(5000).min(1, 'Say why more time is needed.'), notifiedOn: isoDate }).strict().nullable().default(null),
  })
  .strict()
  .refine((t) => t.to !== 'extended' || t.extension !== null, { message: 'An extension needs its reason and the date the person was told.', path: ['extension'] })
  .refine((t) => !['denied', 'partially_completed'].includes(t.to) || t.reason.length > 0, {
    message: 'Give the reason or the exemption relied on: the person must be told.',
    path: ['reason'],
  });


export interface RegimeView extends Regime {
  /** Which calendar gives weekends and holidays, and why. */
  calendarNote: string;
}

export interface RequestSettings {
  /** Closed requests have their requester's details replaced after this many days; 0 keeps them. */
  anonymiseAfterDays: number;
  /** Where an EU organisation acts: its holidays count for GDPR deadlines (Reg. 1182/71). */
  establishment: string;
}

export const requestCalls = {
  'requests.list': call(requestListQuery, { needs: 'read' }).returns<Page<RequestRow>>(),
  'requests.get': call(z.object({ id }).strict(), { needs: 'read' }).returns<SubjectRequest>(),
  'requests.create': call(requestIntake, { needs: 'work_requests' }).returns<SubjectRequest>(),
  'requests.update': call(requestIntake.extend({ id }).strict(), { needs: 'work_requests' }).returns<SubjectRequest>(),
  /** The regimes that apply to a person living there, most specific first: the intake form proposes the first. */
  'requests.proposeRegimes': call(z.object({ country, region: text(10).toUpperCase().default('') }).strict(), { needs: 'read' }).returns<{ id: RegimeId; name: string }[]>(),
  'requests.transition': call(transitionInput, { needs: 'work_requests' }).returns<SubjectRequest>(),
  'requests.verify': call(
    z
      .object({ id, method: z.enum(codes(VERIFICATION_METHODS)), outcome: z.enum(codes(VERIFICATION_OUTCOMES)), note: text(5000).default('') })
      .strict(),
    { needs: 'work_requests' },
  ).returns<SubjectRequest>(),
  'requests.pause': call(z.object({ id, from: isoDate, reason: text(2000).min(1, 'Say why the clock stops.') }).strict(), { needs: 'work_requests' }).returns<SubjectRequest>(),
  'requests.resume': call(z.object({ id, on: isoDate }).strict(), { needs: 'work_requests' }).returns<SubjectRequest>(),
  /** Adds one task per system holding the data concerned (from the inventory), for the request's types; keeps existing tasks. */
  'requests.tasks.generate': call(z.object({ id }).strict(), { needs: 'work_requests' }).returns<SubjectRequest>(),
  'requests.tasks.add': call(
    z.object({ id, action: z.enum(codes(TASK_ACTIONS)), description: text(2000).min(1, 'Describe the task.'), systemId: id.nullable().default(null) }).strict(),
    { needs: 'work_requests' },
  ).returns<SubjectRequest>(),
  'requests.tasks.setDone': call(z.object({ id, taskId: id, done: z.boolean(), by: text(200).default('') }).strict(), { needs: 'work_requests' }).returns<SubjectRequest>(),
  'requests.notes.add': call(z.object({ id, body: text(20_000).min(1, 'Write the note.') }).strict(), { needs: 'work_requests' }).returns<SubjectRequest>(),
  /** Stored encrypted inside the workspace, never as a separate file. */
  'requests.attachments.add': call(
    z
      .object({
        id,
        fileName: text(300).min(1),
        mimeType: text(200).default('application/octet-stream'),
        // 25 MB of bytes is 4 characters per 3 bytes, the last group padded: 4 * ceil(bytes / 3).
        contentBase64: z.string().max(4 * Math.ceil((25 * 1024 * 1024) / 3), 'Attachments can be 25 MB at most.'),
      })
      .strict(),
    { needs: 'work_requests' },
  ).returns<AttachmentInfo>(),
  'requests.attachments.get': call(z.object({ attachmentId: id }).strict(), { needs: 'read' }).returns<AttachmentInfo & { contentBase64: string }>(),
  'requests.bulk': call(
    z
      .object({
        ids: z.array(id).min(1, 'Select requests first.').max(10_000),
        action: z.discriminatedUnion('kind', [
          z.object({ kind: z.literal('assign'), assignee: text(200) }).strict(),
          z.object({ kind: z.literal('status'), to: status, reason: text(5000).default('') }).strict(),
        ]),
      })
      .strict(),
    { needs: 'work_requests' },
  ).returns<{ changed: number; skipped: { id: number; reference: string; reason: string }[] }>(),
  /** The filtered list as CSV (no requester details), for managers. */
  'requests.exportCsv': call(requestListQuery.omit({ offset: true, limit: true }), { needs: 'report' }).returns<{ fileName: string; contentBase64: string; mimeType: string }>(),
  'requests.dashboard': call(
    z.object({ from: isoDate.nullable().default(null), to: isoDate.nullable().default(null), regimeId: regimeId.nullable().default(null) }).strict(),
    { needs: 'read' },
  ).returns<RequestDashboard>(),
  'requests.metrics': call(z.object({ year: z.number().int().min(2000).max(2100) }).strict(), { needs: 'read' }).returns<RequestMetrics>(),
  /**
   * What the app shows on opening: open requests overdue, and due within seven days (today
   * included), the most urgent first, at most 100 of each (the list's due filter gives them all).
   * The first backlog read of a day also anonymises the requests past their retention period.
   */
  'requests.reminders': call(z.object({}).strict(), { needs: 'read' }).returns<{
    /** The first rows of each (at most 100); the counts are of all open requests. */
    overdue: RequestRow[];
    dueSoon: RequestRow[];
    overdueCount: number;
    dueSoonCount: number;
  }>(),
  'requests.settings.get': call(z.object({}).strict(), { needs: 'read' }).returns<RequestSettings>(),
  'requests.settings.save': call(
    z.object({ anonymiseAfterDays: z.number().int().min(0).max(36500), establishment: country }).strict(),
    { needs: 'admin' },
  ).returns<RequestSettings>(),
  /** The regimes with the officer's overrides applied, each rule with its source and verification marker. */
  'deadlines.regimes': call(z.object({}).strict(), { needs: 'read' }).returns<RegimeView[]>(),
  /** Replaces the stored overrides whole (regime → request type → changed fields, or null to drop the type); open deadlines are recomputed. */
  'deadlines.saveOverrides': call(z.object({ overrides: z.record(z.string(), z.unknown()) }).strict(), { needs: 'admin' }).returns<RegimeView[]>(),
  'deadlines.calendars': call(z.object({ year: z.number().int().min(2000).max(2100) }).strict(), { needs: 'read' }).returns<
    { calendar: HolidayCalendar; holidays: Holiday[] }[]
  >(),
  'deadlines.saveCalendarEdits': call(
    z.object({ calendarId: text(20).min(2), add: z.array(text(200)).max(500).default([]), remove: z.array(isoDate).max(500).default([]) }).strict(),
    { needs: 'admin' },
  ).returns<{ calendar: HolidayCalendar; holidays: Holiday[] }>(),
} as const;
