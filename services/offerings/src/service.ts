import { mergeCatalogs, type ServiceDefinition } from '@omsorg/platform';
import { sessionCalendarRoute, venueCalendarRoute } from './calendar/http.ts';
import { offeringsDatabase } from './database.ts';
import { programmesRoute } from './programme/http.ts';
import { programmeMessages } from './programme/messages.ts';
import { programmeJob } from './programme/programme-job.ts';
import { informationMessages } from './information/messages.ts';
import { movedUpJob } from './jobs/moved-up.ts';
import { personGendersJob } from './jobs/person-genders.ts';
import { reminderMailJob, reminderSweepJob } from './jobs/reminder.ts';
import { attendanceCsvRoute, movedUpLetterRoute } from './registrations/http.ts';
import { registrationMessages } from './registrations/messages.ts';
import { editorMessages } from './editor/messages.ts';
import { sessionCancelledJob, sessionCancelledMailJob } from './editor/session-cancelled.ts';
import { buildOfferingsSchema } from './schema/index.ts';

export const offeringsService: ServiceDefinition = {
  name: 'offerings',
  defaultPort: 4104,
  database: offeringsDatabase,
  buildSchema: buildOfferingsSchema,
  messages: mergeCatalogs(programmeMessages, informationMessages, registrationMessages, editorMessages),
  // The programme (programme/), the moved-up notice and the reminder the day before (jobs/), a cancelled session's mails (editor/), identity's genders for the attendance reports.
  jobs: [programmeJob, movedUpJob, reminderSweepJob, reminderMailJob, sessionCancelledJob, sessionCancelledMailJob, personGendersJob],
  // Files (services/gateway/src/file-routes.ts): calendar files, the programme, moved-up letters to print, the attendance report as CSV.
  httpRoutes: [sessionCalendarRoute, venueCalendarRoute, programmesRoute, movedUpLetterRoute, attendanceCsvRoute],
};

export { seedOfferings } from './seed/seed.ts';
