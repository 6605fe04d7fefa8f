import { UniqueConstraintViolationException } from '@mikro-orm/core';
import { isUuid, type RequestContext } from '@omsorg/platform';
import { SURVEY_GENDERS, surveyAnswers } from '@omsorg/rules/feedback';
import { z } from 'zod';
import { mayAnswerSurveyFor, surveyRespondentsOf } from '../domain/survey-access.ts';
import { participationMarker, surveyPepper } from '../domain/survey-marker.ts';
import { SurveyCareStatus } from '../entities/survey-care-status.ts';
import { SurveyParticipation } from '../entities/survey-participation.ts';
import { SurveyResponse } from '../entities/survey-response.ts';
import { Survey } from '../entities/survey.ts';
import { builder } from '../schema/builder.ts';
import { PersonRef } from '../schema/openings.ts';
import { answersRecord, invalidField, stockholmToday, SurveyAnswerInput, SurveyGenderEnum } from './survey-types.ts';

/*
 * The survey online: a signed-in person with current care services (or their representative,
 * for them) answers each open survey once. The response is stored without the person and without
 * a time finer than the day; that they answered is a keyed hash kept apart (SurveyParticipation).
 */

type Offer = { survey: Survey; personId: string };

/** The open surveys the actor may still answer, for themself or a person they represent. */
async function offersFor(context: RequestContext): Promise<Offer[]> {
  const candidates = surveyRespondentsOf(context.actor);
  if (candidates.length === 0) return [];
  const withServices = await context.em.find(SurveyCareStatus, { personId: { $in: candidates }, hasCurrentCareServices: true });
  if (withServices.length === 0) return [];
  const today = stockholmToday();
  const open = await context.em.find(Survey, { opensOn: { $lte: today }, closesOn: { $gte: today } }, { orderBy: { unit: 'asc' }, limit: 20 });
  const pepper = surveyPepper();
  const pairs = open.flatMap((survey) => withServices.map(({ personId }) => ({ survey, personId, marker: participationMarker(survey.id, personId, pepper) })));
  if (pairs.length === 0) return [];
  const answered = await context.em.find(SurveyParticipation, { marker: { $in: pairs.map((pair) => pair.marker) } });
  const done = new Set(answered.map((row) => `${row.surveyId}:${row.marker}`));
  return pairs
    .filter((pair) => mayAnswerSurveyFor(context.actor, pair.personId, { hasCurrentCareServices: true, surveyOpen: true, alreadyAnswered: done.has(`${pair.survey.id}:${pair.marker}`) }))
    .map(({ survey, personId }) => ({ survey, personId }));
}

const SurveyOfferRef = builder.objectRef<Offer>('SurveyOffer').implement({
  description: 'An open user survey the signed-in person may answer, for themself or for a person they represent.',
  fields: (t) => ({
    surveyId: t.id({ resolve: (offer) => offer.survey.id }),
    year: t.int({ resolve: (offer) => offer.survey.year }),
    unit: t.string({ description: 'The unit that asks.', resolve: (offer) => offer.survey.unit }),
    closesOn: t.string({ description: 'Last day for answers, YYYY-MM-DD.', resolve: (offer) => offer.survey.closesOn }),
    person: t.field({ type: PersonRef, description: 'Whom the answers are about (identity gives the name).', resolve: (offer) => ({ id: offer.personId }) }),
  }),
});

builder.queryField('surveyOffers', (t) =>
  t.field({
    type: [SurveyOfferRef],
    description: 'The open user surveys the signed-in person may answer (people with current care services, once each). Empty for anyone else.',
    authScopes: { public: true },
    resolve: (_root, _args, context) => offersFor(context),
  }),
);

const AnswerSurveyInput = builder.inputType('AnswerSurveyInput', {
  description: 'The answers to a user survey, given online.',
  validate: z.object({ surveyId: z.uuid(), personId: z.uuid(), gender: z.enum(SURVEY_GENDERS).nullish(), answers: surveyAnswers }),
  fields: (t) => ({
    surveyId: t.id({ required: true }),
    personId: t.id({ required: true, description: 'Whom the answers are about: the signed-in person, or a person they represent. Not stored with the answers.' }),
    gender: t.field({ type: SurveyGenderEnum, description: 'The answer to "Är du kvinna eller man?"; empty when not answered.' }),
    answers: t.field({ type: [SurveyAnswerInput], required: true }),
  }),
});

const SurveyAnsweredRef = builder.objectRef<{ year: number }>('SurveyAnswered').implement({
  description: 'The answers were saved, without the person.',
  fields: (t) => ({ year: t.exposeInt('year') }),
});

builder.mutationField('answerSurvey', (t) =>
  t.field({
    type: SurveyAnsweredRef,
    description: 'Answers an open user survey online, once per person and survey. The answers are kept apart from who gave them.',
    authScopes: { public: true },
    errors: {},
    args: { input: t.arg({ type: AnswerSurveyInput, required: true }) },
    resolve: async (_root, { input }, context) => {
      const surveyId = String(input.surveyId);
      const personId = String(input.personId);
      const survey = isUuid(surveyId) ? await context.em.findOne(Survey, { id: surveyId }) : null;
      const status = await context.em.findOne(SurveyCareStatus, { personId });
      const marker = participationMarker(surveyId, personId, surveyPepper());
      const alreadyAnswered = (await context.em.count(SurveyParticipation, { surveyId, marker })) > 0;
      const facts = { hasCurrentCareServices: status?.hasCurrentCareServices ?? false, surveyOpen: survey !== null && isOpen(survey), alreadyAnswered };
      if (!survey || !mayAnswerSurveyFor(context.actor, personId, facts)) {
        const fixable = mayAnswerSurveyFor(context.actor, personId, { ...facts, alreadyAnswered: false }) && survey !== null;
        throw invalidField(context, 'surveyId', fixable ? 'error.survey.alreadyAnswered' : 'error.survey.notOffered');
      }
      try {
        await context.em.transactional(async (em) => {
          await em.insert(SurveyParticipation, { surveyId, marker });
          await em.insert(SurveyResponse, {
            id: crypto.randomUUID(),
            survey: surveyId,
            channel: 'WEB',
            answeredOn: stockholmToday(),
            gender: input.gender ?? null,
            answers: answersRecord(input.answers),
          });
        });
      } catch (error) {
        // The same person answered a moment ago (another tab, a representative).
        if (error instanceof UniqueConstraintViolationException) throw invalidField(context, 'surveyId', 'error.survey.alreadyAnswered');
        throw error;
      }
      context.log.info({ surveyId, channel: 'WEB' }, 'survey answered');
      return { year: survey.year };
    },
  }),
);

function isOpen(survey: Survey): boolean {
  const today = stockholmToday();
  return survey.opensOn <= today && today <= survey.closesOn;
}
