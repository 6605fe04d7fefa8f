import type { ServiceDefinition } from '@omsorg/platform';
import { outreachDatabase } from './database.ts';
import { referralCreatedJob } from './jobs/referral-created.ts';
import { outreachMessages } from './messages/index.ts';
import { buildOutreachSchema } from './schema/index.ts';

export const outreachService: ServiceDefinition = {
  name: 'outreach',
  defaultPort: 4105,
  database: outreachDatabase,
  buildSchema: buildOutreachSchema,
  messages: outreachMessages,
  jobs: [referralCreatedJob],
};

export { seedOutreach } from './seed/seed.ts';
