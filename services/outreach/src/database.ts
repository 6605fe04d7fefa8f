import { AccessLogEntrySchema, RateLimitCounterSchema, type ServiceDatabase } from '@omsorg/platform';
import { BookingSchema } from './entities/booking.ts';
import { BookingNoticeSchema } from './entities/booking-notice.ts';
import { CampaignSchema } from './entities/campaign.ts';
import { CohortMemberSchema } from './entities/cohort-member.ts';
import { OutgoingLetterContentSchema, OutgoingLetterSchema } from './entities/outgoing-letter.ts';
import { PersonCareStatusSchema } from './entities/person-care-status.ts';
import { ResidentSchema } from './entities/resident.ts';
import { SlotSchema } from './entities/slot.ts';
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
    AccessLogEntrySchema,
    RateLimitCounterSchema,
    // Booking notices and letters to post (notices/, letters-to-post/).
    BookingNoticeSchema,
    OutgoingLetterSchema,
    OutgoingLetterContentSchema,
  ],
  migrations,
};
