import { Checkbox, Textarea, TextInput } from '@mantine/core';
import type { ChangeEvent } from 'react';
import type { Agent } from '../../../app/api';
import type { Draft } from '../../../ui/use-draft';
import type { IntakeDraft } from './intake-draft';

/** A request made on someone's behalf: the authorised agent and how their authority was shown. */
export function AgentFields({ draft }: { draft: Draft<IntakeDraft> }) {
  const agent = draft.values.agent;
  const text = (field: keyof Agent) => ({
    value: agent[field],
    onChange: (event: ChangeEvent<HTMLInputElement | HTMLTextAreaElement>) => draft.set('agent', { ...agent, [field]: event.currentTarget.value }, `agent.${field}`),
    ...draft.at(`agent.${field}`),
  });

  return (
    <>
      <Checkbox label="Made on behalf of someone (authorised agent)" {...draft.check('onBehalf')} />
      {draft.values.onBehalf && (
        <>
          <TextInput label="Agent’s name" aria-required {...text('name')} />
          <TextInput label="Agent’s contact" {...text('contact')} />
          <Textarea label="Authority" description="How the authority was shown: signed permission, power of attorney…" autosize minRows={2} {...text('authority')} />
        </>
      )}
    </>
  );
}
