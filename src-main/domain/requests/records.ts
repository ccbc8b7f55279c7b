import type { CalendarDate } from '../deadlines/calendar';
import type { DeadlineResult } from '../deadlines/engine';
import type { RegimeId } from '../deadlines/regimes';
import type { RequestType } from '../deadlines/rules';
import type { RequestChannel, Relationship, RequestStatus, TaskAction, VerificationMethod, VerificationOutcome } from './vocabulary';

/** A row of the request list: no requester details, which show only when a request is opened. */
export interface RequestRow {
  id: number;
  reference: string;
  types: RequestType[];
  regimeId: RegimeId | null;
  status: RequestStatus;
  channel: RequestChannel;
  receivedOn: CalendarDate;
  dueOn: CalendarDate | null;
  /** Negative when overdue; null for a closed request or a rule without a date. */
  daysLeft: number | null;
  assignee: string;
  openTasks: number;
  closedOn: CalendarDate | null;
  anonymised: boolean;
}

export interface Requester {
  name: string;
  email: string;
  phone: string;
  address: string;
  relationship: Relationship;
  /** ISO country and, where the law is a state's, the region ('CA'). */
  residenceCountry: string;
  residenceRegion: string;
}

export interface Agent {
  name: string;
  contact: string;
  /** How the agent's authority was shown (signed permission, power of attorney). */
  authority: string;
}

/**
 * The engine's answer for the request's governing type: each step in plain words (`explanation`),
 * which counting convention was used where the law is unsettled, the source and its marker.
 * Optional dates of the engine are null here; the warnings of every requested type are merged.
 */
export interface RequestDeadline
  extends Pick<DeadlineResult, 'dueOn' | 'dueText' | 'originalDueOn' | 'pausedDays' | 'warnings' | 'explanation' | 'convention' | 'source' | 'verification' | 'needsLegalReview'> {
  acknowledgeBy: CalendarDate | null;
  extendedDueOn: CalendarDate | null;
  /** Negative when overdue; null for a closed request or a rule without a date. */
  daysLeft: number | null;
  /** The request type whose rule gives the earliest date, when several types were asked for. */
  governingType: RequestType | null;
}

export interface RequestEvent {
  id: number;
  at: string;
  kind: 'created' | 'updated' | 'status' | 'verification' | 'extension' | 'pause' | 'task' | 'note' | 'attachment' | 'assigned' | 'anonymised';
  fromStatus: RequestStatus | null;
  toStatus: RequestStatus | null;
  detail: string;
}

export interface RequestTask {
  id: number;
  systemId: number | null;
  /** The system's name when the task was made: kept if the system is later renamed or deleted. */
  systemName: string;
  action: TaskAction;
  description: string;
  doneAt: string | null;
  doneBy: string;
}

export interface RequestNote {
  id: number;
  at: string;
  author: string;
  body: string;
}

export interface AttachmentInfo {
  id: number;
  fileName: string;
  mimeType: string;
  size: number;
  addedAt: string;
}

export interface SubjectRequest {
  id: number;
  reference: string;
  types: RequestType[];
  channel: RequestChannel;
  /** The instant of receipt as recorded, and its calendar date in the organisation's time zone. */
  receivedAt: string;
  receivedOn: CalendarDate;
  requester: Requester;
  agent: Agent | null;
  proposedRegimeIds: RegimeId[];
  regimeId: RegimeId | null;
  status: RequestStatus;
  /** For a denial: the reason or exemption; for a partial answer: what was left out and why. */
  outcomeReason: string;
  assignee: string;
  verification: { method: VerificationMethod | null; outcome: VerificationOutcome; note: string; at: string | null };
  extension: { reason: string; notifiedOn: CalendarDate | null } | null;
  pauses: { id: number; from: CalendarDate; to: CalendarDate | null; reason: string }[];
  deadline: RequestDeadline;
  tasks: RequestTask[];
  notes: RequestNote[];
  attachments: AttachmentInfo[];
  history: RequestEvent[];
  closedOn: CalendarDate | null;
  anonymisedAt: string | null;
  createdAt: string;
  updatedAt: string;
}
