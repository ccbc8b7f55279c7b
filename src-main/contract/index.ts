import type { z } from 'zod';
import type { CallDef } from './define';
import type { Result } from './errors';
import { exchangeCalls } from './exchange';
import { inventoryCalls } from './inventory';
import { settingsCalls } from './settings';
import { spreadsheetCalls } from './spreadsheet';
import { workspaceCalls } from './workspace';

/** Every call of the API, merged from one module per feature area. */
export const contract = {
  ...workspaceCalls,
  ...settingsCalls,
  ...inventoryCalls,
  ...exchangeCalls,
  ...spreadsheetCalls,
} as const;

export type Contract = typeof contract;
export type CallName = keyof Contract;
export type CallInput<K extends CallName> = z.input<Contract[K]['input']>;
export type ParsedInput<K extends CallName> = z.output<Contract[K]['input']>;
export type CallOutput<K extends CallName> = Contract[K] extends CallDef<z.ZodType, infer O> ? O : never;

export const callNames = Object.keys(contract) as CallName[];

export function isCallName(name: unknown): name is CallName {
  return typeof name === 'string' && Object.hasOwn(contract, name);
}

/** The channel prefix the Electron transport uses; one channel per call. */
export const IPC_PREFIX = 'pw:';

export * from './errors';
export * from './exchange';
export * from './inventory';
export { COUNTRY_CODES, transferStatus, type TransferStatus } from '../domain/countries';
export { GAP_CODES, isGapCode, type Gap, type GapCode } from '../domain/inventory/completeness';
export type * from '../domain/inventory/data-map';
export type * from '../domain/inventory/records';
export * from '../domain/inventory/vocabulary';
export { FIDESLANG_ATTRIBUTION } from '../domain/attribution';
export type { CallDef } from './define';
export * from './settings';
export * from './spreadsheet';
export * from './workspace';

/** What the preload exposes as `window.privacyApi`, and what the HTTP bridge answers: one function per call. */
export type Bridge = {
  [K in CallName]: (input: CallInput<K>) => Promise<Result<CallOutput<K>>>;
};
