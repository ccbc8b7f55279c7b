import type { Clock, WorkspaceSession } from '../workspace-session';
import { InventoryStore } from '../inventory/context';
import { backlogService } from './backlog';
import { type Answer, loadRequest, requestContext } from './context';
import { intakeService } from './intake';
import { housekeeper, settingsService } from './settings';
import { tasksService } from './tasks';
import { workflowService } from './workflow';

/** Data-subject requests over the open workspace: every change one transaction with its history step. */
export function createRequestService(session: WorkspaceSession, clock: Clock) {
  const ctx = requestContext(new InventoryStore(session, clock));
  const upkeep = housekeeper(ctx);
  const get: Answer<'requests.get'> = ({ id }) => ctx.store.read((db) => loadRequest(db, id, ctx.rules(db), { store: false }));
  return {
    get,
    ...intakeService(ctx),
    ...workflowService(ctx),
    ...tasksService(ctx),
    ...backlogService(ctx, () => upkeep.run()),
    ...settingsService(ctx),
  };
}

export type RequestService = ReturnType<typeof createRequestService>;
