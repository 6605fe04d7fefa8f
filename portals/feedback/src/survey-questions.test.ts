import { SURVEY_GENDER_QUESTION, SURVEY_GENDER_TEXT, SURVEY_QUESTIONS } from '@omsorg/rules/feedback';
import { describe, expect, it } from 'vitest';
import { SurveyGender, SurveyQuestionKey } from './generated/graphql.ts';
import ar from './locales/survey/ar.json' with { type: 'json' };
import en from './locales/survey/en.json' with { type: 'json' };
import fi from './locales/survey/fi.json' with { type: 'json' };
import sv from './locales/survey/sv.json' with { type: 'json' };
import { emptySurveyForm, surveyFormSchema, toSurveyAnswers } from './survey-questions.ts';

function keys(tree: object, prefix = ''): string[] {
  return Object.entries(tree)
    .flatMap(([key, value]) => (typeof value === 'object' && value !== null ? keys(value as object, `${prefix}${key}.`) : [`${prefix}${key}`]))
    .sort();
}

describe('survey messages', () => {
  it('have the same keys in Swedish, English, Finnish and Arabic', () => {
    for (const messages of [en, fi, ar]) expect(keys(messages)).toEqual(keys(sv));
  });

  it('name every question, option and gender of the schema, the Swedish as the rules word it', () => {
    expect(Object.keys(sv.feedback.survey.question).sort()).toEqual(Object.values(SurveyQuestionKey).sort());
    expect(Object.keys(sv.feedback.survey.gender).sort()).toEqual(Object.values(SurveyGender).sort());
    for (const question of SURVEY_QUESTIONS) {
      const words = sv.feedback.survey.question[question.key];
      expect(words.text).toBe(question.text);
      expect(Object.fromEntries(question.options.map((o) => [o.key, o.text]))).toEqual(words.option);
    }
    expect(sv.feedback.survey.genderQuestion).toBe(SURVEY_GENDER_QUESTION);
    expect(sv.feedback.survey.gender).toEqual(SURVEY_GENDER_TEXT);
  });
});

describe('the survey form', () => {
  it('online asks for every question, on paper lets a question be blank', async () => {
    const online = await surveyFormSchema(true).safeParseAsync(emptySurveyForm());
    expect(online.success).toBe(false);
    expect(online.error?.issues.map((i) => i.message)).toEqual(Array(6).fill('validation.survey.chooseAnswer'));
    expect((await surveyFormSchema(false).safeParseAsync(emptySurveyForm())).success).toBe(true);
    expect((await surveyFormSchema(false).safeParseAsync({ ...emptySurveyForm(), TREATED_WELL: 'YES' })).success).toBe(false);
  });

  it('sends the answers given, blanks left out', () => {
    expect(toSurveyAnswers({ ...emptySurveyForm(), KNOWS_WHERE_TO_TURN: 'YES', gender: 'WOMAN' })).toEqual({
      gender: 'WOMAN',
      answers: [{ question: 'KNOWS_WHERE_TO_TURN', option: 'YES' }],
    });
    expect(toSurveyAnswers(emptySurveyForm()).gender).toBeNull();
  });
});
