import './campaign.ts';
import './conversation-types.ts';
import './health-conversation.ts';
import './conversation-reads.ts';
import { builder } from './builder.ts';

export function buildOutreachSchema() {
  return builder.toSubGraphSchema({ linkUrl: 'https://specs.apollo.dev/federation/v2.6', federationDirectives: ['@key', '@shareable', '@external', '@extends'] });
}
