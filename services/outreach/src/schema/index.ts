import './campaign.ts';
import './letters-to-post.ts';
import { builder } from './builder.ts';

export function buildOutreachSchema() {
  return builder.toSubGraphSchema({ linkUrl: 'https://specs.apollo.dev/federation/v2.6', federationDirectives: ['@key', '@shareable'] });
}
