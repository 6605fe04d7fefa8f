import type { ServiceDefinition } from '@omsorg/platform';
import { outreachDatabase } from './database.ts';
import { buildOutreachSchema } from './schema/index.ts';

export const outreachService: ServiceDefinition = {
  name: 'outreach',
  defaultPort: 4105,
  database: outreachDatabase,
  buildSchema: buildOutreachSchema,
};

export { seedOutreach } from './seed/seed.ts';
