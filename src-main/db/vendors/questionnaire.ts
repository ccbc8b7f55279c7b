import type { ParsedInput } from '../../contract';
import type { Answer, AnswersByQuestion, Question } from '../../domain/vendors/questionnaire';
import type { Db } from '../sqlite';
import { prepared } from '../statements';
import { valueByRecipient } from './lists';

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

/**
 * Every recipient's answers by question id (evidence left out: the register does not show it), by
 * recipient; the register looks up its vendors'. Answers to removed questions come too: scoring
 * reads the current questions' only, and leaving them in spares a join per answer. SQL hands over
 * "[7,{...},9,{...}]", parsed natively in one go: one object per recipient, none per answer.
 */
export function answersOfAll(db: Db): Map<number, AnswersByQuestion> {
  const { list } = prepared(
    db,
    `SELECT '[' || group_concat(list) || ']' AS list FROM (
       SELECT recipient_id || ',' || json_group_object(question_id, value) AS list FROM vendor_answer GROUP BY recipient_id)`,
  ).get() as { list: string | null };
  return valueByRecipient<AnswersByQuestion>(list);
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
