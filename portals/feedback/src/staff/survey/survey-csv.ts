import { csvFileName, downloadCsv, graphqlRequest, stockholmDay } from '@omsorg/ui';
import { StaffSurveyResultsCsvDocument } from '../../generated/graphql.ts';

/** Saves a survey's results as CSV (the service writes it, Swedish headings): "brukarundersokning_<year>_<day>.csv". False when there was nothing. */
export async function saveSurveyCsv(survey: { id: string; year: number }, now = new Date()): Promise<boolean> {
  const csv = (await graphqlRequest(StaffSurveyResultsCsvDocument, { surveyId: survey.id })).surveyResultsCsv;
  if (csv == null) return false;
  downloadCsv(csv, csvFileName('brukarundersokning', String(survey.year), stockholmDay(now)));
  return true;
}
