import { AccessLogEntrySchema, type ServiceDatabase } from '@omsorg/platform';
import { ApplicationSchema, RequestedServiceSchema } from './entities/application.ts';
import { migrations } from './migrations/index.ts';

export const applicationsDatabase: ServiceDatabase = {
  schema: 'applications',
  entities: [ApplicationSchema, RequestedServiceSchema, AccessLogEntrySchema],
  migrations,
};
