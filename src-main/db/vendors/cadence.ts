import { REVIEW_CADENCE_MONTHS } from '../../domain/vendors/risk';
import { RISK_TIERS, type RiskTier } from '../../domain/vendors/vocabulary';
import type { Db } from '../sqlite';
import { readSetting, writeSetting } from '../workspace-settings';

type Cadence = Record<RiskTier, number>;

const isCadence = (value: unknown): value is Cadence =>
  typeof value === 'object' &&
  value !== null &&
  Object.keys(RISK_TIERS).every((tier) => {
    const months = (value as Record<string, unknown>)[tier];
    return typeof months === 'number' && Number.isInteger(months) && months >= 1;
  });

/** The review cadence the officer set; the shipped one when never set or (the file being edited by hand) unreadable. */
export function readCadence(db: Db): Cadence {
  const stored = readSetting(db, 'vendors.cadence');
  return isCadence(stored) ? { high: stored.high, medium: stored.medium, low: stored.low } : { ...REVIEW_CADENCE_MONTHS };
}

export function writeCadence(db: Db, cadence: Cadence): void {
  writeSetting(db, 'vendors.cadence', cadence);
}
