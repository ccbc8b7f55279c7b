import { join } from 'node:path';
import fc from 'fast-check';
import { z } from 'zod';
import { beforeAll, describe, expect, it } from 'vitest';
import { type CallName, callNames, contract, ERROR_CODES } from '../../../src-main/contract';
import { databaseFingerprint } from '../../helpers/db-fingerprint';
import { PASS, useInventoryRig } from '../../helpers/inventory-rig';
import { nearMissInput } from '../../helpers/near-miss';

/**
 * Every call of the contract, fuzzed through createApi on a real encrypted workspace holding the sample company
 * and its vendors: arbitrary values (also what Electron's structured clone can carry: dates, maps, typed arrays,
 * big integers, null-prototype objects) and near-miss objects with the call's own fields holding the enum values
 * of its own schema. The answer is ok or a known error, never INTERNAL and never a thrown exception (the rig's
 * logError throws), and a refusal writes nothing: the whole database is byte-for-byte the same afterwards.
 * (inventory-api and requests-api hold deeper, area-specific properties.)
 */
const RUNS = 40;
/** Calls whose every answer may close or switch the open workspace, so each run can cost a reopen (scrypt): fewer runs. */
const REOPENING = new Set<CallName>(['workspace.create', 'workspace.unlock', 'workspace.lock', 'workspace.changePassphrase']);
const SEED = 7_2026;

const rig = useInventoryRig('Fuzz Ltd');
let folder = '';
beforeAll(() => {
  rig().services.exchange.importSample();
  folder = join(rig().path, '..');
});

/** Every string and number an enum or literal of the call's input schema allows: the values that get past the first checks. */
function schemaWords(name: CallName): string[] {
  const words = new Set<string>();
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) node.forEach(walk);
    else if (node && typeof node === 'object') {
      for (const [key, value] of Object.entries(node)) {
        if (key === 'enum' && Array.isArray(value)) for (const v of value) words.add(String(v));
        else if (key === 'const') words.add(String(value));
        else walk(value);
      }
    }
  };
  walk(z.toJSONSchema(contract[name].input, { unrepresentable: 'any', io: 'input' }));
  return [...words];
}

/** Paths only inside the test's folder: a near-miss create or unlock that passes the contract stays there. */
const commonWords = () => [
  rig().path,
  join(folder, 'fuzz-new.pws'),
  join(folder, 'missing.pws'),
  folder,
  'relative.pws',
  '2026-11-29',
  '2026-02-30',
  '2026-11-29T10:00:00Z',
  'DE',
  'US',
  '00000000-0000-4000-8000-000000000000',
];

const hostile = fc.anything({
  maxDepth: 2,
  withBigInt: true,
  withDate: true,
  withMap: true,
  withSet: true,
  withTypedArray: true,
  withNullPrototype: true,
  withBoxedValues: true,
  withSparseArray: true,
});

describe('every API call under fuzzed input', () => {
  it(`answers ok or a known, non-internal error, and a refusal writes nothing (${RUNS} runs per call, ${callNames.length} calls)`, async () => {
    const { api, services } = rig();
    const answers = new Map<string, number>();
    let reopened = 0;
    // The fingerprint after one run is the one before the next, as long as the same connection stays open.
    let last: { db: unknown; fingerprint: string } | undefined;
    for (const name of callNames) {
      const input = fc.oneof(hostile, nearMissInput(name, [...schemaWords(name), ...commonWords()], 60));
      await fc.assert(
        fc.asyncProperty(input, async (generated) => {
          const db = services.session.db();
          const before = last?.db === db ? last.fingerprint : databaseFingerprint(db);
          const result = await api(name, generated);
          const code = result.ok ? 'ok' : result.error.code;
          answers.set(code, (answers.get(code) ?? 0) + 1);
          expect([...ERROR_CODES.filter((known) => known !== 'INTERNAL'), 'ok']).toContain(code);
          const sameConnection = services.session.status().state === 'unlocked' && services.session.db() === db;
          last = sameConnection ? { db, fingerprint: databaseFingerprint(db) } : undefined;
          // A refused call leaves the workspace open as it was, unless it was an unlock or create (they close the open one first).
          if (!result.ok && sameConnection) expect(last!.fingerprint, `${name} refused with ${code} but wrote`).toBe(before);
          if (!result.ok && !REOPENING.has(name)) expect(sameConnection).toBe(true);
          if (!sameConnection || services.session.status().path !== rig().path) {
            await services.session.unlock(rig().path, PASS);
            await api('settings.update', { idleLockMinutes: 0 });
            reopened++;
          }
        }),
        { numRuns: REOPENING.has(name) ? 8 : RUNS, seed: SEED },
      );
    }
    console.log('[api fuzz]', JSON.stringify({ calls: callNames.length, runsPerCall: RUNS, runsPerReopeningCall: 8, reopened, answers: Object.fromEntries(answers) }));
    for (const code of ['ok', 'VALIDATION', 'NOT_FOUND', 'CONFLICT']) expect(answers.get(code), code).toBeGreaterThan(0);
  }, 120_000);
});
