import { AccessLogEntrySchema, RateLimitCounterSchema, type ServiceDatabase } from '@omsorg/platform';
import { AvailabilityExceptionSchema, AvailabilityTemplateSchema } from './entities/availability.ts';
import { BookingSchema } from './entities/booking.ts';
import { BookingNoticeSchema } from './entities/booking-notice.ts';
import { CampaignSchema } from './entities/campaign.ts';
import { CohortMemberSchema } from './entities/cohort-member.ts';
import { InvitationSessionSchema } from './entities/invitation-session.ts';
import { LetterBatchFileSchema, LetterBatchSchema } from './entities/letter-batch.ts';
import { InvitationSchema } from './entities/invitation.ts';
import { OutgoingLetterContentSchema, OutgoingLetterSchema } from './entities/outgoing-letter.ts';
import { PersonCareStatusSchema } from './entities/person-care-status.ts';
import { ResidentSchema } from './entities/resident.ts';
import { SlotSchema } from './entities/slot.ts';
import { HealthConversationSchema } from './entities/health-conversation.ts';
import { ReferralSchema } from './entities/referral.ts';
import { OutreachStaffMemberSchema } from './entities/staff-member.ts';
import { migrations } from './migrations/index.ts';

export const outreachDatabase: ServiceDatabase = {
  schema: 'outreach',
  entities: [
    CampaignSchema,
    ResidentSchema,
    PersonCareStatusSchema,
    CohortMemberSchema,
    SlotSchema,
    BookingSchema,
    InvitationSchema,
    InvitationSessionSchema,
    AvailabilityTemplateSchema,
    AvailabilityExceptionSchema,
    OutreachStaffMemberSchema,
    HealthConversationSchema,
    ReferralSchema,
    AccessLogEntrySchema,
    RateLimitCounterSchema,
    // Booking notices and letters to post (notices/, letters-to-post/).
    BookingNoticeSchema,
    OutgoingLetterSchema,
    OutgoingLetterContentSchema,
    // Invitation letter batches (letter-batches/).
    LetterBatchSchema,
    LetterBatchFileSchema,
  ],
  migrations,
};
