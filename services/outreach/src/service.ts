import type { ServiceDefinition } from '@omsorg/platform';
import { outreachDatabase } from './database.ts';
import { careStatusChangedJob } from './jobs/care-status-changed.ts';
import { peopleChangedJob } from './jobs/people-changed.ts';
import { letterBatchesRoute } from './letter-batches/http.ts';
import { letterBatchJob } from './letter-batches/letter-batch-job.ts';
import { reminderSweepJob } from './letter-batches/reminder-sweep.ts';
import { outreachMailJob } from './mail/mail-queue.ts';
import { outreachMessages } from './messages/index.ts';
import { buildOutreachSchema } from './schema/index.ts';

export const outreachService: ServiceDefinition = {
  name: 'outreach',
  defaultPort: 4105,
  database: outreachDatabase,
  buildSchema: buildOutreachSchema,
  messages: outreachMessages,
  jobs: [peopleChangedJob, careStatusChangedJob, letterBatchJob, reminderSweepJob, outreachMailJob],
  httpRoutes: [letterBatchesRoute],
};

export { seedOutreach } from './seed/seed.ts';
export { createInvitations } from './invitations/create-invitations.ts';
