import './feedback.ts';
import './submit-feedback.ts';
import './citizen-feedback.ts';
import './openings.ts';
import '../survey/index.ts';
import './deviation.ts';
import './lex-sarah.ts';
import './lex-sarah-escalate.ts';
import './council.ts';
import './council-meeting-work.ts';
import './replies.ts';
import './provider-link.ts';
import './statistics.ts';
import './handling/index.ts';
import { builder } from './builder.ts';

export function buildFeedbackSchema() {
  return builder.toSubGraphSchema({ linkUrl: 'https://specs.apollo.dev/federation/v2.6', federationDirectives: ['@key', '@shareable', '@external', '@extends'] });
}
