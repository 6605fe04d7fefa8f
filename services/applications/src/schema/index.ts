import './application.ts';
import './person.ts';
import './attachments.ts';
import './citizen/index.ts';
import './casework/index.ts';
import { builder } from './builder.ts';

export function buildApplicationsSchema() {
  return builder.toSubGraphSchema({
    linkUrl: 'https://specs.apollo.dev/federation/v2.6',
    federationDirectives: ['@key', '@shareable', '@external', '@extends'],
  });
}
