import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CLOSED_STATUSES, REQUEST_STATUSES, type RequestStatus, TRANSITIONS } from './vocabulary';
import { nextStatuses, transitionRefusal } from './workflow';

const STATUSES = Object.keys(REQUEST_STATUSES) as RequestStatus[];

describe('transitionRefusal', () => {
  it('allows exactly the moves of TRANSITIONS (a paused request: back where it was, or closed)', () => {
    fc.assert(
      fc.property(fc.constantFrom(...STATUSES), fc.constantFrom(...STATUSES), fc.constantFrom<RequestStatus | null>(null, ...STATUSES), (from, to, pausedFrom) => {
        const refusal = transitionRefusal(from, to, pausedFrom);
        if (refusal === null) expect(TRANSITIONS[from]).toContain(to);
        if (!TRANSITIONS[from].includes(to)) expect(refusal).toEqual(expect.any(String));
        if (CLOSED_STATUSES.includes(from)) expect(refusal).toMatch(/stays closed/);
      }),
    );
  });

  it('says why, in words a person reads', () => {
    expect(transitionRefusal('completed', 'in_progress')).toBe('A completed request cannot move to In progress: a closed request stays closed.');
    expect(transitionRefusal('received', 'completed')).toBe(
      'A request that is Received cannot move to Completed. From Received it can move to Verifying identity, In progress, Paused, Denied or Withdrawn.',
    );
    expect(transitionRefusal('in_progress', 'in_progress')).toBe('The request is already In progress.');
    expect(transitionRefusal('paused', 'in_progress', 'verifying')).toBe('A paused request resumes where it was (Verifying identity), not at In progress.');
    expect(transitionRefusal('paused', 'denied', 'verifying')).toBeNull();
  });

  it('lists the next statuses', () => {
    expect(nextStatuses('paused', 'extended')).toEqual(['extended', 'denied', 'withdrawn']);
    expect(nextStatuses('withdrawn')).toEqual([]);
  });
});
