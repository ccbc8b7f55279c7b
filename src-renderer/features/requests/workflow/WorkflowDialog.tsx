import { Alert, Textarea, TextInput } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useState } from 'react';
import type { SubjectRequest } from '../../../app/api';
import { todayIso } from '../../../ui/format-date';
import { type Regimes, useRegimes } from '../use-regimes';
import { ActionDialog, type ErrorAt } from './ActionDialog';
import { needsReason, type WorkflowAction } from './status-actions';

interface WorkflowDialogProps {
  request: SubjectRequest;
  action: WorkflowAction;
  onClose: () => void;
  onDone: (request: SubjectRequest) => void;
}

const REASON_HINTS = {
  denied: 'The reason or the exemption relied on; the person must be told.',
  partially_completed: 'What was left out and why; the person must be told.',
} as const;

interface ReasonFieldProps {
  label: string;
  description: string;
  required: boolean;
  value: string;
  onChange: (value: string) => void;
  field: ReturnType<ErrorAt>;
}

function ReasonField({ label, description, required, value, onChange, field }: ReasonFieldProps) {
  return (
    <Textarea
      label={label}
      description={description}
      aria-required={required}
      autosize
      minRows={3}
      data-autofocus
      value={value}
      onChange={(event) => onChange(event.currentTarget.value)}
      {...field}
    />
  );
}

/** Why the deadline will not move for a pause, when no rule of the request's regime for its types allows one; null otherwise. */
function pauseNotAllowed(request: SubjectRequest, regimes: Regimes): string | null {
  const regime = regimes.regimes.find((candidate) => candidate.id === request.regimeId);
  if (!regime) return null;
  const rules = request.types.flatMap((type) => regime.rules[type] ?? []);
  if (rules.length === 0 || rules.some((rule) => rule.pauses.allowed)) return null;
  return `${regime.name} allows no pause for this request: the pause is recorded, but the deadline does not move. ${rules[0]?.pauses.note ?? ''}`.trim();
}

/** The dialog behind a workflow button: a move with its reason, an extension with the date the person was told, a pause or a resume. */
export function WorkflowDialog({ request, action, onClose, onDone }: WorkflowDialogProps) {
  const [reason, setReason] = useState('');
  const [date, setDate] = useState(todayIso());
  const regimes = useRegimes();
  const frame = { title: `${action.label}: ${request.reference}`, confirmLabel: action.label, onClose, onDone };
  const dateField = (label: string, description: string, errorAt: ErrorAt, path: string) => (
    <TextInput type="date" label={label} description={description} aria-required value={date} onChange={(event) => setDate(event.currentTarget.value)} {...errorAt(path)} />
  );

  switch (action.kind) {
    case 'pause':
      return (
        <ActionDialog {...frame} call="requests.pause" toInput={() => ({ id: request.id, from: date, reason })}>
          {(errorAt) => (
            <>
              {pauseNotAllowed(request, regimes) && (
                <Alert color="orange" icon={<IconAlertTriangle size={18} />} p="xs">
                  {pauseNotAllowed(request, regimes)}
                </Alert>
              )}
              <ReasonField label="Why the clock stops" description="E.g. waiting for the person to confirm their identity or clarify the request." required value={reason} onChange={setReason} field={errorAt('reason')} />
              {dateField('Paused from', 'The first day the clock stands still.', errorAt, 'from')}
            </>
          )}
        </ActionDialog>
      );
    case 'resume':
      return (
        <ActionDialog {...frame} call="requests.resume" toInput={() => ({ id: request.id, on: date })}>
          {(errorAt) => dateField('Resumed on', 'The paused days are added to the deadline.', errorAt, 'on')}
        </ActionDialog>
      );
    case 'transition': {
      const { to } = action;
      if (to === 'extended') {
        return (
          <ActionDialog {...frame} call="requests.transition" toInput={() => ({ id: request.id, to, extension: { reason, notifiedOn: date } })}>
            {(errorAt) => (
              <>
                <ReasonField label="Reason for the extension" description="E.g. the complexity and number of requests; it goes into the notice to the person." required value={reason} onChange={setReason} field={errorAt('extension.reason')} />
                {dateField('Date the person was told', 'Must fall inside the original period.', errorAt, 'extension.notifiedOn')}
              </>
            )}
          </ActionDialog>
        );
      }
      const required = needsReason(to);
      const hint = to === 'denied' || to === 'partially_completed' ? REASON_HINTS[to] : 'Recorded in the history.';
      return (
        <ActionDialog {...frame} call="requests.transition" danger={to === 'denied'} toInput={() => ({ id: request.id, to, reason })}>
          {(errorAt) => <ReasonField label={required ? 'Reason' : 'Reason (optional)'} description={hint} required={required} value={reason} onChange={setReason} field={errorAt('reason')} />}
        </ActionDialog>
      );
    }
  }
}
