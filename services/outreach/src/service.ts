import type { ServiceDefinition } from '@omsorg/platform';
import { outreachDatabase } from './database.ts';
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
  // Booking notices, the day-before reminders and the mail they queue (notices/, mail/).
  jobs: [outreachMailJob, bookingNoticeJob, dayBeforeRemindersJob],
  // The print file of the letters to post ("Brev att skicka").
  httpRoutes: [lettersToPostRoute],
};

export { seedOutreach } from './seed/seed.ts';
