import type { ParsedInput } from '../../contract';
import type { Answer, Question } from '../../domain/vendors/questionnaire';
import type { AnswerValue } from '../../domain/vendors/vocabulary';
import type { Db } from '../sqlite';
import { prepared } from '../statements';
import { flatList } from './lists';
import { REGISTER_VENDORS } from './received';

/** The questionnaire as the officer keeps it, in order. */
export function currentQuestions(db: Db): Question[] {
  return prepared(db, 'SELECT id, text, weight FROM vendor_question ORDER BY position').all() as Question[];
}

/** Replaces the questions; their order becomes their position. Answers stay, whether or not their question does. */
export function replaceQuestions(db: Db, questions: readonly Question[]): void {
  prepared(db, 'DELETE FROM vendor_question').run();
  const insert = prepared(db, 'INSERT INTO vendor_question (id, text, weight, position) VALUES (@id, @text, @weight, @position)');
  questions.forEach((question, position) => insert.run({ ...question, position }));
}


/**
 * The vendor's answers to the current questions, in questionnaire order. Only those count: an
 * answer to a removed question is kept but set aside.
 */
export function answersOf(db: Db, recipientId: number): Answer[] {
  return prepared(
    db,
    `SELECT a.question_id AS questionId, a.value, a.evidence FROM vendor_answer a JOIN vendor_question q ON q.id = a.question_id
     WHERE a.recipient_id = ? ORDER BY q.position`,
  ).all(recipientId) as Answer[];
}

/** Every vendor's answers to the current questions (evidence left out: the register does not show it), by recipient. */
export function answersOfAll(db: Db): Map<number, Answer[]> {
  const list = flatList(
    (
      prepared(
        db,
        `SELECT group_concat(a.recipient_id || ',' || json_quote(a.question_id) || ',' || json_quote(a.value)) AS list
         FROM vendor_answer a JOIN vendor_question q ON q.id = a.question_id WHERE a.recipient_id IN (${REGISTER_VENDORS})`,
      ).get() as { list: string | null }
    ).list,
  );
  const answers = new Map<number, Answer[]>();
  for (let i = 0; i < list.length; i += 3) {
    const recipientId = list[i] as number;
    const answer = { questionId: list[i + 1] as string, value: list[i + 2] as AnswerValue, evidence: '' };
    const group = answers.get(recipientId);
    if (group) group.push(answer);
    else answers.set(recipientId, [answer]);
  }
  return answers;
}

/** Records the answers, each replacing an earlier answer to the same question. */
export function saveAnswers(db: Db, input: ParsedInput<'vendors.saveAnswers'>, now: string): void {
  const upsert = prepared(
    db,
    `INSERT INTO vendor_answer (recipient_id, question_id, value, evidence, answered_at) VALUES (@recipientId, @questionId, @value, @evidence, @now)
     ON CONFLICT (recipient_id, question_id) DO UPDATE SET value = excluded.value, evidence = excluded.evidence, answered_at = excluded.answered_at`,
  );
  for (const answer of input.answers) upsert.run({ ...answer, recipientId: input.recipientId, now });
}
