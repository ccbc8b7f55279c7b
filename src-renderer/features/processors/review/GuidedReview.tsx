import { Anchor, Button, Center, Group, Loader, Paper, Radio, SimpleGrid, Stack, Stepper, Text, Textarea, TextInput, Title } from '@mantine/core';
import { IconArrowLeft } from '@tabler/icons-react';
import { type ReactNode, useRef, useState } from 'react';
import { REVIEW_DECISIONS, type ReviewDecision, type VendorDetail } from '../../../app/api';
import { formatDate, todayIso } from '../../../ui/format-date';
import { notifySuccess } from '../../../ui/notify';
import { Page } from '../../../ui/Page';
import { useDraft } from '../../../ui/use-draft';
import { useSubmit } from '../../../ui/use-submit';
import { isCode, vocabularyOptions } from '../../../ui/vocabulary';
import { openVendor, vendorHref } from '../processors-route';
import { FlagBadges, NextReview, TierBadge } from '../vendor-badges';
import { ContractTab } from '../vendor/ContractTab';
import { DataReceivedTab } from '../vendor/DataReceivedTab';
import { FindingsTab } from '../vendor/FindingsTab';
import { SecurityTab } from '../vendor/SecurityTab';
import { TransfersTab } from '../vendor/TransfersTab';
import { useVendor, type VendorPartProps } from '../vendor/use-vendor';
import { ReadOnlyNote } from '../../../ui/ReadOnly';
import { useCan, whoCan } from '../../workspace/person-context';

const DECISION_OPTIONS = vocabularyOptions(REVIEW_DECISIONS);

/** The last step: the decision, recorded with the risk as it stands; the next review date follows from it. */
function DecisionStep({ vendor }: { vendor: VendorDetail }) {
  const draft = useDraft(() => ({ decision: 'approved' as ReviewDecision, conditions: '', reviewer: '', reviewedOn: todayIso() }));
  const formRef = useRef<HTMLFormElement>(null);
  const { submit, submitting } = useSubmit('vendors.recordReview', draft.setErrors, formRef);
  const { values } = draft;
  const canRecord = useCan('vendors.recordReview');

  async function record() {
    const saved = await submit({ ...values, recipientId: vendor.profile.recipientId });
    if (!saved) return;
    notifySuccess(`Review recorded: ${REVIEW_DECISIONS[values.decision].toLowerCase()}. Next review on ${formatDate(saved.nextReviewOn)}.`);
    openVendor(vendor.profile.recipientId, 'history');
  }

  if (!canRecord) return <ReadOnlyNote>{`Recording a review decision: ${whoCan('vendors.recordReview').replace('Only', 'only').replace('change this', 'record it')}`}</ReadOnlyNote>;

  return (
    <form
      ref={formRef}
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        if (!submitting) void record();
      }}
    >
      <Stack gap="sm" maw={720}>
        <Group gap="sm">
          <Text size="sm">The decision is recorded with the risk as it stands:</Text>
          <TierBadge tier={vendor.risk.tier} points={vendor.risk.points} />
          <Text size="sm">
            {vendor.questionnaire.result ? `questionnaire ${vendor.questionnaire.result.score} / 100` : 'questionnaire not answered'}
          </Text>
        </Group>
        <Radio.Group label="Decision" value={values.decision} onChange={(decision) => isCode(REVIEW_DECISIONS, decision) && draft.set('decision', decision)} {...draft.at('decision')}>
          <Group gap="lg" mt={6}>
            {DECISION_OPTIONS.map((option) => (
              <Radio key={option.value} value={option.value} label={option.label} />
            ))}
          </Group>
        </Radio.Group>
        <Textarea
          label={values.decision === 'rejected' ? 'Reasons for the rejection' : 'Conditions'}
          description={values.decision === 'approved' ? 'Optional for an approval' : undefined}
          autosize
          minRows={3}
          {...draft.text('conditions')}
        />
        <SimpleGrid cols={2} spacing="sm">
          <TextInput label="Reviewer" {...draft.text('reviewer')} />
          <TextInput label="Reviewed on" type="date" aria-required {...draft.text('reviewedOn')} />
        </SimpleGrid>
        <Group>
          <Button type="submit" loading={submitting}>
            Record decision
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

interface Step {
  label: string;
  description: string;
  /** What the officer checks on this step. */
  intro: string;
  View: (props: VendorPartProps) => ReactNode;
}

const STEPS: readonly Step[] = [
  {
    label: 'Data received',
    description: 'What it gets',
    intro: 'Check that the inventory names every activity and system that sends data to this vendor, and nothing more.',
    View: ({ vendor }) => <DataReceivedTab vendor={vendor} />,
  },
  {
    label: 'Contract and transfers',
    description: 'Agreement, countries',
    intro: 'Bring the processing agreement and the transfer mechanisms up to date. Save each part you change.',
    View: (props) => (
      <Stack gap="lg">
        <ContractTab {...props} />
        <Title order={3} size="h5">
          Transfers
        </Title>
        <TransfersTab {...props} />
      </Stack>
    ),
  },
  { label: 'Questionnaire', description: 'Security answers', intro: 'Answer each question with what the vendor showed you, and save.', View: SecurityTab },
  { label: 'Findings', description: 'What to fix', intro: 'Record what needs fixing, with an owner and a due date; close what has been fixed.', View: FindingsTab },
  { label: 'Decision', description: 'Approve or reject', intro: 'Decide, giving the conditions of an approval with conditions or the reasons for a rejection.', View: ({ vendor }) => <DecisionStep vendor={vendor} /> },
];

/** A review of one vendor, step by step, ending in a decision recorded in its history. */
export function GuidedReview({ id }: { id: number }) {
  const { vendor, changed } = useVendor(id);
  const [active, setActive] = useState(0);

  if (!vendor) {
    return (
      <Center h={200}>
        <Loader aria-label="Opening the vendor" />
      </Center>
    );
  }
  const step = STEPS[active];
  const last = active === STEPS.length - 1;

  return (
    <Stack gap="md">
      <Anchor href={vendorHref(id)} size="sm">
        <Group gap={4}>
          <IconArrowLeft size={14} aria-hidden /> {vendor.profile.name}
        </Group>
      </Anchor>
      <Page
        title={`Review of ${vendor.profile.name}`}
        wide
        actions={
          <Group gap="md">
            <TierBadge tier={vendor.risk.tier} points={vendor.risk.points} size="lg" />
            <Text size="sm">
              Next review <NextReview on={vendor.nextReviewOn} />
            </Text>
          </Group>
        }
      >
        <FlagBadges flags={vendor.flags} wrap />
        <Stepper active={active} onStepClick={setActive} size="sm" allowNextStepsSelect>
          {STEPS.map((candidate) => (
            <Stepper.Step key={candidate.label} label={candidate.label} description={candidate.description} />
          ))}
        </Stepper>
        {step && (
          <Paper withBorder radius="md" p="md" component="section" aria-label={step.label}>
            <Stack gap="md">
              <Text size="sm" c="dimmed">
                Step {active + 1} of {STEPS.length}: {step.intro}
              </Text>
              <step.View vendor={vendor} onChanged={changed} />
            </Stack>
          </Paper>
        )}
        <Group justify="space-between">
          <Button variant="default" onClick={() => setActive(active - 1)} disabled={active === 0}>
            Back
          </Button>
          {!last && <Button onClick={() => setActive(active + 1)}>Next</Button>}
        </Group>
      </Page>
    </Stack>
  );
}
