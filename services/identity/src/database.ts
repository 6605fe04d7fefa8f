import { AccessLogEntrySchema, RateLimitCounterSchema, type ServiceDatabase } from '@omsorg/platform';
import { PersonSchema } from './entities/person.ts';
import { PersonLinkSchema } from './entities/person-link.ts';
import { ImportChunkSchema, ImportRefusedRowSchema, ImportRunSchema } from './entities/population-import.ts';
import { RepresentationSchema } from './entities/representation.ts';
import { RepresentationEventSchema } from './entities/representation-event.ts';
import { StaffMemberSchema } from './entities/staff-member.ts';
import { migrations } from './migrations/index.ts';

export const identityDatabase: ServiceDatabase = {
  schema: 'identity',
  entities: [PersonSchema, StaffMemberSchema, RepresentationSchema, RepresentationEventSchema, PersonLinkSchema, ImportRunSchema, ImportRefusedRowSchema, ImportChunkSchema, AccessLogEntrySchema, RateLimitCounterSchema],
  migrations,
};
