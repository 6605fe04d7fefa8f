import { AccessLogEntrySchema, type ServiceDatabase, RateLimitCounterSchema } from '@omsorg/platform';
import { FeedbackSchema } from './entities/feedback.ts';
import { migrations } from './migrations/index.ts';

export const feedbackDatabase: ServiceDatabase = {
  schema: 'feedback',
  // Staff read feedback from signed-in citizens: those reads are logged here.
  entities: [FeedbackSchema, AccessLogEntrySchema, RateLimitCounterSchema],
  migrations,
};
