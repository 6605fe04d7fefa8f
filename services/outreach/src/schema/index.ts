import './campaign.ts';
import './invitation.ts';
import './campaign-editor.ts';
import './cohort.ts';
import './calendar-types.ts';
import './calendar-errors.ts';
import './calendar.ts';
import './calendar-mutations.ts';
import './calendar-booking.ts';
import './conversation-types.ts';
import './health-conversation.ts';
import './conversation-reads.ts';
import './letters-to-post.ts';
import './openings.ts';
import './letter-batch.ts';
import './invitation-booking.ts';
import './hearing-note.ts';
import './funnel.ts';
import './indicators.ts';
import { builder } from './builder.ts';

export function buildOutreachSchema() {
  return builder.toSubGraphSchema({ linkUrl: 'https://specs.apollo.dev/federation/v2.6', federationDirectives: ['@key', '@shareable', '@external', '@extends'] });
}
