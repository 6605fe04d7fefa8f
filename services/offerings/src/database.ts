import { AccessLogEntrySchema, RateLimitCounterSchema, type ServiceDatabase } from '@omsorg/platform';
import { ContentChangeSchema } from './entities/content-change.ts';
import { InformationPageSchema } from './entities/information-page.ts';
import { OfferingSchema } from './entities/offering.ts';
import { PersonGenderSchema } from './entities/person-gender.ts';
import { ProgrammeRunSchema } from './entities/programme-run.ts';
import { RegistrationSchema } from './entities/registration.ts';
import { SessionSchema } from './entities/session.ts';
import { VenueSchema } from './entities/venue.ts';
import { migrations } from './migrations/index.ts';

export const offeringsDatabase: ServiceDatabase = {
  schema: 'offerings',
  // Venues, offerings and pages are public; registrations are personal data, and staff reads
  // of a signed-in person's registration are logged here.
  entities: [
    VenueSchema,
    OfferingSchema,
    SessionSchema,
    RegistrationSchema,
    InformationPageSchema,
    ContentChangeSchema,
    ProgrammeRunSchema,
    PersonGenderSchema,
    AccessLogEntrySchema,
    RateLimitCounterSchema,
  ],
  migrations,
};
