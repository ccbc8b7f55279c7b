import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { type CallName, callNames, ERROR_CODES } from '../../src-main/contract';
import { PASS, useInventoryRig } from '../helpers/inventory-rig';
import { nearMissInput } from '../helpers/near-miss';
import { intake, requestsFingerprint } from '../helpers/requests';

/**
 * The request and deadline calls through createApi on a real encrypted workspace: whatever
 * near-miss input arrives, the answer is ok or a known error (never INTERNAL), and a VALIDATION
 * answer writes nothing; locked, every read answers LOCKED.
 */
const rig = useInventoryRig();

beforeAll(async () => {
  const { call } = rig();
  for (const day of ['2026-11-02', '2026-11-10', '2026-11-20']) {
    const { id } = await call('requests.create', intake(`${day}T10:00:00Z`));
    await call('requests.transition', { id, to: 'in_progress' });
  }
  await call('requests.create', intake('2026-11-25T10:00:00Z', { types: ['access'], requester: { name: 'Eva', residenceCountry: 'DE' } }));
});

const requestCalls = callNames.filter((name) => name.startsWith('requests.') || name.startsWith('deadlines.'));

describe('request calls: property over near-miss inputs', () => {
  const WORDS = ['access', 'erasure', 'received', 'in_progress', 'completed', 'denied', 'us_ca_ccpa', 'eu_gdpr', 'DE', 'US', 'CA', 'email', 'customer'];
  const DATES = ['2026-11-20', '2026-12-24', '2026-02-30', '2026-11-20T10:00:00Z', '2027-01-01T00:00:00Z', 'document_check', 'verified', 'failed'];
  const input = (name: CallName) => nearMissInput(name, [...WORDS, ...DATES], 12);

  /** Inputs of the right shape with values near the edges: these reach the services' own rules. */
  const id = fc.integer({ min: 1, max: 6 });
  const day = fc.constantFrom('2026-11-20', '2026-11-29', '2026-12-24', '2026-02-30', '2026-10-01');
  const status = fc.constantFrom('received', 'verifying', 'in_progress', 'extended', 'paused', 'completed', 'partially_completed', 'denied', 'withdrawn');
  const shaped: fc.Arbitrary<[CallName, unknown]> = fc.oneof(
    fc.tuple(
      fc.constant<CallName>('requests.create'),
      fc.record({
        types: fc.subarray(['access', 'erasure', 'objection', 'opt_out_sale_sharing', 'grievance']),
        channel: fc.constant('email'),
        receivedAt: fc.constantFrom('2026-11-20T10:00:00Z', '2026-11-29T10:00:01Z', '2025-01-31T23:30:00-08:00', '2026-02-29T10:00:00Z'),
        requester: fc.record({ name: fc.constantFrom('Ana', ' '), residenceCountry: fc.constantFrom('US', 'DE', 'GB', 'JP', ''), residenceRegion: fc.constantFrom('CA', '') }),
        regimeId: fc.constantFrom(null, 'eu_gdpr', 'us_ca_ccpa', 'br_lgpd'),
      }),
    ),
    fc.tuple(
      fc.constant<CallName>('requests.transition'),
      fc.record({ id, to: status, reason: fc.constantFrom('', 'Exempt'), extension: fc.option(fc.record({ reason: fc.constantFrom('Complex', ''), notifiedOn: day })) }),
    ),
    fc.tuple(fc.constant<CallName>('requests.pause'), fc.record({ id, from: day, reason: fc.constantFrom('ID', '') })),
    fc.tuple(fc.constant<CallName>('requests.resume'), fc.record({ id, on: day })),
    fc.tuple(fc.constant<CallName>('requests.verify'), fc.record({ id, method: fc.constant('document_check'), outcome: fc.constantFrom('verified', 'failed') })),
    fc.tuple(fc.constant<CallName>('requests.tasks.generate'), fc.record({ id })),
    fc.tuple(fc.constant<CallName>('requests.tasks.add'), fc.record({ id, action: fc.constantFrom('delete', 'search'), description: fc.constant('Look'), systemId: fc.constantFrom(null, 1, 999) })),
    fc.tuple(fc.constant<CallName>('requests.tasks.setDone'), fc.record({ id, taskId: fc.integer({ min: 1, max: 8 }), done: fc.boolean() })),
    fc.tuple(fc.constant<CallName>('requests.notes.add'), fc.record({ id, body: fc.constantFrom('Called back', '') })),
    fc.tuple(fc.constant<CallName>('requests.attachments.add'), fc.record({ id, fileName: fc.constant('a.txt'), contentBase64: fc.constantFrom('aGVsbG8=', 'aGVsbG8', '', '@@@@') })),
    fc.tuple(fc.constant<CallName>('requests.bulk'), fc.record({ ids: fc.array(id, { maxLength: 4 }), action: fc.oneof(fc.record({ kind: fc.constant('assign'), assignee: fc.constantFrom('Ben', '') }), fc.record({ kind: fc.constant('status'), to: status, reason: fc.constantFrom('', 'Exempt') })) })),
    fc.tuple(fc.constant<CallName>('requests.dashboard'), fc.record({ from: fc.option(day), to: fc.option(day), regimeId: fc.constantFrom(null, 'us_ca_ccpa') })),
  );

  it('answers every call with ok or a known, non-internal error, and a VALIDATION answer writes nothing', async () => {
    const codes = new Set<string>();
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(fc.constantFrom(...requestCalls).chain((name) => fc.tuple(fc.constant(name), input(name))), shaped),
        async ([name, generated]) => {
          const before = requestsFingerprint(rig().db());
          // The rig's logError throws: an INTERNAL answer fails the property here.
          const result = await rig().api(name, generated);
          codes.add(result.ok ? 'ok' : result.error.code);
          if (result.ok) return;
          expect(ERROR_CODES).toContain(result.error.code);
          expect(result.error.code).not.toBe('INTERNAL');
          if (result.error.code === 'VALIDATION') expect(requestsFingerprint(rig().db())).toBe(before);
        },
      ),
      { numRuns: 400 },
    );
    for (const code of ['ok', 'VALIDATION', 'CONFLICT', 'NOT_FOUND']) expect(codes).toContain(code);
  }, 60_000);

  it('answers LOCKED, not INTERNAL, for the request reads once the workspace is locked', async () => {
    const { path } = rig();
    await rig().call('workspace.lock', {});
    try {
      for (const name of ['requests.list', 'requests.dashboard', 'requests.reminders', 'requests.metrics', 'deadlines.regimes', 'requests.settings.get'] as const) {
        const error = await rig().fail(name, name === 'requests.metrics' ? { year: 2026 } : {});
        expect(error.code, name).toBe('LOCKED');
      }
    } finally {
      await rig().call('workspace.unlock', { path, passphrase: PASS });
      await rig().call('settings.update', { idleLockMinutes: 0 });
    }
    expect((await rig().call('requests.list', { state: 'all' })).total).toBeGreaterThan(0);
  });
});

describe('a refused backlog call right after unlocking', () => {
  // Found by the property above: the dashboard ran the daily upkeep (which writes) before refusing its period.
  it('refuses a period that ends before it starts without running the upkeep', async () => {
    const { services, path } = rig();
    await services.session.unlock(path, PASS);
    const before = requestsFingerprint(rig().db());
    const refused = await rig().api('requests.dashboard', { from: '2026-11-29', to: '2026-10-01' });
    expect(refused.ok ? 'ok' : refused.error.code).toBe('VALIDATION');
    expect(requestsFingerprint(rig().db())).toBe(before);
  });
});
