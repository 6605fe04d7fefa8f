import { AccessLogEntrySchema, RateLimitCounterSchema, type ServiceDatabase } from '@omsorg/platform';
import { BookingSchema } from './entities/booking.ts';
import { CampaignSchema } from './entities/campaign.ts';
import { CohortMemberSchema } from './entities/cohort-member.ts';
import { InvitationSessionSchema } from './entities/invitation-session.ts';
import { LetterBatchFileSchema, LetterBatchSchema } from './entities/letter-batch.ts';
import { InvitationSchema } from './entities/invitation.ts';
import { PersonCareStatusSchema } from './entities/person-care-status.ts';
import { ResidentSchema } from './entities/resident.ts';
import { SlotSchema } from './entities/slot.ts';
import { migrations } from './migrations/index.ts';

export const outreachDatabase: ServiceDatabase = {
  schema: 'outreach',
  entities: [CampaignSchema, ResidentSchema, PersonCareStatusSchema, CohortMemberSchema, SlotSchema, BookingSchema, InvitationSchema, InvitationSessionSchema, LetterBatchSchema, LetterBatchFileSchema, AccessLogEntrySchema, RateLimitCounterSchema],
  migrations,
};
