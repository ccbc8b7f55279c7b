import type { z } from 'zod';
import type { Permission } from '../domain/people/roles';

/**
 * One call of the API: its input schema travels at run time (the main process
 * validates with it, the renderer may reuse it in forms); its output is a type only.
 * `needs`: the least permission the unlocked person's role must grant (the dispatcher
 * checks it before anything else runs).
 */
export interface CallDef<I extends z.ZodType, O> {
  readonly input: I;
  readonly needs: Permission;
  /** Phantom field: never set, carries the output type. */
  readonly output?: O;
}

export function call<I extends z.ZodType>(input: I, access: { needs: Permission }) {
  return {
    returns<O>(): CallDef<I, O> {
      return { input, needs: access.needs };
    },
  };
}
