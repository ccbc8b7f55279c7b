import fc from 'fast-check';
import { type CallName, contract } from '../../src-main/contract';

/**
 * Objects with (some of) a call's own fields, each holding a value that often passes the contract:
 * ids that may exist, short strings, flags, lists of ids, JSON, and the area's own `words` (codes,
 * dates). For properties over near-miss inputs.
 */
export function nearMissInput(name: CallName, words: readonly string[], maxId: number): fc.Arbitrary<Record<string, unknown>> {
  const value = fc.oneof(
    fc.integer({ min: 1, max: maxId }),
    fc.string({ maxLength: 12 }),
    fc.boolean(),
    fc.constant(null),
    fc.array(fc.integer({ min: 1, max: maxId }), { maxLength: 3 }),
    fc.constantFrom(...words),
    fc.jsonValue({ maxDepth: 2 }),
  );
  const shape = (contract[name].input as unknown as { shape?: Record<string, unknown> }).shape ?? {};
  return fc.record(Object.fromEntries(Object.keys(shape).map((key) => [key, value])), { requiredKeys: [] });
}
