import { defineEntity, p } from '@mikro-orm/core';
import { SURVEY_CHANNELS, SURVEY_GENDERS } from '@omsorg/rules/feedback';
import { SurveySchema } from './survey.ts';

/**
 * One answered questionnaire, not linked to anyone: no person id, no staff id, no time finer than
 * the day (`answeredOn`), a random id. Who has answered is known only through a
 * SurveyParticipation's keyed hash, kept apart. `answers` maps a question key to its option key.
 */
export const SurveyResponseSchema = defineEntity({
  name: 'SurveyResponse',
  properties: {
    id: p.uuid().primary().onCreate(() => crypto.randomUUID()),
    survey: () => p.manyToOne(SurveySchema).index(),
    channel: p.enum(SURVEY_CHANNELS),
    answeredOn: p.date(),
    gender: p.enum(SURVEY_GENDERS).nullable(),
    answers: p.json<Record<string, string>>(),
  },
});

export class SurveyResponse extends SurveyResponseSchema.class {}
SurveyResponseSchema.setClass(SurveyResponse);
