import type { ServiceDefinition } from '@omsorg/platform';
import { applicationsDatabase } from './database.ts';
import { buildApplicationsSchema } from './schema/index.ts';

export const applicationsService: ServiceDefinition = {
  name: 'applications',
  defaultPort: 4102,
  database: applicationsDatabase,
  buildSchema: buildApplicationsSchema,
};
