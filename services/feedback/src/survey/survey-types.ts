import { ValidationFailure, type RequestContext } from '@omsorg/platform';
import { clockInStockholm } from '@omsorg/rules';
import { SURVEY_CHANNELS, SURVEY_GENDERS, SURVEY_QUESTION_KEYS, SURVEY_QUESTIONS } from '@omsorg/rules/feedback';
import { builder } from '../schema/builder.ts';

/** The survey's enums, with each value's Swedish words in its description. */
export const SurveyQuestionKeyEnum = builder.enumType('SurveyQuestionKey', {
  description: 'A question of the yearly user survey ("brukarundersökning"); the options and which count as positive are in @omsorg/rules/feedback.',
  values: Object.fromEntries(SURVEY_QUESTIONS.map((q) => [q.key, { description: `"${q.text}"` }])) as Record<(typeof SURVEY_QUESTION_KEYS)[number], { description: string }>,
});

export const SurveyGenderEnum = builder.enumType('SurveyGender', {
  description: 'The respondent\'s answer to "Är du kvinna eller man?".',
  values: { WOMAN: { description: 'Kvinna.' }, MAN: { description: 'Man.' }, NOT_SAID: { description: 'Vill inte svara.' } } satisfies Record<(typeof SURVEY_GENDERS)[number], unknown>,
});

export const SurveyChannelEnum = builder.enumType('SurveyChannel', {
  description: 'How a questionnaire was answered.',
  values: { WEB: { description: 'Online ("på webben").' }, PAPER: { description: 'On paper, entered by staff ("pappersenkät").' } } satisfies Record<(typeof SURVEY_CHANNELS)[number], unknown>,
});

export const SurveyAnswerInput = builder.inputType('SurveyAnswerInput', {
  description: 'One question\'s answer: the option\'s key (e.g. "YES", "DONT_KNOW").',
  fields: (t) => ({
    question: t.field({ type: SurveyQuestionKeyEnum, required: true }),
    option: t.string({ required: true, description: 'The option\'s key, at most 20 characters.' }),
  }),
});

export function stockholmToday(now: Date = new Date()): string {
  return clockInStockholm(now).day;
}

/** One field's message, as the form shows it beside the field. */
export function invalidField(context: RequestContext, field: string, key: string, params?: Record<string, string | number>): ValidationFailure {
  return new ValidationFailure(context.t('validation.summary'), [{ field, message: context.t(key, params) }]);
}

/** The answers as stored: question key → option key. */
export function answersRecord(answers: ReadonlyArray<{ question: string; option: string }>): Record<string, string> {
  return Object.fromEntries(answers.map((answer) => [answer.question, answer.option]));
}
