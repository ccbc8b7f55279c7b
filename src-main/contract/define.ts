import type { z } from 'zod';

/**
 * One call of the API: its input schema travels at run time (the main process
 * validates with it, the renderer may reuse it in forms); its output is a type only.
 */
export interface CallDef<I extends z.ZodType, O> {
  readonly input: I;
  /** Phantom field: never set, carries the output type. */
  readonly output?: O;
}

export function call<I extends z.ZodType>(input: I) {
  return {
    returns<O>(): CallDef<I, O> {
      return { input };
    },
  };
}
