import { SURVEY_GENDERS, SURVEY_QUESTIONS, type SurveyQuestion } from '@omsorg/rules/feedback';
import { z } from 'zod';
import type { SurveyAnswerInput, SurveyGender, SurveyQuestionKey } from './generated/graphql.ts';

/**
 * The survey's questionnaire as the forms show it (online and paper): the questions from
 * @omsorg/rules/feedback, the gender question last; words under `feedback.survey.` by key.
 */
export const surveyQuestions: readonly SurveyQuestion[] = SURVEY_QUESTIONS;
export const surveyGenders = SURVEY_GENDERS;

/** The element id of each question's first radio, so the error summary lands on it. */
export const surveyFieldIds: Record<string, string> = Object.fromEntries([...SURVEY_QUESTIONS.map((q) => [q.key, `survey-${q.key}`]), ['gender', 'survey-gender']]);

export type SurveyFormValues = Record<string, string>;

export const emptySurveyForm = (): SurveyFormValues => Object.fromEntries([...SURVEY_QUESTIONS.map((q) => [q.key, '']), ['gender', '']]);

/** Every question answered (there is always "Vet inte" and "Vill inte svara"); `required` false for a paper form, where a question may be left blank. */
export function surveyFormSchema(required: boolean) {
  const choice = (options: readonly string[]) =>
    required ? z.string().refine((value) => options.includes(value), 'validation.survey.chooseAnswer') : z.string().refine((value) => value === '' || options.includes(value), 'validation.survey.chooseAnswer');
  return z.object(
    Object.fromEntries([...SURVEY_QUESTIONS.map((q) => [q.key, choice(q.options.map((o) => o.key))]), ['gender', choice(SURVEY_GENDERS)]]) as Record<string, z.ZodType<string, string>>,
  );
}

/** The answers given, blank questions left out. */
export function toSurveyAnswers(values: SurveyFormValues): { gender: SurveyGender | null; answers: SurveyAnswerInput[] } {
  return {
    gender: (values.gender || null) as SurveyGender | null,
    answers: SURVEY_QUESTIONS.filter((q) => values[q.key]).map((q) => ({ question: q.key as SurveyQuestionKey, option: values[q.key]! })),
  };
}
