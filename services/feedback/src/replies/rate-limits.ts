import { rateLimitRule } from '@omsorg/platform';

/** Opening a provider's answer page from one client address: RATE_LIMIT_FEEDBACK_LINK_OPENS, default 30/15m. */
export const providerLinkOpensLimit = () => rateLimitRule('feedback_link_opens', { limit: 30, windowSeconds: 900 });

/** Answers through provider links from one client address: RATE_LIMIT_FEEDBACK_LINK_ANSWERS, default 10/1h. */
export const providerAnswersLimit = () => rateLimitRule('feedback_link_answers', { limit: 10, windowSeconds: 3600 });
