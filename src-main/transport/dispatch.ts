import type { z } from 'zod';
import { contract, isCallName, type CallName } from '../contract';
import { AppError, type ApiError, type Result } from '../contract/errors';
import { can, forbiddenMessage, type Role } from '../domain/people/roles';
import type { Handler, Handlers } from './handlers/types';

export type Dispatch = (name: unknown, input: unknown) => Promise<Result<unknown>>;

export interface DispatchOptions {
  /** Runs after validation, before the handler: the idle lock counts these as use. */
  beforeCall?: (name: CallName) => void;
  /** Where unexpected failures are written; never given the call's input, so no passphrase reaches a log. */
  logError?: (name: string, error: unknown) => void;
  /** The unlocked person's role, or null while locked (the services then answer LOCKED themselves). */
  role?: () => Role | null;
}

/**
 * The single entry for every transport: checks the name, the unlocked person's role against
 * the call's `needs`, and validates the input against the contract before any service runs, and turns every outcome into a
 * Result. No stack trace and no internal message crosses the boundary.
 */
export function createDispatcher(handlers: Handlers, options: DispatchOptions = {}): Dispatch {
  return async (name, input) => {
    if (!isCallName(name)) {
      const message = typeof name === 'string' ? `There is no call named “${name.slice(0, 80)}”.` : 'A call needs a name.';
      return failure({ code: 'VALIDATION', message });
    }
    // Before validation: a refused call learns nothing about its input's rules.
    const role = options.role?.() ?? null;
    if (role !== null && !can(role, contract[name].needs)) return failure({ code: 'FORBIDDEN', message: forbiddenMessage(role, contract[name].needs) });
    const parsed = contract[name].input.safeParse(input ?? {});
    if (!parsed.success) return failure(validationError(parsed.error));
    try {
      options.beforeCall?.(name);
      const handler = handlers[name] as Handler<CallName>;
      return { ok: true, value: await handler(parsed.data as never) };
    } catch (error) {
      if (error instanceof AppError) return failure(error.toApiError());
      options.logError?.(name, error);
      return failure({
        code: 'INTERNAL',
        message: 'Something went wrong inside the app, and nothing was saved. Try again; if it keeps happening, restart the app.',
      });
    }
  };
}

function failure(error: ApiError): Result<never> {
  return { ok: false, error };
}

function validationError(error: z.ZodError): ApiError {
  const fields: Record<string, string> = {};
  for (const issue of error.issues) {
    const key = issue.path.map(String).join('.') || '_';
    fields[key] ??= issue.message;
  }
  const first = error.issues[0];
  const where = first && first.path.length > 0 ? `${first.path.map(String).join('.')}: ` : '';
  return { code: 'VALIDATION', message: `Please correct the input. ${where}${first?.message ?? 'Invalid input.'}`, fields };
}
