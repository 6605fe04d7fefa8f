import { mergeCatalogs, type ServiceDefinition } from '@omsorg/platform';
import { feedbackDatabase } from './database.ts';
import { deviationRaisedJob } from './jobs/deviation-raised.ts';
import { lexSarahReportRoute } from './quality/lex-sarah-http.ts';
import { feedbackMessages } from './messages.ts';
import { feedbackLettersRoute } from './replies/http.ts';
import { feedbackMailJob } from './replies/mail-queue.ts';
import { feedbackRetentionJob } from './replies/retention.ts';
import { buildFeedbackSchema } from './schema/index.ts';
import { feedbackCareStatusChangedJob } from './survey/care-status-job.ts';
import { surveyMessages } from './survey/messages.ts';
import { nationalResultsRoute } from './survey/national-route.ts';
import { feedbackStatisticsRoute } from './statistics/http.ts';

export const feedbackService: ServiceDefinition = {
  name: 'feedback',
  defaultPort: 4103,
  database: feedbackDatabase,
  buildSchema: buildFeedbackSchema,
  messages: mergeCatalogs(feedbackMessages, surveyMessages),
  // Mail and retention; applications' care status (for the survey) and deviations arrive on the queue.
  jobs: [feedbackMailJob, feedbackRetentionJob, feedbackCareStatusChangedJob, deviationRaisedJob],
  // Files (services/gateway/src/file-routes.ts): answer letters, the national survey's results
  // (CSV upload), lex Sarah reports (PDF), the statistics (XLSX).
  httpRoutes: [feedbackLettersRoute, nationalResultsRoute, lexSarahReportRoute, feedbackStatisticsRoute],
};

export { seedSurveyCareStatus } from './survey/seed.ts';
