import { expect } from 'vitest';
import type { ApiError, Result } from '../../src-main/contract/errors';

/**
 * What a stack trace, a source location or an error's own name looks like once it is in a JSON answer.
 * (The looser `/at .*\(|\.ts:\d+/` also matches ordinary sentences: "That passphrase ... (and the keyboard layout)".)
 */
export const STACK_TRACE = /\bat [^"]*:\d+:\d+|\.[cm]?[jt]sx?:\d+|node:internal|\b[A-Z][a-z]*Error: /;

/** The error of a failed Result; fails the test if the call succeeded. */
export function errorOf(result: Result<unknown>): ApiError {
  if (result.ok) throw new Error(`expected a failure, got ok: ${JSON.stringify(result.value)}`);
  expect(JSON.stringify(result)).not.toMatch(STACK_TRACE);
  return result.error;
}

/** The value of a successful Result; fails the test with the error if the call failed. */
export function valueOf<T>(result: Result<T>): T {
  if (!result.ok) throw new Error(`expected ok, got ${JSON.stringify(result.error)}`);
  return result.value;
}
