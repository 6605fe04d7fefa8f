import type { ServiceDefinition } from '@omsorg/platform';
import { identityDatabase } from './database.ts';
import { caseUnitLinkedJob } from './jobs/case-unit-linked.ts';
import { populationImportJob } from './jobs/population-import.ts';
import { identityMessages } from './messages.ts';
import { populationImportRoute } from './population-import/http.ts';
import { buildIdentitySchema } from './schema/index.ts';

export const identityService: ServiceDefinition = {
  name: 'identity',
  defaultPort: 4101,
  database: identityDatabase,
  buildSchema: buildIdentitySchema,
  messages: identityMessages,
  jobs: [caseUnitLinkedJob, populationImportJob],
  httpRoutes: [populationImportRoute],
};

export { seedIdentity, type IdentitySeed } from './seed/seed.ts';
export { enqueueStaffMemberChanged, publishStaffMembers } from './jobs/staff-member-changed.ts';
export { enqueuePersonChanged, publishPeople } from './jobs/people-changed.ts';
export { StaffMember } from './entities/staff-member.ts';
