import { Badge, Button, Group, Select, Stack, Text, Textarea } from '@mantine/core';
import { useState } from 'react';
import { call, VERIFICATION_METHODS, VERIFICATION_OUTCOMES, type SubjectRequest, type VerificationMethod, type VerificationOutcome } from '../../../app/api';
import { formatDateTime } from '../../../ui/format-date';
import { isCode, vocabularyOptions } from '../../../ui/vocabulary';
import { VocabularySelect } from '../../../ui/VocabularySelect';
import { SectionCard } from '../../../ui/SectionCard';
import type { RequestActions } from './use-request';
import { useCan } from '../../workspace/person-context';

const OUTCOME_COLOURS: Record<VerificationOutcome, string> = { pending: 'gray', verified: 'teal', failed: 'red', not_required: 'blue' };

/** How the requester's identity was checked, and with what outcome. */
export function VerificationSection({ request, actions }: { request: SubjectRequest; actions: RequestActions }) {
  const { verification } = request;
  const [method, setMethod] = useState<VerificationMethod | null>(verification.method);
  const [outcome, setOutcome] = useState<VerificationOutcome>(verification.outcome === 'pending' ? 'verified' : verification.outcome);
  const [note, setNote] = useState(verification.note);
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const open = request.closedOn === null;
  const canVerify = useCan('requests.verify');

  async function verify() {
    if (method === null) return setError('Choose how the identity was checked.');
    setSaving(true);
    await actions.run(call('requests.verify', { id: request.id, method, outcome, note }));
    setSaving(false);
  }

  return (
    <SectionCard title="Identity verification">
      <Group gap="xs">
        <Badge color={OUTCOME_COLOURS[verification.outcome]} variant="light">
          {VERIFICATION_OUTCOMES[verification.outcome]}
        </Badge>
        {verification.at && (
          <Text size="xs" c="dimmed">
            {formatDateTime(verification.at)}
          </Text>
        )}
      </Group>
      {verification.method && <Text size="sm">{VERIFICATION_METHODS[verification.method]}</Text>}
      {open && canVerify && (
        <Stack gap="xs">
          <Select
            label="Method"
            data={vocabularyOptions(VERIFICATION_METHODS)}
            value={method}
            onChange={(value) => {
              setMethod(isCode(VERIFICATION_METHODS, value) ? value : null);
              setError(null);
            }}
            error={error}
          />
          <VocabularySelect label="Outcome" vocabulary={VERIFICATION_OUTCOMES} value={outcome} onChange={setOutcome} />
          <Textarea label="Verification note" autosize minRows={2} value={note} onChange={(event) => setNote(event.currentTarget.value)} />
          <Group>
            <Button size="xs" loading={saving} onClick={() => void verify()}>
              Verify identity
            </Button>
          </Group>
        </Stack>
      )}
    </SectionCard>
  );
}
