import { defineEntity, p } from '@mikro-orm/core';
import { SURVEY_QUESTION_KEYS } from '@omsorg/rules/feedback';

/**
 * The national survey's result ("Vad tycker de äldre om äldreomsorgen?") for the unit, one
 * question and year, as imported from the CSV file (survey/national-csv.ts). Shown beside the
 * unit's own results. A figure the national survey did not publish is null.
 */
export const SurveyNationalResultSchema = defineEntity({
  name: 'SurveyNationalResult',
  uniques: [{ properties: ['unit', 'year', 'question'] }],
  properties: {
    id: p.uuid().primary().onCreate(() => crypto.randomUUID()),
    unit: p.string().length(200),
    year: p.integer(),
    question: p.enum(SURVEY_QUESTION_KEYS),
    womenPercent: p.decimal('number').precision(4).scale(1).nullable(),
    menPercent: p.decimal('number').precision(4).scale(1).nullable(),
    totalPercent: p.decimal('number').precision(4).scale(1).nullable(),
    respondents: p.integer().nullable(),
    importedAt: p.datetime().onCreate(() => new Date()),
  },
});

export class SurveyNationalResult extends SurveyNationalResultSchema.class {}
SurveyNationalResultSchema.setClass(SurveyNationalResult);
