import { AccessLogEntrySchema, type ServiceDatabase, RateLimitCounterSchema } from '@omsorg/platform';
import { FeedbackAnswerSchema } from './entities/feedback-answer.ts';
import { FeedbackForwardSchema } from './entities/feedback-forward.ts';
import { FeedbackEventSchema } from './entities/feedback-event.ts';
import { FeedbackSchema } from './entities/feedback.ts';
import { migrations } from './migrations/index.ts';
import { surveyEntities } from './survey/entities.ts';
import { qualityEntities } from './entities/quality.ts';

export const feedbackDatabase: ServiceDatabase = {
  schema: 'feedback',
  // Staff read feedback from signed-in citizens: those reads are logged here.
  entities: [FeedbackSchema, FeedbackEventSchema, FeedbackAnswerSchema, FeedbackForwardSchema, AccessLogEntrySchema, RateLimitCounterSchema, ...surveyEntities, ...qualityEntities],
  migrations,
};
