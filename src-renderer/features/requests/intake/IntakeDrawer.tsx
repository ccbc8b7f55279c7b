import { Box, Button, Drawer, Group, MultiSelect, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useRef } from 'react';
import { REQUEST_CHANNELS, REQUEST_TYPES, type SubjectRequest, validateInput } from '../../../app/api';
import { notifySuccess } from '../../../ui/notify';
import { useDraft } from '../../../ui/use-draft';
import { useSubmit } from '../../../ui/use-submit';
import { isCode, vocabularyOptions } from '../../../ui/vocabulary';
import { VocabularySelect } from '../../../ui/VocabularySelect';
import { FormSection } from '../../inventory/editor/FormSection';
import { useRegimes } from '../use-regimes';
import { AgentFields } from './AgentFields';
import { intakeDraftOf, intakeInput } from './intake-draft';
import { RegimeField } from './RegimeField';
import { RequesterFields } from './RequesterFields';
import { useProposedRegimes } from './use-proposed-regimes';

/** Why a time of receipt after now is refused; null when it is not in the future. */
function futureReceipt(receivedAt: string): string | null {
  const at = Date.parse(receivedAt);
  return Number.isNaN(at) || at <= Date.now() ? null : 'A request cannot be received in the future: give the date and time it arrived.';
}

interface IntakeDrawerProps {
  /** The request to edit; null to log a new one. */
  request: SubjectRequest | null;
  onClose: () => void;
  onSaved: (request: SubjectRequest) => void;
}

/** "Log a request" (and "Edit intake"): what was asked, how and when, by whom, and the regime whose deadline applies. */
export function IntakeDrawer({ request, onClose, onSaved }: IntakeDrawerProps) {
  const draft = useDraft(() => intakeDraftOf(request));
  const formRef = useRef<HTMLFormElement>(null);
  const create = useSubmit('requests.create', draft.setErrors, formRef);
  const update = useSubmit('requests.update', draft.setErrors, formRef);
  const regimes = useRegimes();
  const { requester, regimeChosen } = draft.values;
  const proposed = useProposedRegimes(requester.residenceCountry, requester.residenceRegion);
  const regimeId = regimeChosen ? draft.values.regimeId : (proposed[0]?.id ?? null);

  async function save() {
    const input = intakeInput(draft.values, regimeId);
    // Every mistake at once: the contract's own check stops at the first call, and a receipt in the future is only refused by the service.
    const future = futureReceipt(input.receivedAt);
    const invalid = validateInput('requests.create', input);
    if (future && invalid) {
      draft.setErrors({ ...invalid, receivedAt: invalid.receivedAt ?? future });
      requestAnimationFrame(() => formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus());
      return;
    }
    const saved = request ? await update.submit({ ...input, id: request.id }) : await create.submit(input);
    if (!saved) return;
    notifySuccess(request ? `${saved.reference} saved.` : `${saved.reference} logged. Its deadline is on the request.`);
    onSaved(saved);
  }

  return (
    <Drawer opened onClose={onClose} position="right" size="min(820px, 94vw)" title={request ? `Edit ${request.reference}` : 'Log a request'} styles={{ title: { fontWeight: 700, fontSize: 'var(--mantine-font-size-lg)' } }}>
      <form
        ref={formRef}
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          void save();
        }}
      >
        <Stack gap="lg" pb="md">
          <FormSection title="The request">
            <MultiSelect
              label="Request types"
              aria-required
              data={vocabularyOptions(REQUEST_TYPES)}
              value={draft.values.types}
              onChange={(types) => draft.set('types', types.filter((type) => isCode(REQUEST_TYPES, type)))}
              searchable
              data-autofocus
              {...draft.at('types')}
            />
            <SimpleGrid cols={2} spacing="sm">
              <VocabularySelect label="Channel" vocabulary={REQUEST_CHANNELS} {...draft.field('channel')} />
              <TextInput
                label="Received"
                description="Date and time of receipt; the deadline counts from it"
                type="datetime-local"
                step={1}
                aria-required
                value={draft.values.received}
                onChange={(event) => draft.set('received', event.currentTarget.value, 'receivedAt')}
                {...draft.at('receivedAt')}
              />
            </SimpleGrid>
          </FormSection>
          <FormSection title="Requester">
            <RequesterFields draft={draft} />
            <AgentFields draft={draft} />
          </FormSection>
          <FormSection title="Handling">
            <RegimeField
              regimes={regimes}
              proposed={proposed}
              value={regimeId}
              chosen={regimeChosen}
              onChange={(id) => {
                draft.set('regimeChosen', true);
                draft.set('regimeId', id);
              }}
              error={draft.errors.regimeId}
            />
            <TextInput label="Assignee" description="Who handles it" {...draft.text('assignee')} />
          </FormSection>
        </Stack>
        <Box pos="sticky" bottom={0} py="sm" bg="var(--mantine-color-body)" style={{ borderTop: '1px solid var(--mantine-color-default-border)', zIndex: 2 }}>
          <Group gap="xs">
            <Button type="submit" loading={create.submitting || update.submitting}>
              {request ? 'Save' : 'Log the request'}
            </Button>
            <Button variant="default" onClick={onClose}>
              Cancel
            </Button>
          </Group>
        </Box>
      </form>
    </Drawer>
  );
}
