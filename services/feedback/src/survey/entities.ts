import { SurveyCareStatusSchema } from '../entities/survey-care-status.ts';
import { SurveyNationalResultSchema } from '../entities/survey-national-result.ts';
import { SurveyParticipationSchema } from '../entities/survey-participation.ts';
import { SurveyResponseSchema } from '../entities/survey-response.ts';
import { SurveySchema } from '../entities/survey.ts';

/** The user survey's tables (docs/FEEDBACK.md, "The user survey"). */
export const surveyEntities = [SurveySchema, SurveyResponseSchema, SurveyParticipationSchema, SurveyNationalResultSchema, SurveyCareStatusSchema];
