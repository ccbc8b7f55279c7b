import { Badge, Button, Group, List, Paper, Radio, RingProgress, Stack, Text, TextInput } from '@mantine/core';
import { useRef } from 'react';
import { ANSWER_VALUES, type AnswerValue, type VendorDetail } from '../../../app/api';
import { notifySuccess } from '../../../ui/notify';
import { useDraft } from '../../../ui/use-draft';
import { useSubmit } from '../../../ui/use-submit';
import { isCode, vocabularyOptions } from '../../../ui/vocabulary';
import { Editable, ReadOnlyNote } from '../../../ui/ReadOnly';
import { useCan, whoCan } from '../../workspace/person-context';
import type { VendorPartProps } from './use-vendor';

const ANSWER_OPTIONS = vocabularyOptions(ANSWER_VALUES);

interface Draft {
  value: AnswerValue | null;
  evidence: string;
}

/** The score so far, how much is answered, and the weakest points (from the saved answers). */
function ScoreSummary({ questionnaire }: { questionnaire: VendorDetail['questionnaire'] }) {
  const { result, questions } = questionnaire;
  if (result === null) {
    return (
      <Text size="sm" c="dimmed">
        Not answered yet: answer the questions with what the vendor showed, then save to see the score.
      </Text>
    );
  }
  const colour = result.score >= 75 ? 'teal' : result.score >= 50 ? 'orange' : 'red';
  return (
    <Group align="flex-start" gap="lg" wrap="nowrap">
      <RingProgress
        size={96}
        thickness={9}
        roundCaps
        sections={[{ value: result.score, color: colour }]}
        label={
          <Text ta="center" fw={700} size="lg" aria-label={`Score ${result.score} of 100`}>
            {result.score}
          </Text>
        }
      />
      <Stack gap={4}>
        <Text size="sm">
          Score {result.score} / 100 · {result.answered} of {questions.length} questions answered
        </Text>
        {result.weakest.length > 0 && (
          <>
            <Text size="sm" fw={600}>
              Weakest points
            </Text>
            <List size="sm" spacing={2} aria-label="Weakest points">
              {result.weakest.map((weak) => (
                <List.Item key={weak.questionId}>
                  {weak.text} <Text span size="sm" c="dimmed">({weak.value === null ? 'unanswered' : ANSWER_VALUES[weak.value].toLowerCase()}, {weak.lost} lost)</Text>
                </List.Item>
              ))}
            </List>
          </>
        )}
      </Stack>
    </Group>
  );
}

/**
 * The security questionnaire: each question with Yes, Partly, No or Not applicable and the evidence seen.
 */
function QuestionnaireForm({ vendor, onChanged }: VendorPartProps) {
  const { questions, answers } = vendor.questionnaire;
  const draft = useDraft(() => ({
    answers: Object.fromEntries(
      questions.map((question) => {
        const answer = answers.find((candidate) => candidate.questionId === question.id);
        return [question.id, { value: answer?.value ?? null, evidence: answer?.evidence ?? '' } satisfies Draft];
      }),
    ),
  }));
  const formRef = useRef<HTMLFormElement>(null);
  const { submit, submitting } = useSubmit('vendors.saveAnswers', draft.setErrors, formRef);
  const given = draft.values.answers;
  const canSave = useCan('vendors.saveAnswers');

  function answer(questionId: string, patch: Partial<Draft>) {
    const current = given[questionId] ?? { value: null, evidence: '' };
    draft.set('answers', { ...given, [questionId]: { ...current, ...patch } });
  }

  async function save() {
    const saved = await submit({
      recipientId: vendor.profile.recipientId,
      answers: questions.flatMap((question) => {
        const { value, evidence } = given[question.id] ?? { value: null, evidence: '' };
        return value === null ? [] : [{ questionId: question.id, value, evidence }];
      }),
    });
    if (!saved) return;
    notifySuccess(saved.questionnaire.result ? `Answers saved. Score ${saved.questionnaire.result.score} / 100.` : 'Answers saved.');
    onChanged(saved);
  }

  return (
    <Stack gap="md">
      <ScoreSummary questionnaire={vendor.questionnaire} />
      <form
        ref={formRef}
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          if (canSave && !submitting) void save();
        }}
      >
        <Stack gap="xs">
          <Editable editable={canSave}>
            <Stack gap="xs">
              {questions.map((question, index) => {
                const current = given[question.id] ?? { value: null, evidence: '' };
                return (
                  <Paper key={question.id} withBorder p="sm" radius="sm">
                    <Radio.Group
                      label={`${index + 1}. ${question.text}`}
                      description={question.weight === 0 ? 'Not counted in the score' : undefined}
                      value={current.value}
                      onChange={(value) => answer(question.id, { value: isCode(ANSWER_VALUES, value) ? value : null })}
                    >
                      <Group gap="lg" mt={6} wrap="nowrap" align="center">
                        {ANSWER_OPTIONS.map((option) => (
                          <Radio key={option.value} value={option.value} label={option.label} />
                        ))}
                        <TextInput
                          aria-label={`Evidence for question ${index + 1}`}
                          placeholder="Evidence: a document, a report, a link…"
                          value={current.evidence}
                          onChange={(event) => answer(question.id, { evidence: event.currentTarget.value })}
                          style={{ flex: 1 }}
                          size="xs"
                        />
                        <Badge variant="outline" color="gray" tt="none" style={{ flexShrink: 0 }}>
                          weight {question.weight}
                        </Badge>
                      </Group>
                    </Radio.Group>
                  </Paper>
                );
              })}
            </Stack>
          </Editable>
          {canSave ? (
            <Group>
              <Button type="submit" loading={submitting} disabled={!draft.dirty} data-field="answers">
                Save answers
              </Button>
            </Group>
          ) : (
            <ReadOnlyNote>{whoCan('vendors.saveAnswers')}</ReadOnlyNote>
          )}
        </Stack>
      </form>
    </Stack>
  );
}

/** The questionnaire, started again from the saved answers after each save. */
export function SecurityTab(props: VendorPartProps) {
  return <QuestionnaireForm key={JSON.stringify(props.vendor.questionnaire.answers)} {...props} />;
}
