import { UniqueConstraintViolationException } from '@mikro-orm/core';
import { definePage, isUuid, pageArgs, toPage, type RequestContext } from '@omsorg/platform';
import { day } from '@omsorg/rules';
import { surveyPeriodIssue } from '@omsorg/rules/feedback';
import { z } from 'zod';
import { doesSurveyWork, mayManageSurveysOf } from '../domain/survey-access.ts';
import { SurveyResponse } from '../entities/survey-response.ts';
import { Survey } from '../entities/survey.ts';
import { builder } from '../schema/builder.ts';
import { invalidField, stockholmToday } from './survey-types.ts';

export const SurveyRef = builder.objectRef<Survey>('Survey').implement({
  description: 'A unit\'s yearly user survey ("brukarundersökning"), open for answers between two days. For the unit\'s quality council and managers.',
  authScopes: (survey, context) => mayManageSurveysOf(context.actor, survey.unit),
  fields: (t) => ({
    id: t.exposeID('id'),
    unit: t.exposeString('unit', { description: 'The unit whose users are asked.' }),
    year: t.exposeInt('year'),
    opensOn: t.exposeString('opensOn', { description: 'First day for answers (Stockholm), YYYY-MM-DD.' }),
    closesOn: t.exposeString('closesOn', { description: 'Last day for answers (Stockholm), YYYY-MM-DD.' }),
    isOpen: t.boolean({ description: 'Today is within the open days.', resolve: (survey) => isOpenOn(survey, stockholmToday()) }),
    responseCount: t.int({
      description: 'Questionnaires answered, online and on paper.',
      resolve: (survey, _args, context) => context.em.count(SurveyResponse, { survey: survey.id }),
    }),
  }),
});

export function isOpenOn(survey: { opensOn: string; closesOn: string }, today: string): boolean {
  return survey.opensOn <= today && today <= survey.closesOn;
}

/** A survey of the actor's unit by id, or null (not there, or not theirs: the same to them). */
export async function manageableSurvey(context: RequestContext, id: string): Promise<Survey | null> {
  if (!isUuid(id)) return null;
  const survey = await context.em.findOne(Survey, { id });
  return survey && mayManageSurveysOf(context.actor, survey.unit) ? survey : null;
}

const SurveyPage = definePage(builder, 'Survey', SurveyRef);

builder.queryField('surveys', (t) =>
  t.field({
    type: SurveyPage,
    description: 'The user surveys of the reader\'s unit, newest year first. For the quality council and managers.',
    authScopes: (_root, _args, context) => doesSurveyWork(context.actor),
    args: pageArgs(t.arg),
    resolve: async (_root, args, context) => {
      const unit = context.actor.kind === 'staff' ? context.actor.unit : '';
      const [nodes, total] = await context.em.findAndCount(Survey, { unit }, { orderBy: { year: 'desc' }, limit: args.limit, offset: args.offset });
      return toPage(nodes, total, args);
    },
  }),
);

builder.queryField('survey', (t) =>
  t.field({
    type: SurveyRef,
    nullable: true,
    description: 'One survey of the reader\'s unit; null when there is none.',
    authScopes: (_root, _args, context) => doesSurveyWork(context.actor),
    args: { id: t.arg.id({ required: true }) },
    resolve: (_root, { id }, context) => manageableSurvey(context, String(id)),
  }),
);

const CreateSurveyInput = builder.inputType('CreateSurveyInput', {
  description: 'A new yearly survey of the reader\'s unit.',
  validate: z
    .object({ year: z.number().int().min(2020, 'validation.survey.year').max(2100, 'validation.survey.year'), opensOn: day(), closesOn: day() })
    .superRefine((input, ctx) => {
      const issue = surveyPeriodIssue(input.year, input.opensOn, input.closesOn);
      if (issue) ctx.addIssue({ code: 'custom', path: [issue === 'validation.survey.opensOutsideYear' ? 'opensOn' : 'closesOn'], message: issue });
    }),
  fields: (t) => ({
    year: t.int({ required: true, description: 'The year it is for ("år").' }),
    opensOn: t.string({ required: true, description: 'First day for answers, YYYY-MM-DD, in the year.' }),
    closesOn: t.string({ required: true, description: 'Last day for answers, YYYY-MM-DD, not before opensOn and by 31 January the next year.' }),
  }),
});

builder.mutationField('createSurvey', (t) =>
  t.field({
    type: SurveyRef,
    description: 'Creates the year\'s user survey of the reader\'s unit (one per unit and year).',
    authScopes: (_root, _args, context) => doesSurveyWork(context.actor),
    errors: {},
    args: { input: t.arg({ type: CreateSurveyInput, required: true }) },
    resolve: async (_root, { input }, context) => {
      if (context.actor.kind !== 'staff') throw new Error('unreachable');
      const { unit, staffId } = context.actor;
      if (await context.em.count(Survey, { unit, year: input.year })) throw invalidField(context, 'year', 'error.survey.exists', { year: input.year });
      try {
        const survey = context.em.create(Survey, { unit, year: input.year, opensOn: input.opensOn, closesOn: input.closesOn, createdBy: staffId });
        await context.em.flush();
        return survey;
      } catch (error) {
        if (error instanceof UniqueConstraintViolationException) throw invalidField(context, 'year', 'error.survey.exists', { year: input.year });
        throw error;
      }
    },
  }),
);
