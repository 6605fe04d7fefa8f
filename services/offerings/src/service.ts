import type { ServiceDefinition } from '@omsorg/platform';
import { offeringsDatabase } from './database.ts';
import { buildOfferingsSchema } from './schema/index.ts';

export const offeringsService: ServiceDefinition = {
  name: 'offerings',
  defaultPort: 4104,
  database: offeringsDatabase,
  buildSchema: buildOfferingsSchema,
};

export { seedOfferings } from './seed/seed.ts';
