import { execute, type RequestContext, toCsv } from '@omsorg/platform';
import { SURVEY_QUESTIONS, type SurveyGender } from '@omsorg/rules/feedback';
import { z } from 'zod';
import { doesSurveyWork } from '../domain/survey-access.ts';
import { surveyIndicators, type IndicatorFigure, type SurveyIndicator } from '../domain/survey-indicators.ts';
import { surveyResults, type QuestionResult, type Share } from '../domain/survey-results.ts';
import { SurveyNationalResult } from '../entities/survey-national-result.ts';
import { Survey } from '../entities/survey.ts';
import { builder } from '../schema/builder.ts';
import { SurveyQuestionKeyEnum } from './survey-types.ts';
import { manageableSurvey, SurveyRef } from './surveys.ts';

/*
 * The survey's results: per question the share positive for women, men and all, with the number
 * of respondents, a share of fewer than five suppressed; the national survey's figures for the
 * unit and year beside them; CSV; and the indicators the city's management system follows.
 * One statement for the responses, one for the national figures.
 */

type Row = QuestionResult & { national: SurveyNationalResult | null };

async function resultsOf(context: RequestContext, survey: Survey): Promise<Row[]> {
  const responses = await execute<Array<{ gender: SurveyGender | null; answers: Record<string, string> }>>(context.em, `select "gender", "answers" from "feedback"."survey_response" where "survey_id" = ?`, [survey.id]);
  const national = await context.em.find(SurveyNationalResult, { unit: survey.unit, year: survey.year });
  return surveyResults(responses).map((result) => ({ ...result, national: national.find((n) => n.question === result.question) ?? null }));
}

const ShareRef = builder.objectRef<Share>('SurveyShare').implement({
  description: 'The share who answered positively, of those who answered the question other than "Vet inte".',
  fields: (t) => ({
    respondents: t.exposeInt('respondents', { description: 'How many answered the question (other than "Vet inte").' }),
    percent: t.float({ nullable: true, description: 'Percent positive, one decimal; null when suppressed.', resolve: (share) => share.percent }),
    suppressed: t.exposeBoolean('suppressed', { description: 'Fewer than 5 respondents: the share is not shown ("för få svar").' }),
  }),
});

const NationalRef = builder.objectRef<SurveyNationalResult>('SurveyNationalFigures').implement({
  description: 'The national survey\'s figures for the unit ("Vad tycker de äldre om äldreomsorgen?"), as imported; null where not published.',
  fields: (t) => ({
    womenPercent: t.float({ nullable: true, resolve: (n) => n.womenPercent ?? null }),
    menPercent: t.float({ nullable: true, resolve: (n) => n.menPercent ?? null }),
    totalPercent: t.float({ nullable: true, resolve: (n) => n.totalPercent ?? null }),
    respondents: t.int({ nullable: true, resolve: (n) => n.respondents ?? null }),
  }),
});

const QuestionResultRef = builder.objectRef<Row>('SurveyQuestionResult').implement({
  description: 'One question\'s results: the unit\'s own survey by gender, and the national survey\'s beside it.',
  fields: (t) => ({
    question: t.field({ type: SurveyQuestionKeyEnum, resolve: (row) => row.question }),
    women: t.field({ type: ShareRef, resolve: (row) => row.women }),
    men: t.field({ type: ShareRef, resolve: (row) => row.men }),
    all: t.field({ type: ShareRef, description: 'Everyone, including those who did not say their gender.', resolve: (row) => row.all }),
    national: t.field({ type: NationalRef, nullable: true, resolve: (row) => row.national }),
  }),
});

builder.objectField(SurveyRef, 'results', (t) =>
  t.field({ type: [QuestionResultRef], description: 'Each question\'s results, in the questionnaire\'s order.', resolve: (survey, _args, context) => resultsOf(context, survey) }),
);

const shown = (share: Share): string | number => (share.suppressed ? 'för få svar' : (share.percent ?? ''));
const nationalCell = (value: number | null | undefined): number | null => value ?? null;

/** The results as CSV (Swedish headings, ";", decimal comma), the page saves it. */
export function resultsCsv(rows: readonly Row[]): string {
  const header = [
    'Fråga',
    'Kvinnor andel positiva (%)',
    'Kvinnor antal svarande',
    'Män andel positiva (%)',
    'Män antal svarande',
    'Alla andel positiva (%)',
    'Alla antal svarande',
    'Riket kvinnor (%)',
    'Riket män (%)',
    'Riket totalt (%)',
    'Riket antal svarande',
  ];
  return toCsv(
    header,
    rows.map((row) => [
      SURVEY_QUESTIONS.find((q) => q.key === row.question)!.text,
      shown(row.women),
      row.women.respondents,
      shown(row.men),
      row.men.respondents,
      shown(row.all),
      row.all.respondents,
      nationalCell(row.national?.womenPercent),
      nationalCell(row.national?.menPercent),
      nationalCell(row.national?.totalPercent),
      nationalCell(row.national?.respondents),
    ]),
  );
}

builder.queryField('surveyResultsCsv', (t) =>
  t.string({
    nullable: true,
    description: 'A survey\'s results as CSV, for the unit\'s quality council and managers; null when the survey is not theirs.',
    authScopes: (_root, _args, context) => doesSurveyWork(context.actor),
    args: { surveyId: t.arg.id({ required: true }) },
    resolve: async (_root, { surveyId }, context) => {
      const survey = await manageableSurvey(context, String(surveyId));
      return survey ? resultsCsv(await resultsOf(context, survey)) : null;
    },
  }),
);

const FigureRef = builder.objectRef<IndicatorFigure>('SurveyIndicatorFigure').implement({
  fields: (t) => ({
    respondents: t.exposeInt('respondents'),
    percent: t.float({ nullable: true, description: 'Null when there is no survey or fewer than 5 respondents.', resolve: (f) => f.percent }),
    suppressed: t.exposeBoolean('suppressed'),
    target: t.exposeFloat('target', { description: 'The target in percent (at least).' }),
    met: t.boolean({ nullable: true, description: 'The share reaches the target; null when there is no share.', resolve: (f) => f.met }),
  }),
});

const SurveyIndicatorKeyEnum = builder.enumType('SurveyIndicatorKey', {
  description: 'An indicator of the city\'s management system the user survey measures (DOMAIN.md).',
  values: {
    KNOWS_WHERE_TO_TURN: { description: 'Share who know where to apply for help (target 65 %).' },
    HELP_FITS_NEEDS: { description: 'Share who feel the help fits their needs (target 75–90 %).' },
    GETS_GRANTED_HELP: { description: 'Share who get the help they were granted (the 2022 result, 96.4 % women and 97.1 % men, to keep).' },
  },
});

const IndicatorRef = builder.objectRef<SurveyIndicator>('SurveyIndicator').implement({
  fields: (t) => ({
    indicator: t.field({ type: SurveyIndicatorKeyEnum, resolve: (i) => i.indicator }),
    question: t.field({ type: SurveyQuestionKeyEnum, resolve: (i) => i.question }),
    targetMax: t.float({ nullable: true, description: 'The top of a target range (75–90 %), if any.', resolve: (i) => i.targetMax }),
    women: t.field({ type: FigureRef, resolve: (i) => i.women }),
    men: t.field({ type: FigureRef, resolve: (i) => i.men }),
    all: t.field({ type: FigureRef, resolve: (i) => i.all }),
  }),
});

builder.queryField('surveyIndicators', (t) =>
  t.field({
    type: [IndicatorRef],
    description: 'The indicators the user survey measures for the reader\'s unit and the year, per gender, with target and whether met. Without figures when the year has no survey.',
    authScopes: (_root, _args, context) => doesSurveyWork(context.actor),
    args: { year: t.arg.int({ required: true, validate: z.number().int().min(2000).max(2100) }) },
    resolve: async (_root, { year }, context) => {
      const unit = context.actor.kind === 'staff' ? context.actor.unit : '';
      const survey = await context.em.findOne(Survey, { unit, year });
      return surveyIndicators(survey ? await resultsOf(context, survey) : []);
    },
  }),
);
