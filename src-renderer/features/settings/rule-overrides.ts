import type { DeadlineRule, RegimeView, RequestType } from '../../app/api';

/** The changed fields of one rule, as saveOverrides takes them. */
export type RuleChange = Record<string, unknown>;
/** Per regime id, per request type: the changed fields. */
export type OverridesObject = Record<string, Record<string, RuleChange>>;

/**
 * The officer's stored overrides, rebuilt from the regimes the service returns: each rule lists
 * the fields the officer changed in `overridden`, and its merged value of each such field is the
 * value the override set (a whole extension object merges to itself). saveOverrides replaces the
 * stored object whole, so every save sends this with the one rule changed.
 */
export function overridesOf(regimes: readonly RegimeView[]): OverridesObject {
  const overrides: OverridesObject = {};
  for (const regime of regimes) {
    for (const [type, rule] of Object.entries(regime.rules)) {
      if (!rule || rule.overridden.length === 0) continue;
      const change: RuleChange = {};
      for (const field of rule.overridden) change[field] = (rule as unknown as Record<string, unknown>)[field];
      (overrides[regime.id] ??= {})[type] = change;
    }
  }
  return overrides;
}

/** The overrides with one rule's change replaced (null: the rule goes back to the statutory one). */
export function withRuleChange(overrides: OverridesObject, regimeId: string, type: RequestType, change: RuleChange | null): OverridesObject {
  const next: OverridesObject = { ...overrides, [regimeId]: { ...overrides[regimeId] } };
  const perType = next[regimeId]!;
  if (change === null || Object.keys(change).length === 0) delete perType[type];
  else perType[type] = change;
  if (Object.keys(perType).length === 0) delete next[regimeId];
  return next;
}

export const isChanged = (rule: DeadlineRule) => rule.overridden.length > 0;
