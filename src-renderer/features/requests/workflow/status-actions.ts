import { nextStatuses, type RequestStatus, type SubjectRequest } from '../../../app/api';

/** What a workflow button does: a plain move, or a pause or resume (which also stop and restart the clock). */
export type WorkflowAction = { kind: 'transition'; to: RequestStatus; label: string } | { kind: 'pause'; label: string } | { kind: 'resume'; label: string };

const MOVE_LABELS: Record<RequestStatus, string> = {
  received: 'Back to received',
  verifying: 'Start identity check',
  in_progress: 'Start work',
  extended: 'Extend',
  paused: 'Pause',
  completed: 'Complete',
  partially_completed: 'Partially complete',
  denied: 'Deny',
  withdrawn: 'Mark withdrawn',
};

/** Statuses a paused request returns to: only through Resume. */
const RESUMABLE: readonly RequestStatus[] = ['received', 'verifying', 'in_progress', 'extended'];

/** A denial or a partial answer tells the person why. */
export function needsReason(to: RequestStatus): boolean {
  return to === 'denied' || to === 'partially_completed';
}

/** The status a paused request was paused from, from its history. */
function pausedFrom(request: SubjectRequest): RequestStatus | null {
  const pause = request.history.findLast((event) => event.toStatus === 'paused');
  return pause?.fromStatus ?? null;
}

/** The buttons of the workflow: one per status the request may move to now, in the contract's order. */
export function workflowActions(request: SubjectRequest): WorkflowAction[] {
  const actions: WorkflowAction[] = [];
  for (const to of nextStatuses(request.status, pausedFrom(request))) {
    if (to === 'paused') actions.push({ kind: 'pause', label: MOVE_LABELS.paused });
    else if (request.status === 'paused' && RESUMABLE.includes(to)) {
      if (!actions.some((action) => action.kind === 'resume')) actions.push({ kind: 'resume', label: 'Resume' });
    } else actions.push({ kind: 'transition', to, label: MOVE_LABELS[to] });
  }
  return actions;
}
