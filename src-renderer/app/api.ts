/**
 * The renderer's only door to the contract and to the background service.
 * Every other renderer file imports contract types and values from here, so
 * the boundary with src-main stays one line wide.
 */
import type { z } from 'zod';
import {
  contract,
  type ApiError,
  type Bridge,
  type CallInput,
  type CallName,
  type CallOutput,
  type Result,
} from '../../src-main/contract';

// The whole contract (types, vocabularies with their labels, input schemas): adding a call needs no change here.
export * from '../../src-main/contract';

declare global {
  interface Window {
    /** Set by the Electron preload; absent in the local browser mode. */
    privacyApi?: Bridge;
  }
}

export type FieldErrors = Record<string, string>;
export type Transport = 'electron' | 'browser' | 'missing-token';

const TOKEN_KEY = 'pw-token';
const TOKEN_IN_HASH = /^#token=([0-9a-f]+)(?:&(.*))?$/i;
const NOT_ANSWERING: ApiError = {
  code: 'INTERNAL',
  message: "The app's background service is not answering. Restart it and reload.",
};

let token: string | null = null;

/**
 * Picks the transport once, before the first render. In browser mode the
 * one-time token arrives in the URL fragment; it moves to sessionStorage so a
 * reload keeps working, and leaves the address bar so it is not copied around.
 */
export function initTransport(): Transport {
  if (window.privacyApi) return 'electron';
  const match = TOKEN_IN_HASH.exec(window.location.hash);
  if (match?.[1]) {
    sessionStorage.setItem(TOKEN_KEY, match[1]);
    const rest = match[2] ? `#${match[2]}` : '';
    history.replaceState(history.state, '', `${window.location.pathname}${window.location.search}${rest}`);
  }
  token = sessionStorage.getItem(TOKEN_KEY);
  return token ? 'browser' : 'missing-token';
}

type LockedListener = () => void;
const lockedListeners = new Set<LockedListener>();

/** Any call answering LOCKED means the idle timer (or the shell) locked the workspace behind our back. */
export function onLockedError(listener: LockedListener): () => void {
  lockedListeners.add(listener);
  return () => lockedListeners.delete(listener);
}

export async function call<K extends CallName>(name: K, input: CallInput<K>): Promise<Result<CallOutput<K>>> {
  const result = await send(name, input);
  if (!result.ok && result.error.code === 'LOCKED') lockedListeners.forEach((listener) => listener());
  return result;
}

async function send<K extends CallName>(name: K, input: CallInput<K>): Promise<Result<CallOutput<K>>> {
  try {
    const bridge = window.privacyApi;
    if (bridge) return await bridge[name](input);
    const response = await fetch(`/api/${name}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-pw-token': token ?? '' },
      body: JSON.stringify(input),
    });
    // Errors come back as 4xx with a Result body, so the body decides, not the status.
    const body: unknown = await response.json();
    return isResult<CallOutput<K>>(body) ? body : { ok: false, error: NOT_ANSWERING };
  } catch {
    return { ok: false, error: NOT_ANSWERING };
  }
}

function isResult<T>(value: unknown): value is Result<T> {
  if (typeof value !== 'object' || value === null || !('ok' in value)) return false;
  if (value.ok === true) return 'value' in value;
  return 'error' in value && typeof value.error === 'object' && value.error !== null && 'message' in value.error;
}

/**
 * Checks input with the same schema the main process uses, so forms show the
 * same per-field messages before a round trip. Null when the input is valid.
 */
export function validateInput<K extends CallName>(name: K, input: CallInput<K>): FieldErrors | null {
  const schema: z.ZodType = contract[name].input;
  const parsed = schema.safeParse(input);
  if (parsed.success) return null;
  const fields: FieldErrors = {};
  for (const issue of parsed.error.issues) {
    const key = issue.path.map(String).join('.');
    fields[key] ??= issue.message;
  }
  return fields;
}
