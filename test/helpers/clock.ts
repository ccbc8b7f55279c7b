import type { Clock } from '../../src-main/services/workspace-session';

/** A clock the test moves by hand, for the idle lock. */
export class FakeClock implements Clock {
  private current: number;

  constructor(start: Date | string = '2026-11-29T10:00:00Z') {
    this.current = new Date(start).getTime();
  }

  now(): Date {
    return new Date(this.current);
  }

  set(to: Date | string): void {
    this.current = new Date(to).getTime();
  }

  advance(ms: number): void {
    this.current += ms;
  }
}

export const SECOND = 1000;
export const MINUTE = 60 * SECOND;
