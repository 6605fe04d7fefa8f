import { defineEntity, p } from '@mikro-orm/core';

/**
 * The yearly user survey of one unit ("brukarundersökning"): open for answers from `opensOn` to
 * `closesOn` (Stockholm days). The questions are the same every year (@omsorg/rules/feedback,
 * SURVEY_QUESTIONS). Created by the unit's quality council or a manager.
 */
export const SurveySchema = defineEntity({
  name: 'Survey',
  uniques: [{ properties: ['unit', 'year'] }],
  properties: {
    id: p.uuid().primary().onCreate(() => crypto.randomUUID()),
    unit: p.string().length(200),
    year: p.integer(),
    opensOn: p.date(),
    closesOn: p.date(),
    createdBy: p.uuid(),
    createdAt: p.datetime().onCreate(() => new Date()),
  },
});

export class Survey extends SurveySchema.class {}
SurveySchema.setClass(Survey);
