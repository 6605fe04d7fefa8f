import './person.ts';
import './person-registration.ts';
import './person-search.ts';
import './staff-member.ts';
import './feedback-handlers.ts';
import './representation.ts';
import './manage-representation.ts';
import './openings.ts';
import './me.ts';
import './sign-in.ts';
import './population-import.ts';
import { builder } from './builder.ts';

export function buildIdentitySchema() {
  return builder.toSubGraphSchema({ linkUrl: 'https://specs.apollo.dev/federation/v2.6', federationDirectives: ['@key', '@shareable', '@inaccessible'] });
}
