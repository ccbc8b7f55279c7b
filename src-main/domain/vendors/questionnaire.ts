import type { AnswerValue } from './vocabulary';

/** One question of the security questionnaire. The officer may edit the text and the weight. */
export interface Question {
  /** A stable code: answers refer to it. */
  id: string;
  text: string;
  /** How much the question counts, 0 or more; 0 leaves it out of the score. */
  weight: number;
}

export interface Answer {
  questionId: string;
  value: AnswerValue;
  /** What the vendor showed: a document, a certificate, a link. May be empty. */
  evidence: string;
}

/** The default questionnaire that ships; weights from 1 (good practice) to 3 (essential). */
export const DEFAULT_QUESTIONS: readonly Question[] = [
  { id: 'encryption_at_rest', text: 'Is personal data encrypted at rest?', weight: 3 },
  { id: 'encryption_in_transit', text: 'Is personal data encrypted in transit (TLS 1.2 or later)?', weight: 3 },
  { id: 'mfa', text: 'Is multi-factor authentication required for all access to systems holding our data?', weight: 3 },
  { id: 'access_reviews', text: 'Are access rights reviewed at least every six months and removed when people leave?', weight: 2 },
  { id: 'penetration_tests', text: 'Is an independent penetration test carried out at least once a year, and are its findings fixed?', weight: 2 },
  { id: 'incident_response', text: 'Is there a documented and tested incident response plan?', weight: 2 },
  { id: 'breach_notification', text: 'Will you notify us of a personal data breach without undue delay, and within 72 hours at most?', weight: 3 },
  { id: 'sub_processor_notice', text: 'Do you give notice before adding or replacing a sub-processor, so that we can object?', weight: 2 },
  { id: 'data_location', text: 'Do you disclose every country where our data is stored or accessed from?', weight: 2 },
  { id: 'deletion_at_end', text: 'Is our data deleted or returned at the end of the contract, with confirmation?', weight: 2 },
  { id: 'certifications', text: 'Do you hold a current certification or attestation (ISO 27001, SOC 2 Type II or similar)?', weight: 2 },
  { id: 'backups', text: 'Are backups encrypted, kept separately and restored in regular tests?', weight: 1 },
  { id: 'logging', text: 'Is access to personal data logged, with logs protected and reviewed?', weight: 1 },
  { id: 'training', text: 'Do employees receive security and privacy training at least once a year?', weight: 1 },
  { id: 'vulnerability_management', text: 'Are vulnerabilities scanned for and critical ones patched within a set time?', weight: 2 },
];

/** The share of a question's weight an answer earns. Unanswered counts as no; not applicable is left out. */
export const ANSWER_CREDIT: Record<Exclude<AnswerValue, 'not_applicable'>, number> = { yes: 1, partly: 0.5, no: 0 };

/** How many of the weakest questions the result lists. */
export const WEAKEST_LIMIT = 5;

export interface WeakPoint {
  questionId: string;
  text: string;
  /** null when unanswered. */
  value: AnswerValue | null;
  /** The weight the answer did not earn. */
  lost: number;
}

export interface QuestionnaireScore {
  /**
   * 0 to 100: the weight earned over the weight of the applicable questions (all but those
   * answered "not applicable"), rounded. 100 when no question with weight is applicable.
   */
  score: number;
  /** Questions with an answer, "not applicable" included. */
  answered: number;
  /** Ids of the questions without an answer, in questionnaire order. */
  unanswered: string[];
  /** The questions that lost the most weight (unanswered, no, partly), most first, at most WEAKEST_LIMIT. */
  weakest: WeakPoint[];
}

/** Scores the answers against the questions; answers to questions not in the list are ignored, and a later answer to the same question wins. */
export function scoreQuestionnaire(questions: readonly Question[], answers: readonly Answer[]): QuestionnaireScore {
  const byQuestion = new Map(answers.map((answer) => [answer.questionId, answer.value]));
  let possible = 0;
  let earned = 0;
  let answered = 0;
  const unanswered: string[] = [];
  const weak: (WeakPoint & { index: number })[] = [];
  questions.forEach((question, index) => {
    const value = byQuestion.get(question.id) ?? null;
    if (value === null) unanswered.push(question.id);
    else answered++;
    const weight = weightOf(question, value);
    const gained = earnedOf(weight, value);
    possible += weight;
    earned += gained;
    const lost = weight - gained;
    if (lost > 0) weak.push({ questionId: question.id, text: question.text, value, lost, index });
  });
  const weakest = weak
    .sort((a, b) => b.lost - a.lost || a.index - b.index)
    .slice(0, WEAKEST_LIMIT)
    .map(({ questionId, text, value, lost }) => ({ questionId, text, value, lost }));
  return { score: scoreOf(earned, possible), answered, unanswered, weakest };
}

/** The weight a question counts with: its own (never below 0), none when answered "not applicable". */
function weightOf(question: Question, value: AnswerValue | null): number {
  return value === 'not_applicable' ? 0 : Math.max(0, question.weight);
}

/** The part of the weight the answer earns (unanswered earns nothing). */
function earnedOf(weight: number, value: AnswerValue | null): number {
  return value === null || value === 'not_applicable' ? 0 : weight * ANSWER_CREDIT[value];
}

function scoreOf(earned: number, possible: number): number {
  return possible === 0 ? 100 : Math.round((100 * earned) / possible);
}

/** A vendor's answers by question id. */
export type AnswersByQuestion = Readonly<Partial<Record<string, AnswerValue>>>;

/**
 * `scoreQuestionnaire(questions, answers).score` alone, from the answers by question id; null when
 * none of the questions is answered. For the register, which scores every vendor at once and shows
 * nothing else of the result.
 */
export function questionnaireScore(questions: readonly Question[], answers: AnswersByQuestion): number | null {
  let possible = 0;
  let earned = 0;
  let answered = false;
  for (const question of questions) {
    // Own keys only: a question may be called "constructor".
    const value = (Object.hasOwn(answers, question.id) ? answers[question.id] : undefined) ?? null;
    if (value !== null) answered = true;
    const weight = weightOf(question, value);
    possible += weight;
    earned += earnedOf(weight, value);
  }
  return answered ? scoreOf(earned, possible) : null;
}
