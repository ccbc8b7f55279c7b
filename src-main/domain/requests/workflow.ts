/**
 * The status workflow of a request, as pure rules: which move is allowed from where, and the
 * sentence a person reads when it is not. The service applies a move only when
 * `transitionRefusal` gives null.
 */
import { CLOSED_STATUSES, REQUEST_STATUSES, type RequestStatus, TRANSITIONS } from './vocabulary';

export function isClosed(status: RequestStatus): boolean {
  return CLOSED_STATUSES.includes(status);
}

/** Statuses a paused request may go back to: only the one it was paused from. */
const RESUMABLE: readonly RequestStatus[] = ['received', 'verifying', 'in_progress', 'extended'];

const label = (status: RequestStatus) => REQUEST_STATUSES[status];
const lower = (status: RequestStatus) => label(status).toLowerCase();

function list(statuses: readonly RequestStatus[]): string {
  const labels = statuses.map(label);
  return labels.length > 1 ? `${labels.slice(0, -1).join(', ')} or ${labels.at(-1)}` : (labels[0] ?? '');
}

/**
 * Why a request in `from` may not move to `to`, or null when it may. `pausedFrom` is the status a
 * paused request was paused from (from its history): it resumes only to that one, or closes.
 */
export function transitionRefusal(from: RequestStatus, to: RequestStatus, pausedFrom: RequestStatus | null = null): string | null {
  if (isClosed(from)) return `A ${lower(from)} request cannot move to ${label(to)}: a closed request stays closed.`;
  if (from === to) return `The request is already ${label(to)}.`;
  const allowed = TRANSITIONS[from];
  if (!allowed.includes(to)) return `A request that is ${label(from)} cannot move to ${label(to)}. From ${label(from)} it can move to ${list(allowed)}.`;
  if (from === 'paused' && RESUMABLE.includes(to) && pausedFrom !== null && to !== pausedFrom) {
    return `A paused request resumes where it was (${label(pausedFrom)}), not at ${label(to)}.`;
  }
  return null;
}

/** The statuses a request in `from` may move to now (a paused one: where it was, or closed). */
export function nextStatuses(from: RequestStatus, pausedFrom: RequestStatus | null = null): RequestStatus[] {
  return TRANSITIONS[from].filter((to) => transitionRefusal(from, to, pausedFrom) === null);
}
