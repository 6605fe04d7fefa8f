import type { ServiceDatabase } from '@omsorg/platform';
import { VenueSchema } from './entities/venue.ts';
import { migrations } from './migrations/index.ts';

export const offeringsDatabase: ServiceDatabase = {
  schema: 'offerings',
  // Public information only, so no access log.
  entities: [VenueSchema],
  migrations,
};
