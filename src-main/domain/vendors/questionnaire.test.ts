import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type Answer, DEFAULT_QUESTIONS, type Question, questionnaireScore, scoreQuestionnaire, WEAKEST_LIMIT } from './questionnaire';
import { ANSWER_VALUES, type AnswerValue } from './vocabulary';

const questions: Question[] = [
  { id: 'a', text: 'A?', weight: 3 },
  { id: 'b', text: 'B?', weight: 1 },
  { id: 'c', text: 'C?', weight: 2 },
  { id: 'd', text: 'D?', weight: 2 },
];
const answer = (questionId: string, value: AnswerValue, evidence = ''): Answer => ({ questionId, value, evidence });

describe('DEFAULT_QUESTIONS', () => {
  it('has 12 to 15 questions with unique ids and positive weights', () => {
    expect(DEFAULT_QUESTIONS.length).toBeGreaterThanOrEqual(12);
    expect(DEFAULT_QUESTIONS.length).toBeLessThanOrEqual(15);
    expect(new Set(DEFAULT_QUESTIONS.map((q) => q.id)).size).toBe(DEFAULT_QUESTIONS.length);
    for (const question of DEFAULT_QUESTIONS) expect(question.weight).toBeGreaterThan(0);
  });

  it('asks about breach notification within 72 hours', () => {
    expect(DEFAULT_QUESTIONS.some((q) => q.text.includes('72 hours'))).toBe(true);
  });
});

describe('scoreQuestionnaire', () => {
  it.each<[string, Answer[], number]>([
    ['all yes', [answer('a', 'yes'), answer('b', 'yes'), answer('c', 'yes'), answer('d', 'yes')], 100],
    ['all no', [answer('a', 'no'), answer('b', 'no'), answer('c', 'no'), answer('d', 'no')], 0],
    ['weights count: only the heavy one yes (3 of 8)', [answer('a', 'yes'), answer('b', 'no'), answer('c', 'no'), answer('d', 'no')], 38],
    ['weights count: only the light one yes (1 of 8)', [answer('a', 'no'), answer('b', 'yes'), answer('c', 'no'), answer('d', 'no')], 13],
    ['partly earns half (4 of 8)', [answer('a', 'partly'), answer('b', 'partly'), answer('c', 'partly'), answer('d', 'partly')], 50],
    ['not applicable leaves the denominator (3 of 3)', [answer('a', 'yes'), answer('b', 'not_applicable'), answer('c', 'not_applicable'), answer('d', 'not_applicable')], 100],
    ['not applicable leaves the denominator (3 of 5)', [answer('a', 'yes'), answer('b', 'no'), answer('c', 'not_applicable'), answer('d', 'no')], 50],
    ['unanswered counts as no (3 of 8)', [answer('a', 'yes')], 38],
    ['nothing answered', [], 0],
    ['all not applicable', questions.map((q) => answer(q.id, 'not_applicable')), 100],
  ])('%s', (_name, answers, score) => {
    expect(scoreQuestionnaire(questions, answers).score).toBe(score);
  });

  it('counts answered questions, not applicable included, and lists the unanswered in order', () => {
    const result = scoreQuestionnaire(questions, [answer('d', 'yes'), answer('b', 'not_applicable')]);
    expect(result.answered).toBe(2);
    expect(result.unanswered).toEqual(['a', 'c']);
  });

  it('ignores answers to unknown questions and lets a later answer win', () => {
    const result = scoreQuestionnaire(questions, [answer('zz', 'yes'), answer('a', 'no'), answer('a', 'yes'), answer('b', 'yes'), answer('c', 'yes'), answer('d', 'yes')]);
    expect(result).toEqual({ score: 100, answered: 4, unanswered: [], weakest: [] });
  });

  it('leaves weight 0 questions out of the score', () => {
    const withZero = [...questions, { id: 'z', text: 'Z?', weight: 0 }];
    const answers = questions.map((q) => answer(q.id, 'yes'));
    expect(scoreQuestionnaire(withZero, answers).score).toBe(100);
  });

  it('lists the weakest by lost weight, then questionnaire order, unanswered included', () => {
    const result = scoreQuestionnaire(questions, [answer('a', 'partly'), answer('b', 'no'), answer('d', 'yes')]);
    expect(result.weakest).toEqual([
      { questionId: 'c', text: 'C?', value: null, lost: 2 },
      { questionId: 'a', text: 'A?', value: 'partly', lost: 1.5 },
      { questionId: 'b', text: 'B?', value: 'no', lost: 1 },
    ]);
  });

  it(`lists at most ${WEAKEST_LIMIT} weakest`, () => {
    const result = scoreQuestionnaire(DEFAULT_QUESTIONS, []);
    expect(result.weakest).toHaveLength(WEAKEST_LIMIT);
    expect(result.unanswered).toHaveLength(DEFAULT_QUESTIONS.length);
    expect(result.score).toBe(0);
  });
});

describe('questionnaireScore', () => {
  const ids = ['a', 'b', 'constructor', 'd', 'zz'];
  const questionList = fc.array(fc.record({ id: fc.constantFrom(...ids.slice(0, 4)), text: fc.constant('Q?'), weight: fc.integer({ min: 0, max: 10 }) }), { maxLength: 6 });
  const answerList = fc.array(
    fc.record({ questionId: fc.constantFrom(...ids), value: fc.constantFrom(...(Object.keys(ANSWER_VALUES) as AnswerValue[])), evidence: fc.constant('') }),
    { maxLength: 8 },
  );

  it('gives the score scoreQuestionnaire gives from the same answers by question, and null when no question is answered', () => {
    fc.assert(
      fc.property(questionList, answerList, (list, answers) => {
        const byQuestion = Object.fromEntries(answers.map((a) => [a.questionId, a.value]));
        const answersAny = answers.some((a) => list.some((q) => q.id === a.questionId));
        expect(questionnaireScore(list, byQuestion)).toBe(answersAny ? scoreQuestionnaire(list, answers).score : null);
      }),
    );
  });

  it('reads only the answers given, not what every object has', () => {
    expect(questionnaireScore([{ id: 'constructor', text: 'C?', weight: 1 }], {})).toBeNull();
    expect(questionnaireScore([{ id: 'constructor', text: 'C?', weight: 1 }, ...questions], { a: 'yes' })).toBe(33);
  });
});
