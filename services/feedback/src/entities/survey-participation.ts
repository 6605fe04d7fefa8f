import { defineEntity, p } from '@mikro-orm/core';

/**
 * That a person has answered a survey online (once per survey), as an HMAC of the survey and the
 * person's id with a pepper (domain/survey-marker.ts): it cannot be read back to the person
 * without the pepper, and it carries nothing that links it to their response (no time, no
 * response id).
 */
export const SurveyParticipationSchema = defineEntity({
  name: 'SurveyParticipation',
  properties: {
    surveyId: p.uuid().primary(),
    marker: p.string().length(64).primary(),
  },
});

export class SurveyParticipation extends SurveyParticipationSchema.class {}
SurveyParticipationSchema.setClass(SurveyParticipation);
