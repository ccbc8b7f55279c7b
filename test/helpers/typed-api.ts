import type { CallInput, CallName, CallOutput, Result } from '../../src-main/contract';
import type { Dispatch } from '../../src-main/transport/dispatch';

/** The dispatcher with each call's input and answer typed by the contract, for tests that send well-formed calls. */
export type TypedApi = <K extends CallName>(name: K, input: CallInput<K>) => Promise<Result<CallOutput<K>>>;

export const typedApi = (api: Dispatch): TypedApi => (name, input) => api(name, input) as never;
