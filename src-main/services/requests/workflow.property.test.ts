import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { CLOSED_STATUSES, REQUEST_STATUSES, type RequestStatus, TRANSITIONS } from '../../contract';
import { useInventoryRig } from '../../../test/helpers/inventory-rig';
import { intake } from '../../../test/helpers/requests';

/**
 * Random sequences of workflow calls on real requests: whatever is tried, the status only ever
 * moves along TRANSITIONS, the history tells the same story, and a closed request never changes.
 */
const rig = useInventoryRig();
const STATUSES = Object.keys(REQUEST_STATUSES) as RequestStatus[];

beforeAll(() => rig().clock.set('2026-11-29T10:00:00Z'));

type Step =
  | { kind: 'transition'; to: RequestStatus; reason: string; extended: boolean }
  | { kind: 'pause' }
  | { kind: 'resume' }
  | { kind: 'bulk'; to: RequestStatus; reason: string }
  | { kind: 'verify' }
  | { kind: 'task' };

const step: fc.Arbitrary<Step> = fc.oneof(
  { weight: 6, arbitrary: fc.record({ kind: fc.constant('transition' as const), to: fc.constantFrom(...STATUSES), reason: fc.constantFrom('', 'Exempt'), extended: fc.boolean() }) },
  { weight: 1, arbitrary: fc.constant({ kind: 'pause' as const }) },
  { weight: 1, arbitrary: fc.constant({ kind: 'resume' as const }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('bulk' as const), to: fc.constantFrom(...STATUSES), reason: fc.constantFrom('', 'Exempt') }) },
  { weight: 1, arbitrary: fc.constant({ kind: 'verify' as const }) },
  { weight: 1, arbitrary: fc.constant({ kind: 'task' as const }) },
);

/** Everything stored about one request: equal before and after any call on a closed one. */
function rowsOf(id: number): string {
  const db = rig().db();
  const parts = [db.prepare('SELECT * FROM request WHERE id = ?').all(id)];
  for (const table of ['request_type', 'request_pause', 'request_event', 'request_task', 'request_note']) {
    parts.push(db.prepare(`SELECT * FROM ${table} WHERE request_id = ? ORDER BY 1, 2`).all(id));
  }
  return JSON.stringify(parts);
}

async function apply(id: number, s: Step) {
  const { api } = rig();
  switch (s.kind) {
    case 'transition':
      return api('requests.transition', { id, to: s.to, reason: s.reason, extension: s.extended ? { reason: 'Complex', notifiedOn: '2026-11-28' } : null });
    case 'pause':
      return api('requests.pause', { id, from: '2026-11-27', reason: 'Waiting for the ID' });
    case 'resume':
      return api('requests.resume', { id, on: '2026-11-28' });
    case 'bulk':
      return api('requests.bulk', { ids: [id], action: { kind: 'status', to: s.to, reason: s.reason } });
    case 'verify':
      return api('requests.verify', { id, method: 'email_confirmation', outcome: 'verified' });
    case 'task':
      return api('requests.tasks.add', { id, action: 'search', description: 'Look in the CRM' });
  }
}

describe('the workflow under random sequences of calls', () => {
  it('never leaves TRANSITIONS, keeps the history consistent, and never changes a closed request', async () => {
    const seen = new Set<RequestStatus>();
    await fc.assert(
      fc.asyncProperty(fc.array(step, { minLength: 1, maxLength: 14 }), async (steps) => {
        const { call } = rig();
        const { id } = await call('requests.create', intake('2026-11-20T10:00:00Z', { requester: { name: 'Random Walker', residenceCountry: 'GB' }, types: ['access'] }));
        let status: RequestStatus = 'received';
        for (const s of steps) {
          const closed = CLOSED_STATUSES.includes(status);
          const before = rowsOf(id);
          const result = await apply(id, s);
          if (!result.ok) expect(['VALIDATION', 'CONFLICT']).toContain(result.error.code);
          const now = (await call('requests.get', { id })).status;
          expect(STATUSES).toContain(now);
          if (now !== status) expect(TRANSITIONS[status]).toContain(now);
          if (closed) {
            expect(now).toBe(status);
            expect(rowsOf(id)).toBe(before);
          }
          status = now;
          seen.add(now);
        }
        const request = await call('requests.get', { id });
        expect(request.closedOn !== null).toBe(CLOSED_STATUSES.includes(request.status));
        // The moves in the history chain up from 'received' to where the request is, each one allowed.
        let at: RequestStatus = 'received';
        for (const event of request.history.filter((e) => e.toStatus !== null && e.kind !== 'created')) {
          expect(event.fromStatus).toBe(at);
          expect(TRANSITIONS[at]).toContain(event.toStatus);
          at = event.toStatus!;
        }
        expect(at).toBe(request.status);
        expect(request.pauses.filter((p) => p.to === null).length).toBe(request.status === 'paused' ? 1 : 0);
      }),
      { numRuns: 60 },
    );
    // The walks reach closed statuses and pauses, so the closed-request checks did run.
    expect(seen.has('paused')).toBe(true);
    expect([...seen].some((s) => CLOSED_STATUSES.includes(s))).toBe(true);
  }, 120_000);
});
