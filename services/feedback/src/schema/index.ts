import './feedback.ts';
import './submit-feedback.ts';
import './openings.ts';
import { builder } from './builder.ts';

export function buildFeedbackSchema() {
  return builder.toSubGraphSchema({ linkUrl: 'https://specs.apollo.dev/federation/v2.6', federationDirectives: ['@key', '@shareable', '@external', '@extends'] });
}
