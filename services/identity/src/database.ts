import { AccessLogEntrySchema, type ServiceDatabase } from '@omsorg/platform';
import { PersonSchema } from './entities/person.ts';
import { RepresentationSchema } from './entities/representation.ts';
import { StaffMemberSchema } from './entities/staff-member.ts';
import { migrations } from './migrations/index.ts';

export const identityDatabase: ServiceDatabase = {
  schema: 'identity',
  entities: [PersonSchema, StaffMemberSchema, RepresentationSchema, AccessLogEntrySchema],
  migrations,
};
