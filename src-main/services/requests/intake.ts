import { AppError } from '../../contract/errors';
import { appendEvent } from '../../db/requests/children';
import { FRESH_REQUEST, insertRequest, type IntakeFields, type RequestRecord, updateRequest } from '../../db/requests/rows';
import { type CalendarDate, calendarDateIn, formatLongDate } from '../../domain/deadlines/calendar';
import { proposeRegimes, type Regime, type RegimeId } from '../../domain/deadlines/regimes';
import { REQUEST_TYPES, type RequestType } from '../../domain/deadlines/rules';
import { REQUEST_CHANNELS } from '../../domain/requests/vocabulary';
import { type Answer, changeRequest, loadRequest, type RequestContext, requireOpen } from './context';
import type { DeadlineRules } from './deadlines';

type Intake = Parameters<Answer<'requests.create'>>[0];

const typeList = (types: readonly RequestType[]) => types.map((type) => REQUEST_TYPES[type]).join(', ');

interface CheckedIntake {
  types: RequestType[];
  receivedOn: CalendarDate;
  proposedRegimeIds: RegimeId[];
  regime: Regime | null;
}

/**
 * The intake's rules across fields: a receipt that is a real moment and not in the future, its date
 * in the organisation's time zone, the regimes proposed from the residence, and request types the
 * chosen regime grants. Throws VALIDATION naming the field; writes nothing.
 */
function checkIntake(input: Intake, rules: DeadlineRules, now: Date): CheckedIntake {
  const receivedOn = calendarDateIn(input.receivedAt, rules.timeZone);
  if (receivedOn === null) {
    throw new AppError('VALIDATION', 'The time of receipt is not a real date and time.', {
      receivedAt: 'Give a real date and time with its offset, like 2026-11-02T09:30:00+01:00.',
    });
  }
  if (Date.parse(input.receivedAt) > now.getTime()) {
    throw new AppError('VALIDATION', `A request cannot be received in the future: today is ${formatLongDate(rules.today)} (${rules.timeZone}). Check the date and time of receipt.`, {
      receivedAt: 'The time of receipt is after now.',
    });
  }
  const proposed = proposeRegimes({ country: input.requester.residenceCountry, region: input.requester.residenceRegion }, rules.regimes);
  const regimeId = input.regimeId ?? proposed[0]?.id ?? null;
  const regime = regimeId === null ? null : (rules.regimes.find((r) => r.id === regimeId) ?? null);
  const types = [...new Set(input.types)];
  if (regime) {
    const missing = types.filter((type) => !regime.rules[type]);
    if (missing.length > 0) {
      const granted = Object.keys(regime.rules) as RequestType[];
      const message = `${regime.name} does not grant ${typeList(missing)}. It grants: ${typeList(granted)}.`;
      throw new AppError('VALIDATION', `${message} Choose among those, or another regime.`, { types: message });
    }
  }
  return { types, receivedOn, proposedRegimeIds: proposed.map((r) => r.id), regime };
}

function intakePatch(input: Intake, checked: CheckedIntake): IntakeFields {
  return {
    types: checked.types,
    channel: input.channel,
    receivedAt: input.receivedAt,
    receivedOn: checked.receivedOn,
    requester: input.requester,
    agent: input.agent,
    proposedRegimeIds: checked.proposedRegimeIds,
    regimeId: checked.regime?.id ?? null,
    assignee: input.assignee,
  };
}

/** Which parts of the intake an update changes, in words for the history. */
function changedParts(before: RequestRecord, after: ReturnType<typeof intakePatch>): string[] {
  const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
  const parts: [string, boolean][] = [
    ['request types', !same(before.types, after.types)],
    ['channel', before.channel !== after.channel],
    ['time of receipt', before.receivedAt !== after.receivedAt || before.receivedOn !== after.receivedOn],
    ['requester', !same(before.requester, after.requester)],
    ['agent', !same(before.agent, after.agent)],
    ['regime', before.regimeId !== after.regimeId],
  ];
  return parts.filter(([, changed]) => changed).map(([part]) => part);
}

export function intakeService(ctx: RequestContext) {
  const { store } = ctx;
  const create: Answer<'requests.create'> = (input) =>
    store.write((db, now) => {
      const rules = ctx.rules(db);
      const checked = checkIntake(input, rules, store.clock.now());
      const id = insertRequest(db, { ...FRESH_REQUEST, ...intakePatch(input, checked) }, now);
      const regime = checked.regime ? `; regime ${checked.regime.name}` : '; no regime';
      const detail = `Received ${formatLongDate(checked.receivedOn)} by ${REQUEST_CHANNELS[input.channel].toLowerCase()}: ${typeList(checked.types)}${regime}.`;
      appendEvent(db, id, { kind: 'created', toStatus: 'received', detail }, now);
      if (input.assignee !== '') appendEvent(db, id, { kind: 'assigned', detail: `Assigned to ${input.assignee}.` }, now);
      return loadRequest(db, id, rules, { store: true });
    });

  const update: Answer<'requests.update'> = ({ id, ...input }) =>
    changeRequest(ctx, id, (db, record, now, rules) => {
      requireOpen(record);
      const patch = intakePatch(input, checkIntake(input, rules, store.clock.now()));
      const parts = changedParts(record, patch);
      if (parts.length === 0 && record.assignee === patch.assignee) return;
      updateRequest(db, id, patch, now);
      if (parts.length > 0) appendEvent(db, id, { kind: 'updated', detail: `Changed: ${parts.join(', ')}.` }, now);
      if (record.assignee !== patch.assignee) {
        appendEvent(db, id, { kind: 'assigned', detail: patch.assignee === '' ? 'Unassigned.' : `Assigned to ${patch.assignee}.` }, now);
      }
    });

  const propose: Answer<'requests.proposeRegimes'> = ({ country, region }) =>
    store.read((db) => proposeRegimes({ country, region }, ctx.rules(db).regimes).map((regime) => ({ id: regime.id, name: regime.name })));

  return { create, update, proposeRegimes: propose };
}
