import { beforeAll, describe, expect, it } from 'vitest';
import type { CallInput, SubjectRequest } from '../../contract';
import { useInventoryRig } from '../../../test/helpers/inventory-rig';
import { intake, requestsFingerprint } from '../../../test/helpers/requests';

/**
 * The request service through the dispatcher, on a real encrypted workspace: intake, deadlines
 * in the organisation's time zone, the workflow with its history, tasks from the inventory, notes
 * and attachments. The clock stands at Sunday 29 November 2026, 10:00 UTC unless a test moves it.
 */
const rig = useInventoryRig();
const NOW = '2026-11-29T10:00:00Z';

async function setTimeZone(timeZone: string, jurisdictions: string[] = []) {
  await rig().call('inventory.organisation.save', { name: 'Zebracorn Kittiwake Holdings', timeZone, jurisdictions });
}

const create = (input: CallInput<'requests.create'>) => rig().call('requests.create', input);
const move = (id: number, to: CallInput<'requests.transition'>['to'], extra: Partial<CallInput<'requests.transition'>> = {}) =>
  rig().call('requests.transition', { id, to, ...extra });

beforeAll(async () => {
  await setTimeZone('America/Los_Angeles');
});

describe('the CCPA example: a deletion request from a California resident', () => {
  let request: SubjectRequest;
  const system = { customerDb: 0, mail: 0, shop: 0 };

  beforeAll(async () => {
    rig().clock.set(NOW);
    const { call } = rig();
    const subjects = (await call('inventory.subjects.list', { limit: 5000 })).rows;
    const subject = (key: string) => subjects.find((s) => s.key === key)!.id;
    system.customerDb = (await call('inventory.systems.save', { name: 'Customer database', kind: 'database' })).id;
    system.mail = (await call('inventory.systems.save', { name: 'Mail server', kind: 'application' })).id;
    system.shop = (await call('inventory.systems.save', { name: 'Web shop', kind: 'saas' })).id;
    const hr = (await call('inventory.systems.save', { name: 'HR system', kind: 'saas' })).id;
    const archive = (await call('inventory.systems.save', { name: 'Old archive', kind: 'database' })).id;
    const parcel = (await call('inventory.recipients.save', { name: 'Parcel Co', kind: 'processor', countries: ['US'] })).id;
    const base = { purposes: [{ purpose: 'Sell things' }], status: 'active' as const };
    await call('inventory.activities.save', { ...base, name: 'Orders', subjectIds: [subject('customer')], systemIds: [system.customerDb, system.mail], recipientIds: [parcel] });
    await call('inventory.activities.save', { ...base, name: 'Newsletter', subjectIds: [subject('customer')], systemIds: [system.mail, system.shop], noRecipients: true });
    // Neither a draft nor an activity about employees sends the request anywhere.
    await call('inventory.activities.save', { ...base, status: 'draft', name: 'Planned', subjectIds: [subject('customer')], systemIds: [archive] });
    await call('inventory.activities.save', { ...base, name: 'Payroll', subjectIds: [subject('employee')], systemIds: [hr] });
  });

  it('takes the request in: reference, receipt date in the organisation’s zone, the CCPA proposed, due on receipt + 44, acknowledged within 10 business days', async () => {
    request = await create(intake('2026-11-02T16:45:00-08:00'));
    expect(request.reference).toMatch(/^REQ-2026-\d{5}$/);
    expect(request).toMatchObject({ receivedOn: '2026-11-02', status: 'received', regimeId: 'us_ca_ccpa', closedOn: null });
    expect(request.proposedRegimeIds[0]).toBe('us_ca_ccpa');
    // 2 November + 44 days; 10 business days counting Monday 2 November as day 1, Veterans Day (11 November) skipped.
    expect(request.deadline).toMatchObject({ dueOn: '2026-12-16', acknowledgeBy: '2026-11-16', daysLeft: 17, governingType: 'erasure', warnings: [] });
    expect(request.deadline.convention).toContain('receipt + 44');
    expect(request.history.map((e) => [e.kind, e.toStatus])).toEqual([['created', 'received']]);
  });

  it('records the identity check, and moves on to work', async () => {
    request = await rig().call('requests.verify', { id: request.id, method: 'document_check', outcome: 'verified', note: 'Driving licence seen' });
    expect(request.verification).toEqual({ method: 'document_check', outcome: 'verified', note: 'Driving licence seen', at: NOW.replace('Z', '.000Z') });
    expect(request.status).toBe('received');
    request = await move(request.id, 'in_progress');
    expect(request.status).toBe('in_progress');
  });

  it('extends with a reason notified inside the period: due on receipt + 89', async () => {
    request = await move(request.id, 'extended', { extension: { reason: 'Data spread over three systems', notifiedOn: '2026-11-20' } });
    expect(request.extension).toEqual({ reason: 'Data spread over three systems', notifiedOn: '2026-11-20' });
    expect(request.deadline).toMatchObject({ dueOn: '2027-01-30', originalDueOn: '2026-12-16', extendedDueOn: '2027-01-30', warnings: [] });
  });

  it('makes one task per system holding customers’ data, and one to tell the recipients; never twice', async () => {
    request = await rig().call('requests.tasks.generate', { id: request.id });
    expect(request.tasks.map((t) => [t.systemName, t.action])).toEqual([
      ['Customer database', 'delete'],
      ['Mail server', 'delete'],
      ['Web shop', 'delete'],
      ['', 'notify_recipients'],
    ]);
    expect(request.tasks[0]).toMatchObject({ systemId: system.customerDb, description: 'Delete the person’s data in Customer database', doneAt: null });
    expect(request.tasks[3]!.description).toContain('Parcel Co');
    const again = await rig().call('requests.tasks.generate', { id: request.id });
    expect(again.tasks).toEqual(request.tasks);
    expect(again.history).toHaveLength(request.history.length);
  });

  it('ticks the tasks, with who did them and when', async () => {
    for (const task of request.tasks) request = await rig().call('requests.tasks.setDone', { id: request.id, taskId: task.id, done: true, by: 'Ana' });
    expect(request.tasks.every((t) => t.doneAt === NOW.replace('Z', '.000Z') && t.doneBy === 'Ana')).toBe(true);
    const row = (await rig().call('requests.list', { search: request.reference })).rows[0]!;
    expect(row.openTasks).toBe(0);
  });

  it('completes: closed today, no days left, every step in the history in order', async () => {
    request = await move(request.id, 'completed');
    expect(request).toMatchObject({ status: 'completed', closedOn: '2026-11-29' });
    expect(request.deadline.daysLeft).toBeNull();
    expect(request.deadline.dueOn).toBe('2027-01-30');
    expect(request.history.map((e) => [e.kind, e.fromStatus, e.toStatus])).toEqual([
      ['created', null, 'received'],
      ['verification', null, null],
      ['status', 'received', 'in_progress'],
      ['extension', 'in_progress', 'extended'],
      ['task', null, null],
      ['task', null, null],
      ['task', null, null],
      ['task', null, null],
      ['task', null, null],
      ['status', 'extended', 'completed'],
    ]);
    expect(request.history[4]!.detail).toBe('Added 4 tasks from the inventory: 2 active activities, 3 systems.');
    expect(request.history[5]!.detail).toBe('Done: Delete the person’s data in Customer database (by Ana)');
  });

  it('a closed request stays closed and unchanged', async () => {
    const before = requestsFingerprint(rig().db());
    const error = await rig().fail('requests.transition', { id: request.id, to: 'in_progress' });
    expect(error).toMatchObject({ code: 'CONFLICT' });
    expect(error.message).toContain('A completed request cannot move to In progress');
    expect((await rig().fail('requests.tasks.setDone', { id: request.id, taskId: request.tasks[0]!.id, done: false })).code).toBe('CONFLICT');
    expect((await rig().fail('requests.update', { id: request.id, ...intake('2026-11-02T16:45:00-08:00') })).code).toBe('CONFLICT');
    expect(requestsFingerprint(rig().db())).toBe(before);
  });

  it('warns, without refusing, when the extension was notified after the original period', async () => {
    const late = await create(intake('2026-10-01T09:00:00-07:00'));
    await move(late.id, 'in_progress');
    const extended = await move(late.id, 'extended', { extension: { reason: 'Complex', notifiedOn: '2026-11-20' } });
    // 1 October + 44 = 14 November: the notice of 20 November came too late, so the original date stands.
    expect(extended.deadline.dueOn).toBe('2026-11-14');
    expect(extended.deadline.daysLeft).toBe(-15);
    expect(extended.deadline.warnings.map((w) => w.code)).toEqual(['extension_notice_late']);
  });
});

describe('dates in the organisation’s time zone and calendar', () => {
  it('takes a receipt late on a Friday evening in Los Angeles as that Friday', async () => {
    await setTimeZone('America/Los_Angeles');
    const friday = await create(intake('2026-11-28T07:30:00Z'));
    expect(friday.receivedOn).toBe('2026-11-27');
    expect(friday.deadline.dueOn).toBe('2027-01-10');
  });

  it('EU: received 31 January, due 28 February, or the next working day of the German calendar', async () => {
    await setTimeZone('Europe/Berlin');
    const german = { types: ['access' as const], requester: { name: 'Jonas Beispiel', relationship: 'customer' as const, residenceCountry: 'DE' } };
    const in2025 = await create(intake('2025-01-31T11:00:00+01:00', german));
    expect(in2025).toMatchObject({ regimeId: 'eu_gdpr', receivedOn: '2025-01-31' });
    expect(in2025.deadline).toMatchObject({ dueOn: '2025-02-28', acknowledgeBy: null, verification: 'P', needsLegalReview: false });
    // 28 February 2026 is a Saturday: Monday 2 March.
    const in2026 = await create(intake('2026-01-31T23:30:00+01:00', german));
    expect(in2026.deadline.dueOn).toBe('2026-03-02');
    expect(in2026.deadline.explanation.join(' ')).toContain('Saturday');
    // Just after midnight in Berlin is still 30 January in UTC: the organisation's zone decides.
    const early = await create(intake('2025-01-30T23:30:00Z', german));
    expect(early.receivedOn).toBe('2025-01-31');
  });

  it('uses the officer’s holiday edits and recomputes the open requests when they change', async () => {
    await setTimeZone('Europe/Berlin');
    const request = await create(intake('2026-10-02T10:00:00+02:00', { types: ['access'], requester: { name: 'Eva Muster', residenceCountry: 'DE' } }));
    expect(request.deadline.dueOn).toBe('2026-11-02');
    await rig().call('deadlines.saveCalendarEdits', { calendarId: 'DE', add: ['2026-11-02 Office closed'] });
    const after = await rig().call('requests.get', { id: request.id });
    expect(after.deadline.dueOn).toBe('2026-11-03');
    const row = (await rig().call('requests.list', { search: request.reference, state: 'all' })).rows[0]!;
    expect(row.dueOn).toBe('2026-11-03');
    await rig().call('deadlines.saveCalendarEdits', { calendarId: 'DE', remove: ['2026-11-02'] });
    expect((await rig().call('requests.get', { id: request.id })).deadline.dueOn).toBe('2026-11-02');
  });

  it('applies the officer’s rule overrides, and refuses unsound ones with their messages', async () => {
    await setTimeZone('America/Los_Angeles');
    const request = await create(intake('2026-11-20T10:00:00-08:00', { types: ['access'] }));
    expect(request.deadline.dueOn).toBe('2027-01-03');
    const regimes = await rig().call('deadlines.saveOverrides', { overrides: { us_ca_ccpa: { access: { period: { unit: 'calendar_days', amount: 30 } } } } });
    expect(regimes.find((r) => r.id === 'us_ca_ccpa')!.rules.access!.overridden).toEqual(['period']);
    expect((await rig().call('requests.get', { id: request.id })).deadline.dueOn).toBe('2026-12-19');
    const before = requestsFingerprint(rig().db());
    const error = await rig().fail('deadlines.saveOverrides', { overrides: { us_ca_ccpa: { access: { period: { unit: 'fortnights', amount: 2 } } }, xx: {} } });
    expect(error.code).toBe('VALIDATION');
    expect(error.fields).toMatchObject({ 'us_ca_ccpa.access.period.unit': expect.stringContaining('calendar_days'), xx: expect.stringContaining('no regime') });
    expect(requestsFingerprint(rig().db())).toBe(before);
    await rig().call('deadlines.saveOverrides', { overrides: {} });
    expect((await rig().call('requests.get', { id: request.id })).deadline.dueOn).toBe('2027-01-03');
  });
});

describe('refusals change nothing', () => {
  let open: SubjectRequest;
  let completed: SubjectRequest;
  let working: SubjectRequest;

  beforeAll(async () => {
    rig().clock.set(NOW);
    await setTimeZone('America/Los_Angeles');
    open = await create(intake('2026-11-25T09:00:00-08:00'));
    completed = await create(intake('2026-11-24T09:00:00-08:00', { requester: { name: 'Done Person', residenceCountry: 'US', residenceRegion: 'CA' } }));
    await move(completed.id, 'in_progress');
    completed = await move(completed.id, 'completed');
    working = await create(intake('2026-11-23T09:00:00-08:00'));
    working = await move(working.id, 'in_progress');
  });

  it.each<[string, () => unknown, string, string]>([
    ['a receipt in the future', () => intake('2026-11-29T10:00:01Z'), 'receivedAt', 'future'],
    ['an impossible date', () => intake('2026-02-30T10:00:00Z'), 'receivedAt', 'receipt'],
    ['no receipt at all', () => ({ ...intake(''), receivedAt: undefined }), 'receivedAt', 'receipt'],
    ['no request type', () => intake('2026-11-20T10:00:00Z', { types: [] }), 'types', 'at least one'],
    ['a type the regime does not grant', () => intake('2026-11-20T10:00:00Z', { types: ['erasure', 'objection'] }), 'types', 'California CCPA/CPRA does not grant Objection to processing. It grants: '],
    ['a type the chosen regime does not grant', () => intake('2026-11-20T10:00:00Z', { types: ['grievance'], regimeId: 'eu_gdpr' }), 'types', 'EU GDPR does not grant Grievance'],
  ])('intake with %s', async (_what, input, field, words) => {
    const before = requestsFingerprint(rig().db());
    const error = await rig().fail('requests.create', input());
    expect(error.code).toBe('VALIDATION');
    expect(error.fields?.[field]).toEqual(expect.any(String));
    expect(`${error.message} ${error.fields?.[field]}`).toContain(words);
    expect(requestsFingerprint(rig().db())).toBe(before);
  });

  it.each<[string, () => unknown, string, string]>([
    ['completed → in progress', () => ({ id: completed.id, to: 'in_progress' }), 'CONFLICT', 'A completed request cannot move to In progress'],
    ['received → completed', () => ({ id: open.id, to: 'completed' }), 'CONFLICT', 'cannot move to Completed'],
    ['a denial without a reason', () => ({ id: working.id, to: 'denied' }), 'VALIDATION', 'reason'],
    ['a partial answer without a reason', () => ({ id: working.id, to: 'partially_completed', reason: '   ' }), 'VALIDATION', 'reason'],
    ['an extension without its notice', () => ({ id: working.id, to: 'extended' }), 'VALIDATION', 'extension'],
    ['an extension notified in the future', () => ({ id: working.id, to: 'extended', extension: { reason: 'Busy', notifiedOn: '2026-12-01' } }), 'VALIDATION', 'after today'],
    ['an extension notified before receipt', () => ({ id: working.id, to: 'extended', extension: { reason: 'Busy', notifiedOn: '2026-11-01' } }), 'VALIDATION', 'before the request was received'],
    ['an unknown request', () => ({ id: 999_999, to: 'in_progress' }), 'NOT_FOUND', 'no longer exists'],
  ])('a transition: %s', async (_what, input, code, words) => {
    const before = requestsFingerprint(rig().db());
    const error = await rig().fail('requests.transition', input());
    expect(error.code).toBe(code);
    expect(`${error.message} ${JSON.stringify(error.fields ?? {})}`).toContain(words);
    expect(requestsFingerprint(rig().db())).toBe(before);
  });

  it('a pause in the future, a resume of a request that is not paused, a bulk denial without a reason', async () => {
    const before = requestsFingerprint(rig().db());
    expect((await rig().fail('requests.pause', { id: working.id, from: '2026-12-01', reason: 'Waiting for ID' })).fields).toHaveProperty('from');
    expect((await rig().fail('requests.pause', { id: working.id, from: '2026-02-30', reason: 'Waiting for ID' })).fields).toHaveProperty('from');
    expect((await rig().fail('requests.resume', { id: working.id, on: '2026-11-29' })).code).toBe('CONFLICT');
    expect((await rig().fail('requests.bulk', { ids: [open.id, working.id], action: { kind: 'status', to: 'denied' } })).code).toBe('VALIDATION');
    expect((await rig().fail('requests.attachments.add', { id: open.id, fileName: 'id.pdf', contentBase64: 'not base64!' })).code).toBe('VALIDATION');
    expect((await rig().fail('requests.tasks.add', { id: open.id, action: 'delete', description: 'Gone', systemId: 999_999 })).fields).toHaveProperty('systemId');
    expect(requestsFingerprint(rig().db())).toBe(before);
  });

  it('bulk: the allowed moves proceed, the others are skipped with their reference and reason, each with its history', async () => {
    const second = await move((await create(intake('2026-11-22T09:00:00-08:00'))).id, 'in_progress');
    const skippedBefore = await Promise.all([open.id, completed.id].map((id) => rig().call('requests.get', { id })));
    const before = requestsFingerprint(rig().db());
    const result = await rig().call('requests.bulk', { ids: [open.id, working.id, completed.id, second.id], action: { kind: 'status', to: 'completed' } });
    expect(requestsFingerprint(rig().db())).not.toBe(before);
    expect(result.changed).toBe(2);
    expect(result.skipped).toEqual([
      { id: open.id, reference: open.reference, reason: expect.stringContaining('cannot move to Completed') },
      { id: completed.id, reference: completed.reference, reason: expect.stringContaining('A completed request cannot move to Completed') },
    ]);
    for (const id of [working.id, second.id]) {
      const done = await rig().call('requests.get', { id });
      expect(done).toMatchObject({ status: 'completed', closedOn: '2026-11-29' });
      expect(done.history.at(-1)).toMatchObject({ kind: 'status', fromStatus: 'in_progress', toStatus: 'completed' });
    }
    for (const before of skippedBefore) expect(await rig().call('requests.get', { id: before.id })).toEqual(before);
  });

  it('bulk assign changes the open requests and says why closed ones keep theirs', async () => {
    const result = await rig().call('requests.bulk', { ids: [open.id, completed.id], action: { kind: 'assign', assignee: 'Priya' } });
    expect(result.changed).toBe(1);
    expect(result.skipped).toEqual([{ id: completed.id, reference: completed.reference, reason: expect.stringContaining('closed') }]);
    const assigned = await rig().call('requests.get', { id: open.id });
    expect(assigned.assignee).toBe('Priya');
    expect(assigned.history.at(-1)).toMatchObject({ kind: 'assigned', detail: 'Assigned to Priya.' });
    expect((await rig().call('requests.list', { assignee: 'Priya' })).rows.map((r) => r.id)).toEqual([open.id]);
  });
});

describe('pauses, notes, attachments, updates', () => {
  beforeAll(async () => {
    rig().clock.set(NOW);
    await setTimeZone('Europe/London');
  });

  it('a pause adds exactly the paused days where the regime allows one, and resumes where it was', async () => {
    const uk = { types: ['access' as const], requester: { name: 'Tom Atkins', residenceCountry: 'GB' } };
    let request = await create(intake('2026-11-02T10:00:00Z', uk));
    expect(request).toMatchObject({ regimeId: 'uk_gdpr' });
    expect(request.deadline.dueOn).toBe('2026-12-02');
    request = await move(request.id, 'verifying');
    request = await rig().call('requests.pause', { id: request.id, from: '2026-11-10', reason: 'Asked the person to clarify' });
    expect(request.status).toBe('paused');
    // Open pause: 10 to 29 November counted so far, 20 days.
    expect(request.deadline).toMatchObject({ pausedDays: 20, dueOn: '2026-12-22' });
    const refused = await rig().fail('requests.transition', { id: request.id, to: 'in_progress' });
    expect(refused.message).toContain('resumes where it was (Verifying identity)');
    request = await rig().call('requests.resume', { id: request.id, on: '2026-11-19' });
    expect(request).toMatchObject({ status: 'verifying', pauses: [{ from: '2026-11-10', to: '2026-11-19', reason: 'Asked the person to clarify' }] });
    expect(request.deadline).toMatchObject({ pausedDays: 10, dueOn: '2026-12-14' });
    expect(request.history.slice(-2).map((e) => [e.kind, e.fromStatus, e.toStatus])).toEqual([
      ['pause', 'verifying', 'paused'],
      ['pause', 'paused', 'verifying'],
    ]);
  });

  it('records a pause the regime does not allow, with the engine’s warning, without moving the date', async () => {
    await setTimeZone('America/Los_Angeles');
    const request = await create(intake('2026-11-20T10:00:00-08:00'));
    const paused = await rig().call('requests.pause', { id: request.id, from: '2026-11-21', reason: 'Waiting for ID' });
    expect(paused.deadline.dueOn).toBe(request.deadline.dueOn);
    expect(paused.deadline.warnings.map((w) => w.code)).toContain('pause_not_allowed');
  });

  it('keeps notes and attachments inside the workspace, and gives the content back', async () => {
    const request = await create(intake('2026-11-20T10:00:00-08:00'));
    const content = Buffer.from('%PDF-1.7 a scanned identity document');
    const info = await rig().call('requests.attachments.add', { id: request.id, fileName: 'id.pdf', mimeType: 'application/pdf', contentBase64: content.toString('base64') });
    expect(info).toMatchObject({ fileName: 'id.pdf', mimeType: 'application/pdf', size: content.length });
    const back = await rig().call('requests.attachments.get', { attachmentId: info.id });
    expect(Buffer.from(back.contentBase64, 'base64').equals(content)).toBe(true);
    const noted = await rig().call('requests.notes.add', { id: request.id, body: 'Called the person back.' });
    expect(noted.notes.map((n) => n.body)).toEqual(['Called the person back.']);
    expect(noted.attachments.map((a) => a.fileName)).toEqual(['id.pdf']);
    expect(noted.history.map((e) => e.kind)).toEqual(['created', 'attachment', 'note']);
    expect((await rig().fail('requests.attachments.get', { attachmentId: 999_999 })).code).toBe('NOT_FOUND');
  });

  it('accepts an attachment of exactly 25 MB and refuses one byte more', async () => {
    const request = await create(intake('2026-11-20T10:00:00-08:00'));
    const max = Buffer.alloc(25 * 1024 * 1024, 7);
    expect((await rig().call('requests.attachments.add', { id: request.id, fileName: 'big.bin', contentBase64: max.toString('base64') })).size).toBe(max.length);
    const error = await rig().fail('requests.attachments.add', { id: request.id, fileName: 'bigger.bin', contentBase64: Buffer.alloc(max.length + 1).toString('base64') });
    expect(error.code).toBe('VALIDATION');
    expect(error.message).toContain('25 MB');
  });

  it('updates the intake of an open request: history says what changed, the deadline follows', async () => {
    const request = await create(intake('2026-11-20T10:00:00-08:00'));
    const updated = await rig().call('requests.update', { id: request.id, ...intake('2026-11-10T10:00:00-08:00', { types: ['erasure', 'access'], assignee: 'Ana' }) });
    expect(updated).toMatchObject({ receivedOn: '2026-11-10', types: ['erasure', 'access'], assignee: 'Ana', reference: request.reference });
    expect(updated.deadline.dueOn).toBe('2026-12-24');
    expect(updated.history.slice(1).map((e) => [e.kind, e.detail])).toEqual([
      ['updated', 'Changed: request types, time of receipt.'],
      ['assigned', 'Assigned to Ana.'],
    ]);
  });

  it('proposes the regimes for a residence, most specific first', async () => {
    expect((await rig().call('requests.proposeRegimes', { country: 'us', region: 'ca' })).map((r) => r.id)).toEqual(['us_ca_ccpa']);
    expect((await rig().call('requests.proposeRegimes', { country: 'FR' })).map((r) => r.id)).toEqual(['eu_gdpr']);
    expect(await rig().call('requests.proposeRegimes', { country: 'JP' })).toEqual([]);
  });

  it('a person with no regime gets no deadline, and says why', async () => {
    const request = await create(intake('2026-11-20T10:00:00-08:00', { types: ['access'], requester: { name: 'Yuki', residenceCountry: 'JP' } }));
    expect(request.regimeId).toBeNull();
    expect(request.deadline).toMatchObject({ dueOn: null, daysLeft: null, needsLegalReview: true });
    expect(request.deadline.dueText).toContain('No regime');
  });
});
