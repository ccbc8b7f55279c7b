/**
 * The task checklist a request gets from the inventory: whose data (the requester's relationship
 * mapped to Fides data subjects), where it is (the systems of the active activities about those
 * subjects), and what to do there (the actions the request types need).
 */
import type { RequestType } from '../deadlines/rules';
import type { Relationship, TaskAction } from './vocabulary';

/** The Fides data subjects (their keys) a requester of each relationship is one of. */
export const RELATIONSHIP_SUBJECTS: Readonly<Record<Relationship, readonly string[]>> = {
  customer: ['customer'],
  former_customer: ['customer'],
  end_user: ['customer'],
  website_visitor: ['visitor'],
  prospect: ['prospect'],
  employee: ['employee'],
  former_employee: ['employee'],
  job_applicant: ['job_applicant'],
  contractor: ['consultant'],
  other: [],
};

/** What each request type needs done in every system holding the person's data. */
export const TYPE_ACTIONS: Readonly<Partial<Record<RequestType, readonly TaskAction[]>>> = {
  access: ['search', 'export'],
  confirmation: ['search', 'export'],
  portability: ['search', 'export'],
  erasure: ['delete'],
  rectification: ['correct'],
  restriction: ['restrict'],
  objection: ['stop'],
  opt_out_sale_sharing: ['stop'],
  opt_out_profiling: ['stop'],
  withdraw_consent: ['stop'],
  limit_sensitive: ['stop'],
};

/** Types after which the recipients must be told (GDPR Art. 19): once per request. */
const NOTIFY_TYPES: readonly RequestType[] = ['erasure', 'rectification', 'restriction'];

const ACTION_ORDER: readonly TaskAction[] = ['search', 'export', 'correct', 'delete', 'restrict', 'stop', 'notify_recipients', 'other'];

const DESCRIBE: Readonly<Record<Exclude<TaskAction, 'notify_recipients' | 'other'>, (system: string) => string>> = {
  search: (system) => `Search for the person’s data in ${system}`,
  export: (system) => `Export a copy of the person’s data from ${system}`,
  correct: (system) => `Correct the person’s data in ${system}`,
  delete: (system) => `Delete the person’s data in ${system}`,
  restrict: (system) => `Restrict the processing of the person’s data in ${system}`,
  stop: (system) => `Stop processing the person’s data in ${system}`,
};

export interface TaskSystem {
  id: number;
  name: string;
}

export interface PlannedTask {
  systemId: number | null;
  systemName: string;
  action: TaskAction;
  description: string;
}

/** The actions the request types need in each system, in a fixed order, each once. */
export function actionsFor(types: readonly RequestType[]): TaskAction[] {
  const wanted = new Set(types.flatMap((type) => TYPE_ACTIONS[type] ?? []));
  return ACTION_ORDER.filter((action) => wanted.has(action));
}

/**
 * The tasks to add: one per system per action, then one to tell the recipients where the types
 * call for it and the activities have recipients. A task already on the request (same system and
 * action) is not planned again.
 */
export function planTasks(
  types: readonly RequestType[],
  systems: readonly TaskSystem[],
  recipients: readonly string[],
  existing: readonly { systemId: number | null; action: TaskAction }[],
): PlannedTask[] {
  const taken = new Set(existing.map((task) => `${task.systemId ?? ''}:${task.action}`));
  const planned: PlannedTask[] = [];
  const add = (task: PlannedTask) => {
    const key = `${task.systemId ?? ''}:${task.action}`;
    if (taken.has(key)) return;
    taken.add(key);
    planned.push(task);
  };
  const actions = actionsFor(types).filter((action): action is keyof typeof DESCRIBE => action in DESCRIBE);
  for (const system of systems) {
    for (const action of actions) add({ systemId: system.id, systemName: system.name, action, description: DESCRIBE[action](system.name) });
  }
  if (recipients.length > 0 && types.some((type) => NOTIFY_TYPES.includes(type))) {
    const shown = recipients.slice(0, 5).join(', ') + (recipients.length > 5 ? ` and ${recipients.length - 5} more` : '');
    add({ systemId: null, systemName: '', action: 'notify_recipients', description: `Tell the recipients of the data about the change (GDPR Art. 19): ${shown}` });
  }
  return planned;
}
