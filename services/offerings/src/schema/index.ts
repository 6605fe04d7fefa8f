import './venue.ts';
import './programme.ts';
import './offering.ts';
import './session.ts';
import './information.ts';
import './registration.ts';
import './attendance.ts';
import './editor.ts';
import { builder } from './builder.ts';

export function buildOfferingsSchema() {
  return builder.toSubGraphSchema({ linkUrl: 'https://specs.apollo.dev/federation/v2.6', federationDirectives: ['@key', '@shareable', '@external', '@extends'] });
}
