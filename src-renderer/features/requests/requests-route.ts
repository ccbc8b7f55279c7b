import type { CallInput } from '../../app/api';
import { navigateHash, useHashRoute } from '../../app/use-hash-section';

const SECTION = 'requests';

export type DueFilter = NonNullable<CallInput<'requests.list'>['due']>;
const DUE_FILTERS: readonly DueFilter[] = ['any', 'overdue', 'this_week', 'next_30_days'];

/**
 * `#/requests[?due=overdue]`: the list, filtered by due date when a reminder links to it;
 * `#/requests/new`: the list with the intake form over it; `#/requests/<id>`: one request.
 */
export type RequestsRoute = { view: 'list'; intake: boolean; due: DueFilter } | { view: 'request'; id: number };

export function useRequestsRoute(): RequestsRoute {
  const { path, params } = useHashRoute();
  const id = Number(path[0]);
  if (Number.isInteger(id) && id > 0) return { view: 'request', id };
  const due = DUE_FILTERS.find((filter) => filter === params.get('due')) ?? 'any';
  return { view: 'list', intake: path[0] === 'new', due };
}

export function openRequest(id: number): void {
  navigateHash(SECTION, [String(id)]);
}

export function openRequestList(due: DueFilter = 'any'): void {
  navigateHash(SECTION, [], due === 'any' ? {} : { due });
}

export function openIntake(): void {
  navigateHash(SECTION, ['new']);
}

/** The link to the list filtered by due date, for anchors (a reminder's "Show them"). */
export function requestListHref(due: DueFilter): string {
  return `#/${SECTION}?due=${due}`;
}
