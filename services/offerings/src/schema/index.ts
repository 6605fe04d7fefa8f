import './venue.ts';
import { builder } from './builder.ts';

export function buildOfferingsSchema() {
  return builder.toSubGraphSchema({ linkUrl: 'https://specs.apollo.dev/federation/v2.6', federationDirectives: ['@key', '@shareable'] });
}
