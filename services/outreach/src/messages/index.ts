import { mergeCatalogs, type Catalogs } from '@omsorg/platform';
import { calendarMessages } from './calendar.ts';
import { cohortMessages } from './cohort.ts';
import { conversationMessages } from './conversation.ts';
import { invitationMessages } from './invitation.ts';
import { invitationBookingMessages } from './invitation-booking.ts';
import { letterMessages } from './letters.ts';

/** Every message of the outreach service; each area adds its file here. */
export const outreachMessages: Catalogs = mergeCatalogs(cohortMessages, invitationMessages, calendarMessages, conversationMessages, letterMessages, invitationBookingMessages);
