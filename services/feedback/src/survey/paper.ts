import { SURVEY_GENDERS, surveyAnswers } from '@omsorg/rules/feedback';
import { day } from '@omsorg/rules';
import { z } from 'zod';
import { doesSurveyWork } from '../domain/survey-access.ts';
import { SurveyResponse } from '../entities/survey-response.ts';
import { builder } from '../schema/builder.ts';
import { answersRecord, invalidField, stockholmToday, SurveyAnswerInput, SurveyGenderEnum } from './survey-types.ts';
import { manageableSurvey } from './surveys.ts';

/*
 * A questionnaire returned on paper, entered by the unit's quality council or a manager: the
 * same questions, any of them left blank, stored like an online answer (channel PAPER) and
 * without anything about who entered it.
 */

const EnterPaperSurveyResponseInput = builder.inputType('EnterPaperSurveyResponseInput', {
  description: 'One returned paper questionnaire, as written on it.',
  validate: z.object({ surveyId: z.uuid(), receivedOn: day().nullish(), gender: z.enum(SURVEY_GENDERS).nullish(), answers: surveyAnswers }),
  fields: (t) => ({
    surveyId: t.id({ required: true }),
    receivedOn: t.string({ description: 'The day it came back, YYYY-MM-DD; today when empty.' }),
    gender: t.field({ type: SurveyGenderEnum, description: 'The answer to "Är du kvinna eller man?"; empty when left blank.' }),
    answers: t.field({ type: [SurveyAnswerInput], required: true, description: 'The questions answered; leave out those left blank.' }),
  }),
});

const PaperEnteredRef = builder.objectRef<{ responseCount: number }>('SurveyPaperEntered').implement({
  description: 'The questionnaire was saved.',
  fields: (t) => ({ responseCount: t.exposeInt('responseCount', { description: 'The survey\'s questionnaires now, online and on paper.' }) }),
});

builder.mutationField('enterPaperSurveyResponse', (t) =>
  t.field({
    type: PaperEnteredRef,
    description: 'Enters a questionnaire returned on paper ("registrera pappersenkät"). For the survey unit\'s quality council and managers.',
    authScopes: (_root, _args, context) => doesSurveyWork(context.actor),
    errors: {},
    args: { input: t.arg({ type: EnterPaperSurveyResponseInput, required: true }) },
    resolve: async (_root, { input }, context) => {
      const survey = await manageableSurvey(context, String(input.surveyId));
      if (!survey) throw invalidField(context, 'surveyId', 'error.survey.notOffered');
      const receivedOn = input.receivedOn ?? stockholmToday();
      if (receivedOn > stockholmToday()) throw invalidField(context, 'receivedOn', 'validation.notInFuture');
      await context.em.insert(SurveyResponse, {
        id: crypto.randomUUID(),
        survey: survey.id,
        channel: 'PAPER',
        answeredOn: receivedOn,
        gender: input.gender ?? null,
        answers: answersRecord(input.answers),
      });
      return { responseCount: await context.em.count(SurveyResponse, { survey: survey.id }) };
    },
  }),
);
