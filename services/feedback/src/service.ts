import type { ServiceDefinition } from '@omsorg/platform';
import { feedbackDatabase } from './database.ts';
import { feedbackMessages } from './messages.ts';
import { buildFeedbackSchema } from './schema/index.ts';

export const feedbackService: ServiceDefinition = {
  name: 'feedback',
  defaultPort: 4103,
  database: feedbackDatabase,
  buildSchema: buildFeedbackSchema,
  messages: feedbackMessages,
};
