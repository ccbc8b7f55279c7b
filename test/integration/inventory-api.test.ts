import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { type CallName, callNames, ERROR_CODES } from '../../src-main/contract';
import { rawBytes } from '../helpers/files';
import { useInventoryRig } from '../helpers/inventory-rig';
import { nearMissInput } from '../helpers/near-miss';

/**
 * End to end below the transport: createApi with the real services on a real
 * encrypted workspace. A malformed input is refused by the contract before any
 * service runs, so neither the rows nor the file's bytes change.
 */
const rig = useInventoryRig();
let activityId = 0;

beforeAll(async () => {
  activityId = (await rig().call('inventory.activities.save', { name: 'Existing', purposes: [{ purpose: 'Keep' }] })).id;
});

const fileHash = () => createHash('sha256').update(rawBytes(rig().path)).digest('hex');

describe('inventory calls through createApi: malformed input gets VALIDATION and writes nothing', () => {
  it.each<[CallName, () => unknown, string]>([
    ['inventory.activities.save', () => ({ name: 'Half retention', retention: { period: 3 } }), 'retention.period'],
    ['inventory.activities.save', () => ({ name: 'Both', recipientIds: [1], noRecipients: true }), 'noRecipients'],
    ['inventory.activities.save', () => ({ id: activityId, name: 'Bad transfer', transfers: [{ country: 'XX' }] }), 'transfers.0.country'],
    ['inventory.activities.save', () => ({ name: 'Bad basis', purposes: [{ purpose: 'P', legalBasis: 'because' }] }), 'purposes.0.legalBasis'],
    ['inventory.activities.list', () => ({ sort: { by: 'password', dir: 'asc' } }), 'sort.by'],
    ['inventory.activities.archive', () => ({ id: activityId }), 'archived'],
    ['inventory.categories.save', () => ({ name: '   ' }), 'name'],
    ['inventory.categories.list', () => ({ filters: { specialOnly: 'yes' } }), 'filters.specialOnly'],
    ['inventory.subjects.save', () => ({ name: 'Visitors', key: 'user' }), '_'],
    ['inventory.subjects.delete', () => ({ id: -1, confirmed: true }), 'id'],
    ['inventory.systems.save', () => ({ name: 'Mainframe', kind: 'mainframe' }), 'kind'],
    ['inventory.systems.list', () => ({ limit: 0 }), 'limit'],
    ['inventory.recipients.save', () => ({ name: 'Nowhere Ltd', kind: 'processor', countries: ['DE', 'ZZ'] }), 'countries.1'],
    ['inventory.recipients.get', () => ({ id: 'one' }), 'id'],
    ['inventory.cookies.save', () => ({ name: 'c', party: 'fourth', category: 'performance' }), 'party'],
    ['inventory.cookies.save', () => ({ name: 'c', party: 'first', category: 'performance', activityId: 1.5 }), 'activityId'],
    ['inventory.communications.save', () => ({ name: 'Pigeon post', channel: 'pigeon', kind: 'marketing' }), 'channel'],
    ['inventory.organisation.save', () => ({ name: 'Org', timeZone: 'Mars/Olympus' }), 'timeZone'],
    ['inventory.usage', () => ({ kind: 'vendor', id: 1 }), 'kind'],
    ['inventory.search', () => ({ query: '   ' }), 'query'],
    ['inventory.dataMap', () => ({ country: 'Germany' }), 'country'],
  ])('%s with %s', async (name, input, field) => {
    const rows = rig().fingerprint();
    const bytes = fileHash();
    const error = await rig().fail(name, input());
    expect(error.code).toBe('VALIDATION');
    expect(error.fields?.[field]).toEqual(expect.any(String));
    expect(rig().fingerprint()).toBe(rows);
    expect(fileHash()).toBe(bytes);
  });

  it('answers LOCKED, not INTERNAL, for every inventory read once the workspace is locked', async () => {
    const { api, path } = rig();
    await rig().call('workspace.lock', {});
    try {
      for (const name of ['inventory.activities.list', 'inventory.organisation.get', 'inventory.completeness', 'inventory.dataMap'] as const) {
        expect((await rig().fail(name, {})).code, name).toBe('LOCKED');
      }
    } finally {
      const unlocked = await api('workspace.unlock', { path, passphrase: 'correct horse battery staple' });
      expect(unlocked.ok).toBe(true);
      await rig().call('settings.update', { idleLockMinutes: 0 });
    }
    // Statements cached for the old connection are not reused on the new one.
    expect((await rig().call('inventory.activities.get', { id: activityId })).name).toBe('Existing');
  });
});

describe('inventory calls: property over near-miss inputs', () => {
  /** For each inventory call, objects with (some of) its own fields holding values that often pass the contract: ids that may exist, names, flags. */
  const inventoryCalls = callNames.filter((name) => name.startsWith('inventory.'));
  const input = (name: CallName) =>
    nearMissInput(name, ['saas', 'processor', 'first', 'performance', 'email', 'marketing', 'user', 'DE', 'US', 'active', 'contract'], 120);

  it('answers every call with ok or a known, non-internal error, and a VALIDATION answer writes nothing', async () => {
    const codes = new Set<string>();
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...inventoryCalls).chain((name) => fc.tuple(fc.constant(name), input(name))),
        async ([name, generated]) => {
          const before = rig().fingerprint();
          // The rig's logError throws: an INTERNAL answer fails the property here.
          const result = await rig().api(name, generated);
          if (result.ok) return;
          codes.add(result.error.code);
          expect(ERROR_CODES).toContain(result.error.code);
          expect(result.error.code).not.toBe('INTERNAL');
          if (result.error.code === 'VALIDATION') expect(rig().fingerprint()).toBe(before);
        },
      ),
      { numRuns: 400 },
    );
    expect(codes.has('VALIDATION')).toBe(true);
    expect(codes.has('NOT_FOUND')).toBe(true);
  });
});
