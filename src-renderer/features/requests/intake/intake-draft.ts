import type { Agent, CallInput, RegimeId, RequestChannel, Requester, RequestType, SubjectRequest } from '../../../app/api';
import { localInputToInstant, toLocalInput } from '../../../ui/format-date';

/** The intake form's working copy; the regime follows the proposal until the officer chooses one. */
export interface IntakeDraft {
  types: RequestType[];
  channel: RequestChannel;
  /** An `<input type="datetime-local">` value, in this computer's time. */
  received: string;
  requester: Requester;
  onBehalf: boolean;
  agent: Agent;
  regimeChosen: boolean;
  regimeId: RegimeId | null;
  assignee: string;
}

export type RequesterText = Exclude<keyof Requester, 'relationship'>;

const NO_AGENT: Agent = { name: '', contact: '', authority: '' };

export function intakeDraftOf(request: SubjectRequest | null): IntakeDraft {
  return {
    types: request?.types ?? [],
    channel: request?.channel ?? 'email',
    received: toLocalInput(request ? new Date(request.receivedAt) : new Date()),
    requester: request?.requester ?? { name: '', email: '', phone: '', address: '', relationship: 'customer', residenceCountry: '', residenceRegion: '' },
    onBehalf: request?.agent != null,
    agent: request?.agent ?? NO_AGENT,
    regimeChosen: request !== null,
    regimeId: request?.regimeId ?? null,
    assignee: request?.assignee ?? '',
  };
}

/** The draft as `requests.create` takes it, with the regime in force (chosen or proposed). */
export function intakeInput(draft: IntakeDraft, regimeId: RegimeId | null): CallInput<'requests.create'> {
  return {
    types: draft.types,
    channel: draft.channel,
    receivedAt: localInputToInstant(draft.received),
    requester: draft.requester,
    agent: draft.onBehalf ? draft.agent : null,
    regimeId,
    assignee: draft.assignee,
  };
}
