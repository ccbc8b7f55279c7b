import type { CallName, CallOutput, ParsedInput } from '../../contract';

export type Handler<K extends CallName> = (input: ParsedInput<K>) => Promise<CallOutput<K>> | CallOutput<K>;

/** A handler for a subset of the calls; the area modules are merged into one `Handlers`. */
export type HandlersFor<K extends CallName> = { [P in K]: Handler<P> };

export type Handlers = HandlersFor<CallName>;
