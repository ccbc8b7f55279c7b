/** How long the renderer may run before it lets the event loop in (an abort message, a progress post). */
const SLICE_MS = 25;

function abortError(reason: unknown): Error {
  const error = new Error('The report was cancelled.', { cause: reason });
  error.name = 'AbortError';
  return error;
}

/**
 * Cancellation and fairness for a long synchronous layout: check() throws once the signal is
 * aborted; tick() also yields to the event loop every few milliseconds, so an abort coming from
 * another event (a timer, a caller's Cancel) is seen promptly.
 */
export class Pacer {
  private lastYield = performance.now();

  constructor(private readonly signal?: AbortSignal) {}

  check(): void {
    if (this.signal?.aborted) throw abortError(this.signal.reason);
  }

  async tick(): Promise<void> {
    this.check();
    if (performance.now() - this.lastYield < SLICE_MS) return;
    await new Promise((resolve) => setImmediate(resolve));
    this.lastYield = performance.now();
    this.check();
  }
}
