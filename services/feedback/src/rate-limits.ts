import { rateLimitRule } from '@omsorg/platform';

/** Feedback per sender: per client address when anonymous (RATE_LIMIT_FEEDBACK, default 10/1h). */
export const feedbackRateLimit = () => rateLimitRule('feedback', { limit: 10, windowSeconds: 3600 });

/** Status look-ups by reference number per client (RATE_LIMIT_FEEDBACK_STATUS, default 30/1h): guessing numbers stays slow. */
export const feedbackStatusRateLimit = () => rateLimitRule('feedback-status', { limit: 30, windowSeconds: 3600 });
