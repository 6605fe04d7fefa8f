import type { ServiceDefinition } from '@omsorg/platform';
import { outreachDatabase } from './database.ts';
import { careStatusChangedJob } from './jobs/care-status-changed.ts';
import { peopleChangedJob } from './jobs/people-changed.ts';
import { materialiseSlotsJob } from './jobs/materialise-slots.ts';
import { staffMemberChangedJob } from './jobs/staff-member-changed.ts';
import { referralCreatedJob } from './jobs/referral-created.ts';
import { letterBatchesRoute } from './letter-batches/http.ts';
import { letterBatchJob } from './letter-batches/letter-batch-job.ts';
import { reminderSweepJob } from './letter-batches/reminder-sweep.ts';
import { outreachMessages } from './messages/index.ts';
import { lettersToPostRoute } from './letters-to-post/http.ts';
import { outreachMailJob } from './mail/mail-queue.ts';
import { bookingNoticeJob } from './notices/booking-notice-job.ts';
import { dayBeforeRemindersJob } from './notices/day-before.ts';
import { buildOutreachSchema } from './schema/index.ts';

export const outreachService: ServiceDefinition = {
  name: 'outreach',
  defaultPort: 4105,
  database: outreachDatabase,
  buildSchema: buildOutreachSchema,
  messages: outreachMessages,
  jobs: [
    peopleChangedJob,
    careStatusChangedJob,
    staffMemberChangedJob,
    materialiseSlotsJob,
    referralCreatedJob,
    outreachMailJob,
    bookingNoticeJob,
    dayBeforeRemindersJob,
    letterBatchJob,
    reminderSweepJob,
  ],
  // The print files: letters to post ("Brev att skicka") and invitation letter batches.
  httpRoutes: [lettersToPostRoute, letterBatchesRoute],
};

export { seedOutreach } from './seed/seed.ts';
export { createInvitations } from './invitations/create-invitations.ts';
