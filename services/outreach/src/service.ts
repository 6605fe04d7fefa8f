import type { ServiceDefinition } from '@omsorg/platform';
import { outreachDatabase } from './database.ts';
import { outreachMessages } from './messages.ts';
import { buildOutreachSchema } from './schema/index.ts';

export const outreachService: ServiceDefinition = {
  name: 'outreach',
  defaultPort: 4105,
  database: outreachDatabase,
  buildSchema: buildOutreachSchema,
  messages: outreachMessages,
};

export { seedOutreach } from './seed/seed.ts';
export { createInvitations } from './invitations/create-invitations.ts';
